// Reads imsmanifest.xml with a real XML parser (@xmldom/xmldom): the elements in document order with
// their qualified names, attributes and direct text, for the checks the schemas cannot make
// (scripts/scorm-package/manifest-checks.ts). A manifest that is not well-formed XML is an error with
// the parser's line and column (XML 1.0 §2.1); validity against the schemas is xmllint's job.
import { DOMParser, type Element, type Node } from '@xmldom/xmldom';

export interface ManifestElement {
  /** Name as written, e.g. `adlcp:masteryscore`. */
  name: string;
  prefix: string;
  local: string;
  attributes: Record<string, string>;
  /** Text directly inside the element, entities decoded, trimmed. */
  text: string;
  depth: number;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;

function outline(element: Element, depth: number, into: ManifestElement[]): void {
  const attributes: Record<string, string> = {};
  for (let i = 0; i < element.attributes.length; i++) {
    const attribute = element.attributes.item(i);
    if (attribute) attributes[attribute.name] = attribute.value;
  }
  const entry: ManifestElement = {
    name: element.tagName,
    prefix: element.prefix ?? '',
    local: element.localName ?? element.tagName,
    attributes,
    text: '',
    depth,
  };
  into.push(entry);
  const children: Node[] = Array.from(element.childNodes);
  entry.text = children
    .filter((child) => child.nodeType === TEXT_NODE || child.nodeType === CDATA_SECTION_NODE)
    .map((child) => child.nodeValue ?? '')
    .join('')
    .trim();
  for (const child of children)
    if (child.nodeType === ELEMENT_NODE) outline(child as Element, depth + 1, into);
}

/** Every element of the manifest in document order. Throws with the parser's message if it is not XML. */
export function readManifestOutline(xml: string): ManifestElement[] {
  const problems: string[] = [];
  const parser = new DOMParser({
    onError: (level, message) => {
      if (level !== 'warning') problems.push(message);
    },
  });
  let document: ReturnType<DOMParser['parseFromString']> | undefined;
  try {
    document = parser.parseFromString(xml, 'text/xml');
  } catch (error) {
    // A fatal error ends the parse (xmldom throws after reporting it).
    if (problems.length === 0) problems.push((error as Error).message);
  }
  if (problems.length > 0 || !document?.documentElement)
    throw new Error(`imsmanifest.xml is not well-formed XML: ${problems[0] ?? 'no root element'}`);
  const elements: ManifestElement[] = [];
  outline(document.documentElement, 0, elements);
  return elements;
}

/** Local part of an attribute name (`adlcp:scormType` → `scormType`). */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}
