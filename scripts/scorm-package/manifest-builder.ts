// The one imsmanifest.xml builder: the shape every SCORM package of the course shares (one
// organization, one item, one SCO resource listing every built file; IMS Content Packaging 1.1), filled
// from the course and a per-version template (manifest-scorm12.ts, manifest-scorm2004.ts) that holds
// what differs: namespaces, schema version, metadata binding, item settings and attribute spelling.
import type { ManifestInput } from './manifest-input';
import { packageIdentifiers } from './package-identifiers';
import { hrefFor, xmlAttribute, xmlText } from './xml-text';

const xsiNamespace = 'http://www.w3.org/2001/XMLSchema-instance';

export interface ManifestTemplate {
  /** The IMS Content Packaging namespace: the manifest's default namespace. */
  packagingNamespace: string;
  /**
   * Prefixed namespaces declared on <manifest>, in order. Moodle matches prefixed names literally
   * (docs/lms-behaviour.md §6), so each extension keeps its conventional prefix.
   */
  prefixes: ReadonlyArray<readonly [prefix: string, uri: string]>;
  /** xsi:schemaLocation pairs, in order. */
  schemaLocations: ReadonlyArray<readonly [uri: string, file: string]>;
  /** The text of <metadata><schemaversion>. */
  schemaVersion: string;
  /** Title, description and version as inline metadata, in the version's binding (lines inside <metadata>). */
  metadata: (input: ManifestInput) => string[];
  /** Attributes of <organization> after its identifier, written as ` name="value"` pairs. */
  organizationAttributes: string;
  /** Lines inside <item> after its title: the version's tracking and navigation settings. */
  itemSettings: readonly string[];
  /** The resource attribute that makes it a SCO, as the version spells it. */
  scormTypeAttribute: 'adlcp:scormtype' | 'adlcp:scormType';
}

export function buildManifest(template: ManifestTemplate, input: ManifestInput): string {
  const ids = packageIdentifiers(input.courseId);
  const title = xmlText(input.title);
  const schemaLocation = template.schemaLocations.map(([uri, file]) => `${uri} ${file}`).join(' ');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${ids.manifest}" version="${xmlAttribute(input.version)}"`,
    `  xmlns="${template.packagingNamespace}"`,
    ...template.prefixes.map(([prefix, uri]) => `  xmlns:${prefix}="${uri}"`),
    `  xmlns:xsi="${xsiNamespace}"`,
    `  xsi:schemaLocation="${schemaLocation}">`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    `    <schemaversion>${template.schemaVersion}</schemaversion>`,
    ...template.metadata(input),
    '  </metadata>',
    `  <organizations default="${ids.organization}">`,
    `    <organization identifier="${ids.organization}"${template.organizationAttributes}>`,
    `      <title>${title}</title>`,
    `      <item identifier="${ids.item}" identifierref="${ids.resource}" isvisible="true">`,
    `        <title>${title}</title>`,
    ...template.itemSettings,
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    `    <resource identifier="${ids.resource}" type="webcontent" ${template.scormTypeAttribute}="sco" href="${xmlAttribute(hrefFor(input.launch))}">`,
    ...input.files.map((file) => `      <file href="${xmlAttribute(hrefFor(file))}"/>`),
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
