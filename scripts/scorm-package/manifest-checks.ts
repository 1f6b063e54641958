// The checks the SCORM schemas miss (scripts/scorm-schemas/README.md, "What the schemas do not catch";
// docs/lms-behaviour.md §5–6): files listed vs files in the zip, dangling identifierrefs, paths that leave the
// package, the 2004 schemaversion text, scormType spelling, and Moodle's literal prefixes.
import type { ScormVersion } from './manifest-input';
import { localName, readManifestOutline, type ManifestElement } from './manifest-outline';
import { packagePathOf, unsafeHrefReason } from './package-paths';

export const manifestFileName = 'imsmanifest.xml';

const expected: Record<ScormVersion, { schemaversion: string; namespaces: Record<string, string> }> = {
  scorm12: {
    schemaversion: '1.2',
    namespaces: { adlcp: 'http://www.adlnet.org/xsd/adlcp_rootv1p2' },
  },
  scorm2004: {
    // SCORM 2004 4th Edition CAM §3.4.1.4; any string passes the schema.
    schemaversion: '2004 4th Edition',
    namespaces: {
      adlcp: 'http://www.adlnet.org/xsd/adlcp_v1p3',
      adlseq: 'http://www.adlnet.org/xsd/adlseq_v1p3',
      adlnav: 'http://www.adlnet.org/xsd/adlnav_v1p3',
      imsss: 'http://www.imsglobal.org/xsd/imsss',
    },
  },
};

export interface PackageContents {
  /** Every file in the zip (POSIX paths from the zip root). */
  entries: string[];
  /** Schema files shipped at the root: in the package, but not content of the SCO. */
  schemaFiles: string[];
}

function byLocal(elements: ManifestElement[], local: string): ManifestElement[] {
  return elements.filter((element) => element.local === local);
}

function checkNamespaces(elements: ManifestElement[], version: ScormVersion, problems: string[]): void {
  const declared = new Map<string, string>();
  for (const element of elements) {
    for (const [name, value] of Object.entries(element.attributes)) {
      if (name.startsWith('xmlns:')) declared.set(name.slice('xmlns:'.length), value);
    }
  }
  // Moodle's parser looks for literal names such as ADLCP:SCORMTYPE, so the prefix matters (docs/lms-behaviour.md §6).
  for (const [prefix, uri] of Object.entries(expected[version].namespaces)) {
    for (const [otherPrefix, otherUri] of declared) {
      if (otherUri === uri && otherPrefix !== prefix) {
        problems.push(
          `namespace ${uri} is bound to prefix "${otherPrefix}:"; use "${prefix}:" (Moodle matches the prefix literally)`,
        );
      }
    }
    const bound = declared.get(prefix);
    if (bound !== undefined && bound !== uri) {
      problems.push(
        `prefix "${prefix}:" is bound to ${bound}; a ${version === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'} manifest needs ${uri}`,
      );
    }
  }
}

function checkScormType(resources: ManifestElement[], version: ScormVersion, problems: string[]): void {
  const right = version === 'scorm12' ? 'scormtype' : 'scormType';
  const wrong = version === 'scorm12' ? 'scormType' : 'scormtype';
  for (const resource of resources) {
    const id = resource.attributes.identifier ?? '(no identifier)';
    for (const name of Object.keys(resource.attributes)) {
      if (localName(name) === wrong) {
        problems.push(
          `resource "${id}" spells the attribute "${name}"; ${version === 'scorm12' ? 'SCORM 1.2' : 'SCORM 2004'} needs "adlcp:${right}"` +
            (version === 'scorm2004'
              ? ' (an LMS would treat the resource as an asset: no API, no tracking)'
              : ''),
        );
      }
    }
  }
  const scos = resources.filter((resource) => resource.attributes[`adlcp:${right}`] === 'sco');
  if (scos.length === 0)
    problems.push(`no resource has adlcp:${right}="sco": the package would launch without tracking`);
}

