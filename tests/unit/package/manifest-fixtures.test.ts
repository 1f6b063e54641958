// Broken manifests (tests/fixtures/manifests/) fail validation with a message naming the problem;
// the valid ones pass both the official schemas and the extra checks.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkManifest } from '../../../scripts/scorm-package/manifest-checks';
import type { ScormVersion } from '../../../scripts/scorm-package/manifest-input';
import { validateWithSchema } from '../../../scripts/scorm-package/validate-with-schema';

const fixture = (name: string) =>
  readFileSync(new URL(`../../fixtures/manifests/${name}`, import.meta.url), 'utf8');
// The package every fixture describes.
const contents = {
  entries: ['imsmanifest.xml', 'index.html', '_app/start.js', 'imscp_v1p1.xsd'],
  schemaFiles: ['imscp_v1p1.xsd'],
};

function verdict(name: string, version: ScormVersion) {
  const xml = fixture(name);
  return { schema: validateWithSchema(xml, version), checks: checkManifest(xml, version, contents) };
}

describe('valid fixtures', () => {
  it.each([
    ['scorm12-valid.xml', 'scorm12'],
    ['scorm2004-valid.xml', 'scorm2004'],
  ] as const)('%s passes the schema and every extra check', (name, version) => {
    const { schema, checks } = verdict(name, version);
    expect(schema).toEqual({ valid: true, problems: [] });
    expect(checks).toEqual([]);
  });
});

describe('broken fixtures the official schemas reject', () => {
  it('1.2 scormtype="SCO" fails, naming the enumeration', () => {
    const { schema } = verdict('scorm12-scormtype-uppercase-value.xml', 'scorm12');
    expect(schema.valid).toBe(false);
    expect(schema.problems[0]).toMatch(/does not match the official schema/);
    expect(schema.problems.join('\n')).toMatch(/scormtype.*'SCO'/);
  });

  it('1.2 with the 2004 spelling scormType fails the schema and the spelling check', () => {
    const { schema, checks } = verdict('scorm12-camelcase-scormtype.xml', 'scorm12');
    expect(schema.valid).toBe(false);
    expect(schema.problems.join('\n')).toMatch(/scormType/);
    expect(checks.join('\n')).toMatch(
      /spells the attribute "adlcp:scormType"; SCORM 1\.2 needs "adlcp:scormtype"/,
    );
  });

  it('2004 deliveryControls before objectives fails, naming the element', () => {
    const { schema } = verdict('scorm2004-sequencing-order.xml', 'scorm2004');
    expect(schema.valid).toBe(false);
    expect(schema.problems.join('\n')).toMatch(/imsss\}objectives': This element is not expected/);
  });

  it('XML that is not well-formed fails with that reason and the line', () => {
    const { schema } = verdict('not-well-formed.xml', 'scorm2004');
    expect(schema.valid).toBe(false);
    expect(schema.problems[0]).toBe('imsmanifest.xml is not well-formed XML');
    expect(schema.problems.join('\n')).toMatch(/imsmanifest\.xml:\d+:.*organi[sz]ations/);
  });
});

describe('broken fixtures only the extra checks catch', () => {
  it.each([
    [
      'scorm2004-lowercase-scormtype.xml',
      /spells the attribute "adlcp:scormtype"; SCORM 2004 needs "adlcp:scormType"/,
    ],
    [
      'scorm2004-wrong-schemaversion.xml',
      /<schemaversion> reads "CAM 1\.3"; it must read "2004 4th Edition"/,
    ],
    [
      'scorm2004-dangling-identifierref.xml',
      /identifierref "fixture-course-resource", but no resource has that identifier/,
    ],
    ['scorm2004-missing-file.xml', /listed file "_app\/missing\.js" is not in the package/],
    ['scorm2004-unlisted-file.xml', /"_app\/start\.js" is in the package but not listed/],
    ['scorm2004-escaping-path.xml', /"_app\/\.\.\/\.\.\/secret\.js" climbs out of the package/],
    ['scorm2004-other-prefix.xml', /bound to prefix "adl:"; use "adlcp:"/],
  ])('%s: the schema lets it through, the checks name it', (name, message) => {
    const { schema, checks } = verdict(name, 'scorm2004');
    // Proves the check is needed: xmllint alone would accept this manifest.
    expect(schema.valid).toBe(true);
    expect(checks.join('\n')).toMatch(message);
  });

  it('absolute and root-absolute hrefs are both named', () => {
    const { checks } = verdict('scorm2004-absolute-href.xml', 'scorm2004');
    expect(checks.join('\n')).toMatch(/listed file "\/_app\/start\.js" starts with "\/"/);
    expect(checks.join('\n')).toMatch(
      /launch page .* "https:\/\/cdn\.example\.com\/index\.html" is an absolute URL/,
    );
  });

  it('a manifest missing from the zip root is named', () => {
    const checks = checkManifest(fixture('scorm12-valid.xml'), 'scorm12', {
      entries: ['course/imsmanifest.xml', 'index.html', '_app/start.js'],
      schemaFiles: [],
    });
    expect(checks).toContain('imsmanifest.xml is not at the root of the package');
  });
});
