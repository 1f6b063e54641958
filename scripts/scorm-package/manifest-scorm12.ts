// Generates the SCORM 1.2 imsmanifest.xml (SCORM 1.2 CAM §2.3; example in docs/lms-behaviour.md §5).
// Moodle matches prefixed names literally (docs/lms-behaviour.md §6), so the ADL namespace is always `adlcp:`.
import type { ManifestInput } from './manifest-input';
import { packageIdentifiers } from './package-identifiers';
import { hrefFor, xmlAttribute, xmlText } from './xml-text';

export const scorm12Namespaces = {
  imscp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

const schemaLocation = [
  `${scorm12Namespaces.imscp} imscp_rootv1p1p2.xsd`,
  `${scorm12Namespaces.imsmd} imsmd_rootv1p2p1.xsd`,
  `${scorm12Namespaces.adlcp} adlcp_rootv1p2.xsd`,
].join(' ');

/** LOM title/description/version in the IMS MD 1.2.1 binding (`langstring` elements). */
function inlineMetadata(input: ManifestInput): string {
  const lang = (text: string) => `<imsmd:langstring xml:lang="en">${xmlText(text)}</imsmd:langstring>`;
  return [
    '    <imsmd:lom>',
    '      <imsmd:general>',
    `        <imsmd:title>${lang(input.title)}</imsmd:title>`,
    '        <imsmd:language>en</imsmd:language>',
    `        <imsmd:description>${lang(input.description)}</imsmd:description>`,
    '      </imsmd:general>',
    '      <imsmd:lifecycle>',
    `        <imsmd:version>${lang(input.version)}</imsmd:version>`,
    '      </imsmd:lifecycle>',
    '    </imsmd:lom>',
  ].join('\n');
}

export function scorm12Manifest(input: ManifestInput): string {
  const ids = packageIdentifiers(input.courseId);
  const title = xmlText(input.title);
  const files = input.files.map((file) => `      <file href="${xmlAttribute(hrefFor(file))}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${ids.manifest}" version="${xmlAttribute(input.version)}"`,
    `  xmlns="${scorm12Namespaces.imscp}"`,
    `  xmlns:adlcp="${scorm12Namespaces.adlcp}"`,
    `  xmlns:imsmd="${scorm12Namespaces.imsmd}"`,
    `  xmlns:xsi="${scorm12Namespaces.xsi}"`,
    `  xsi:schemaLocation="${schemaLocation}">`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    '    <schemaversion>1.2</schemaversion>',
    inlineMetadata(input),
    '  </metadata>',
    `  <organizations default="${ids.organization}">`,
    `    <organization identifier="${ids.organization}">`,
    `      <title>${title}</title>`,
    `      <item identifier="${ids.item}" identifierref="${ids.resource}" isvisible="true">`,
    `        <title>${title}</title>`,
    // No adlcp:masteryscore: with one, the LMS sets lesson_status from score.raw alone when the session
    // ends (RTE §3.4.2.5 cmi.student_data.mastery_score), which would pass a learner who missed a
    // critical safety question. The course judges the pass itself (docs: README, Upload to your LMS).
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    // 1.2 spells the attribute `scormtype` (lower case); `scormType` is rejected by the 1.2 schema.
    `    <resource identifier="${ids.resource}" type="webcontent" adlcp:scormtype="sco" href="${xmlAttribute(hrefFor(input.launch))}">`,
    ...files,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