function checkIdentifierRefs(elements: ManifestElement[], problems: string[]): void {
  const resourceIds = new Set(
    byLocal(elements, 'resource').map((resource) => resource.attributes.identifier),
  );
  for (const element of [...byLocal(elements, 'item'), ...byLocal(elements, 'dependency')]) {
    const ref = element.attributes.identifierref;
    if (ref !== undefined && !resourceIds.has(ref)) {
      problems.push(
        `${element.local} "${element.attributes.identifier ?? ''}" has identifierref "${ref}", but no resource has that identifier`,
      );
    }
  }
  const organizationIds = new Set(
    byLocal(elements, 'organization').map((organization) => organization.attributes.identifier),
  );
  for (const organizations of byLocal(elements, 'organizations')) {
    const fallback = organizations.attributes.default;
    if (fallback !== undefined && !organizationIds.has(fallback)) {
      problems.push(`organizations default="${fallback}" names no organization`);
    }
  }
}

function checkFiles(elements: ManifestElement[], contents: PackageContents, problems: string[]): void {
  const inZip = new Set(contents.entries);
  const listed = new Set<string>();
  const checkHref = (href: string, where: string): string | null => {
    const reason = unsafeHrefReason(href);
    if (reason) {
      problems.push(`${where} "${href}" ${reason}`);
      return null;
    }
    const path = packagePathOf(href);
    if (!inZip.has(path)) problems.push(`${where} "${href}" is not in the package`);
    return path;
  };
  for (const file of byLocal(elements, 'file')) {
    const href = file.attributes.href;
    if (href === undefined) continue;
    const path = checkHref(href, 'listed file');
    if (path !== null) listed.add(path);
  }
  for (const resource of byLocal(elements, 'resource')) {
    const id = resource.attributes.identifier ?? '(no identifier)';
    const base = resource.attributes['xml:base'];
    const baseReason = base === undefined ? null : unsafeHrefReason(base);
    if (baseReason) problems.push(`resource "${id}" xml:base "${base}" ${baseReason}`);
    const launch = resource.attributes.href;
    if (launch === undefined) continue;
    const path = checkHref(launch, `launch page of resource "${id}"`);
    if (path !== null && !listed.has(path))
      problems.push(`launch page "${launch}" of resource "${id}" is not listed as a <file>`);
  }
  // imsmanifest.xml and the shipped schemas describe the package; they are not SCO content.
  const controlFiles = new Set([manifestFileName, ...contents.schemaFiles]);
  for (const entry of [...inZip].sort()) {
    if (!listed.has(entry) && !controlFiles.has(entry))
      problems.push(`"${entry}" is in the package but not listed as a <file>`);
  }
}

/** Every problem the schemas cannot see; an empty list means the manifest and package agree. */
export function checkManifest(xml: string, version: ScormVersion, contents: PackageContents): string[] {
  const problems: string[] = [];
  if (!contents.entries.includes(manifestFileName))
    problems.push(`${manifestFileName} is not at the root of the package`);
  let elements: ManifestElement[];
  try {
    elements = readManifestOutline(xml);
  } catch (error) {
    problems.push((error as Error).message);
    return problems;
  }
  if (elements[0]?.local !== 'manifest') {
    problems.push('the root element is not <manifest>');
    return problems;
  }
  const metadata = elements.find((element) => element.local === 'metadata' && element.depth === 1);
  const schemaversion =
    metadata && elements.find((element) => element.local === 'schemaversion' && element.depth === 2);
  const wanted = expected[version].schemaversion;
  if (!schemaversion) problems.push(`<metadata> has no <schemaversion>; it must read "${wanted}"`);
  else if (schemaversion.text !== wanted)
    problems.push(`<schemaversion> reads "${schemaversion.text}"; it must read "${wanted}"`);
  checkNamespaces(elements, version, problems);
  checkScormType(byLocal(elements, 'resource'), version, problems);
  checkIdentifierRefs(elements, problems);
  checkFiles(elements, contents, problems);
  return problems;
}
