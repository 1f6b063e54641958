// The SCORM 1.2 template for the one manifest builder (manifest-builder.ts; SCORM 1.2 CAM §2.3,
// example in docs/lms-behaviour.md §5): IMS CP 1.1.2 with the adlcp: extension and IMS MD 1.2.1
// metadata.
import type { ManifestTemplate } from './manifest-builder';
import type { ManifestInput } from './manifest-input';
import { xmlText } from './xml-text';

const namespaces = {
  imscp: 'http://www.imsproject.org/xsd/imscp_rootv1p1p2',
  adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2',
  imsmd: 'http://www.imsglobal.org/xsd/imsmd_rootv1p2p1',
} as const;

/** LOM title/description/version in the IMS MD 1.2.1 binding (`langstring` elements). */
function inlineMetadata(input: ManifestInput): string[] {
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
  ];
}

export const scorm12Template: ManifestTemplate = {
  packagingNamespace: namespaces.imscp,
  prefixes: [
    ['adlcp', namespaces.adlcp],
    ['imsmd', namespaces.imsmd],
  ],
  schemaLocations: [
    [namespaces.imscp, 'imscp_rootv1p1p2.xsd'],
    [namespaces.imsmd, 'imsmd_rootv1p2p1.xsd'],
    [namespaces.adlcp, 'adlcp_rootv1p2.xsd'],
  ],
  schemaVersion: '1.2',
  metadata: inlineMetadata,
  organizationAttributes: '',
  // No adlcp:masteryscore: with one, the LMS sets lesson_status from score.raw alone when the session
  // ends (RTE §3.4.2.5 cmi.student_data.mastery_score), which would pass a learner who missed a
  // critical safety question. The course judges the pass itself (docs: README, Upload to your LMS).
  itemSettings: [],
  // 1.2 spells the attribute `scormtype` (lower case); `scormType` is rejected by the 1.2 schema.
  scormTypeAttribute: 'adlcp:scormtype',
};
