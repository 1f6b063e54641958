// The SCORM 2004 4th Edition template for the one manifest builder (manifest-builder.ts; SCORM 2004
// CAM §3.4, sequencing SN §5.1; example in docs/lms-behaviour.md §5): IMS CP 1.1 with the adlcp:,
// imsss:, adlseq: and adlnav: extensions and inline IEEE LOM metadata.
import type { ManifestTemplate } from './manifest-builder';
import type { ManifestInput } from './manifest-input';
import { xmlText } from './xml-text';

const namespaces = {
  imscp: 'http://www.imsglobal.org/xsd/imscp_v1p1',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
  adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
  adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
  imsss: 'http://www.imsglobal.org/xsd/imsss',
  lom: 'http://ltsc.ieee.org/xsd/LOM',
} as const;

/** Title, description and version as inline IEEE LOM (the 2004 metadata binding). */
function inlineMetadata(input: ManifestInput): string[] {
  const string = (text: string) => `<string language="en">${xmlText(text)}</string>`;
  return [
    `    <lom xmlns="${namespaces.lom}">`,
    '      <general>',
    `        <identifier><catalog>course.yaml</catalog><entry>${xmlText(input.courseId)}</entry></identifier>`,
    `        <title>${string(input.title)}</title>`,
    '        <language>en</language>',
    `        <description>${string(input.description)}</description>`,
    '      </general>',
    '      <lifeCycle>',
    `        <version>${string(input.version)}</version>`,
    '      </lifeCycle>',
    '    </lom>',
  ];
}

export const scorm2004Template: ManifestTemplate = {
  packagingNamespace: namespaces.imscp,
  prefixes: [
    ['adlcp', namespaces.adlcp],
    ['adlseq', namespaces.adlseq],
    ['adlnav', namespaces.adlnav],
    ['imsss', namespaces.imsss],
  ],
  schemaLocations: [
    [namespaces.imscp, 'imscp_v1p1.xsd'],
    [namespaces.adlcp, 'adlcp_v1p3.xsd'],
    [namespaces.adlseq, 'adlseq_v1p3.xsd'],
    [namespaces.adlnav, 'adlnav_v1p3.xsd'],
    [namespaces.imsss, 'imsss_v1p0.xsd'],
    [namespaces.lom, 'lom.xsd'],
  ],
  // The 4th Edition's required <schemaversion> text (CAM §3.4.1.4); the schema accepts any string.
  schemaVersion: '2004 4th Edition',
  metadata: inlineMetadata,
  // The course's objectives are its own: do not share them with other courses in the LMS.
  organizationAttributes: ' adlseq:objectivesGlobalToSystem="false"',
  itemSettings: [
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
  ],
  // 2004 spells the attribute `scormType` (camel case); the lax schema would let `scormtype` through.
  scormTypeAttribute: 'adlcp:scormType',
};
