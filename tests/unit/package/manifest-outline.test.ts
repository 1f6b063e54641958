// The manifest reader behind the extra package checks parses XML for real: prefixes, entities, CDATA
// and comments as XML 1.0 defines them, and a file that is not well-formed is refused with the reason.
import { describe, expect, it } from 'vitest';
import { readManifestOutline } from '../../../scripts/scorm-package/manifest-outline';

const manifest = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment with <resource identifier="fake"/> inside -->
<manifest identifier="course" xmlns="http://www.imsglobal.org/xsd/imscp_v1p1"
  xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_v1p3">
  <metadata><schemaversion>2004 4th Edition</schemaversion></metadata>
  <resources>
    <resource identifier="r1" adlcp:scormType="sco" href="index.html?a=1&amp;b=2">
      <file href="index.html"/>
      <description><![CDATA[Less <than> & more]]></description>
    </resource>
  </resources>
</manifest>`;

describe('readManifestOutline', () => {
  const elements = readManifestOutline(manifest);

  it('lists the elements in document order with their depth, and nothing from comments', () => {
    expect(elements.map((element) => [element.depth, element.name])).toEqual([
      [0, 'manifest'],
      [1, 'metadata'],
      [2, 'schemaversion'],
      [1, 'resources'],
      [2, 'resource'],
      [3, 'file'],
      [3, 'description'],
    ]);
  });

  it('keeps prefixes, qualified attribute names and decoded values', () => {
    const resource = elements.find((element) => element.local === 'resource');
    expect(resource?.attributes).toEqual({
      identifier: 'r1',
      'adlcp:scormType': 'sco',
      href: 'index.html?a=1&b=2',
    });
    expect(elements[0]?.attributes['xmlns:adlcp']).toBe('http://www.adlnet.org/xsd/adlcp_v1p3');
  });

  it('reads text and CDATA as text', () => {
    expect(elements.find((element) => element.local === 'schemaversion')?.text).toBe('2004 4th Edition');
    expect(elements.find((element) => element.local === 'description')?.text).toBe('Less <than> & more');
  });

  it('refuses XML that is not well-formed, with the reason', () => {
    expect(() => readManifestOutline('<manifest><organizations></organisations></manifest>')).toThrow(
      /^imsmanifest\.xml is not well-formed XML: .*organi[sz]ations/,
    );
    expect(() => readManifestOutline('<manifest a="1" a="2"/>')).toThrow(/not well-formed/);
  });
});
