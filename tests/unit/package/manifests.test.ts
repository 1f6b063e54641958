// The generated manifests: valid against the official schemas, and every field comes from the course.
import { describe, expect, it } from 'vitest';
import { checkManifest } from '../../../scripts/scorm-package/manifest-checks';
import { manifestInputFrom, type ManifestInput } from '../../../scripts/scorm-package/manifest-input';
import { readManifestOutline } from '../../../scripts/scorm-package/manifest-outline';
import { manifestTemplates } from '../../../scripts/scorm-package/assemble-package';
import { buildManifest } from '../../../scripts/scorm-package/manifest-builder';
import { validateWithSchema } from '../../../scripts/scorm-package/validate-with-schema';
import { fixtureBuildFiles, fixtureCourse } from './fixture-build';

const files = Object.keys(fixtureBuildFiles).sort();
const input: ManifestInput = manifestInputFrom(fixtureCourse, files);
const generators = {
  scorm12: (from: ManifestInput) => buildManifest(manifestTemplates.scorm12, from),
  scorm2004: (from: ManifestInput) => buildManifest(manifestTemplates.scorm2004, from),
} as const;

function outline(xml: string) {
  const elements = readManifestOutline(xml);
  const find = (name: string) => elements.find((element) => element.name === name);
  return { elements, find };
}

describe.each(['scorm12', 'scorm2004'] as const)('%s manifest', (version) => {
  const xml = generators[version](input);
  const { elements, find } = outline(xml);

  it('validates against the official schemas', () => {
    expect(validateWithSchema(xml, version)).toEqual({ valid: true, problems: [] });
  });

  it('passes the checks the schemas miss, for a package holding exactly the built files', () => {
    expect(checkManifest(xml, version, { entries: ['imsmanifest.xml', ...files], schemaFiles: [] })).toEqual(
      [],
    );
  });

  it('lists every built file once, percent-encoding spaces, and launches index.html', () => {
    const hrefs = elements
      .filter((element) => element.local === 'file')
      .map((element) => element.attributes.href);
    expect(hrefs).toEqual(files.map((file) => file.replace(/ /g, '%20')));
    const resources = elements.filter((element) => element.local === 'resource');
    expect(resources).toHaveLength(1);
    expect(resources[0]?.attributes.href).toBe('index.html');
    expect(resources[0]?.attributes.type).toBe('webcontent');
  });

  it('carries title (escaped), description and version from the course', () => {
    expect(xml).toContain('Fixture course &amp; &lt;friends&gt;');
    const titled = elements.filter((element) => element.local === 'title' && element.text);
    expect(titled.map((element) => element.text)).toEqual([fixtureCourse.title, fixtureCourse.title]);
    expect(find('manifest')?.attributes.version).toBe(fixtureCourse.version);
    // LOM metadata (IMS MD langstring in 1.2, IEEE LOM string in 2004): title, description, version.
    const lomStrings = elements
      .filter((element) => element.local === 'langstring' || element.local === 'string')
      .map((element) => element.text);
    expect(lomStrings).toEqual([fixtureCourse.title, fixtureCourse.description, fixtureCourse.version]);
    expect(find('schema')?.text).toBe('ADL SCORM');
  });

  it('keeps every identifier stable across versions and derives them from the course id', () => {
    const ids = (manifest: string) =>
      readManifestOutline(manifest)
        .filter((element) => element.attributes.identifier)
        .map((element) => element.attributes.identifier);
    const nextVersion = generators[version]({ ...input, version: '3.0.0' });
    expect(ids(nextVersion)).toEqual(ids(xml));
    expect(find('manifest')?.attributes.identifier).toBe('fixture-course');
    const otherCourse = generators[version]({ ...input, courseId: 'other-course' });
    expect(ids(otherCourse)).not.toEqual(ids(xml));
  });

  it('starts identifiers with a letter even when the course id starts with a digit (xs:ID)', () => {
    const numeric = generators[version]({ ...input, courseId: '2026-course' });
    expect(readManifestOutline(numeric)[0]?.attributes.identifier).toBe('course-2026-course');
    expect(validateWithSchema(numeric, version).valid).toBe(true);
  });
});

describe('SCORM 1.2 specifics', () => {
  const { find } = outline(generators.scorm12(input));

  it("gives the LMS no mastery score, so the LMS never rewrites the course's passed/failed from the score", () => {
    expect(find('adlcp:masteryscore')).toBeUndefined();
    expect(generators.scorm12(input)).not.toContain('masteryscore');
  });

  it('spells adlcp:scormtype in lower case and declares schemaversion 1.2', () => {
    expect(find('resource')?.attributes['adlcp:scormtype']).toBe('sco');
    expect(find('schemaversion')?.text).toBe('1.2');
  });
});

describe('SCORM 2004 4th Edition specifics', () => {
  const xml = generators.scorm2004(input);
  const { find } = outline(xml);

  it('leaves success to the course: the primary objective is not satisfied by measure, no passing score', () => {
    expect(find('imsss:primaryObjective')?.attributes.satisfiedByMeasure).toBe('false');
    expect(find('imsss:minNormalizedMeasure')).toBeUndefined();
    expect(find('imsss:deliveryControls')?.attributes.objectiveSetByContent).toBe('true');
  });

  it('declares completion threshold and delivery controls, objectives before deliveryControls', () => {
    expect(find('adlcp:completionThreshold')?.attributes).toMatchObject({
      completedByMeasure: 'true',
      minProgressMeasure: '1.0',
    });
    expect(find('imsss:deliveryControls')?.attributes).toMatchObject({
      completionSetByContent: 'true',
      objectiveSetByContent: 'true',
    });
    expect(xml.indexOf('<imsss:objectives>')).toBeLessThan(xml.indexOf('<imsss:deliveryControls'));
  });

  it('spells adlcp:scormType in camel case, declares "2004 4th Edition" and the conventional prefixes', () => {
    expect(find('resource')?.attributes['adlcp:scormType']).toBe('sco');
    expect(find('schemaversion')?.text).toBe('2004 4th Edition');
    const root = find('manifest')?.attributes ?? {};
    expect(root['xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_v1p3');
    expect(root['xmlns:imsss']).toBe('http://www.imsglobal.org/xsd/imsss');
    expect(root['xmlns:adlseq']).toBe('http://www.adlnet.org/xsd/adlseq_v1p3');
    expect(root['xmlns:adlnav']).toBe('http://www.adlnet.org/xsd/adlnav_v1p3');
  });
});
