// Generates the SCORM 2004 4th Edition imsmanifest.xml (SCORM 2004 CAM §3.4, sequencing SN §5.1;
// example in docs/lms-behaviour.md §5). Moodle matches prefixed names literally (docs/lms-behaviour.md §6), so the ADL and
// IMS SS namespaces always use the conventional prefixes adlcp:, imsss:, adlseq:, adlnav:.
import type { ManifestInput } from './manifest-input';
import { packageIdentifiers } from './package-identifiers';
import { hrefFor, xmlAttribute, xmlText } from './xml-text';

export const scorm2004Namespaces = {
  imscp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
  lom: 'http://ltsc.ieee.org/xsd/LOM',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
} as const;

/** The 4th Edition's required `<schemaversion>` text (CAM §3.4.1.4); the schema accepts any string. */
export const scorm2004SchemaVersion = '2004 4th Edition';

const schemaLocation = [
  `${scorm2004Namespaces.imscp} imscp_v1p1.xsd`,
  `${scorm2004Namespaces.adlcp} adlcp_v1p3.xsd`,
  `${scorm2004Namespaces.adlseq} adlseq_v1p3.xsd`,
  `${scorm2004Namespaces.adlnav} adlnav_v1p3.xsd`,
  `${scorm2004Namespaces.imsss} imsss_v1p0.xsd`,
  `${scorm2004Namespaces.lom} lom.xsd`,
].join(' ');

/** Title, description and version as inline IEEE LOM (the 2004 metadata binding). */
function inlineMetadata(input: ManifestInput, catalogEntry: string): string {
  const string = (text: string) => `<string language="en">${xmlText(text)}</string>`;
  return [
    `    <lom xmlns="${scorm2004Namespaces.lom}">`,
    '      <general>',
    `        <identifier><catalog>course.yaml</catalog><entry>${xmlText(catalogEntry)}</entry></identifier>`,
    `        <title>${string(input.title)}</title>`,
    '        <language>en</language>',
    `        <description>${string(input.description)}</description>`,
    '      </general>',
    '      <lifeCycle>',
    `        <version>${string(input.version)}</version>`,
    '      </lifeCycle>',
    '    </lom>',
  ].join('\n');
}

export function scorm2004Manifest(input: ManifestInput): string {
  const ids = packageIdentifiers(input.courseId);
  const title = xmlText(input.title);
  const files = input.files.map((file) => `      <file href="${xmlAttribute(hrefFor(file))}"/>`);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<manifest identifier="${ids.manifest}" version="${xmlAttribute(input.version)}"`,
    `  xmlns="${scorm2004Namespaces.imscp}"`,
    `  xmlns:adlcp="${scorm2004Namespaces.adlcp}"`,
    `  xmlns:adlseq="${scorm2004Namespaces.adlseq}"`,
    `  xmlns:adlnav="${scorm2004Namespaces.adlnav}"`,
    `  xmlns:imsss="${scorm2004Namespaces.imsss}"`,
    `  xmlns:xsi="${scorm2004Namespaces.xsi}"`,
    `  xsi:schemaLocation="${schemaLocation}">`,
    '  <metadata>',
    '    <schema>ADL SCORM</schema>',
    `    <schemaversion>${scorm2004SchemaVersion}</schemaversion>`,
    inlineMetadata(input, input.courseId),
    '  </metadata>',
    `  <organizations default="${ids.organization}">`,
    // The course's objectives are its own: do not share them with other courses in the LMS.
    `    <organization identifier="${ids.organization}" adlseq:objectivesGlobalToSystem="false">`,
    `      <title>${title}</title>`,
    `      <item identifier="${ids.item}" identifierref="${ids.resource}" isvisible="true">`,
    `        <title>${title}</title>`,
    // cmi.completion_threshold (RTE §4.2.5): the LMS marks completion from cmi.progress_measure.
    '        <adlcp:completionThreshold completedByMeasure="true" minProgressMeasure="1.0"/>',
    // Children of imsss:sequencing are order-sensitive: objectives before deliveryControls.
    '        <imsss:sequencing>',
    '          <imsss:objectives>',
    // Not satisfied by measure, so no cmi.scaled_passing_score: with one, the LMS derives success_status
    // from score.scaled alone (RTE §4.2.21, §4.2.22), which would pass a learner who missed a critical
    // safety question. The course sets success_status itself (objectiveSetByContent below).
    '            <imsss:primaryObjective objectiveID="PRIMARYOBJ" satisfiedByMeasure="false"/>',
    '          </imsss:objectives>',
    '          <imsss:deliveryControls tracked="true" completionSetByContent="true" objectiveSetByContent="true"/>',
    '        </imsss:sequencing>',
    // One SCO: the LMS's previous/continue buttons have nowhere to go, so hide them.
    '        <adlnav:presentation>',
    '          <adlnav:navigationInterface>',
    '            <adlnav:hideLMSUI>previous</adlnav:hideLMSUI>',
    '            <adlnav:hideLMSUI>continue</adlnav:hideLMSUI>',
    '          </adlnav:navigationInterface>',
    '        </adlnav:presentation>',
    '      </item>',
    '    </organization>',
    '  </organizations>',
    '  <resources>',
    // 2004 spells the attribute `scormType` (camel case); the lax schema would let `scormtype` through.
    `    <resource identifier="${ids.resource}" type="webcontent" adlcp:scormType="sco" href="${xmlAttribute(hrefFor(input.launch))}">`,
    ...files,
    '    </resource>',
    '  </resources>',
    '</manifest>',
    '',
  ].join('\n');
}
