// A minimal reader for imsmanifest.xml: the elements in document order with their attributes and
// text. Enough for the checks the schemas cannot make (scripts/scorm-package/manifest-checks.ts);
// well-formedness itself is xmllint's job.

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

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return entities[body] ?? whole;
  });
}

const tagPattern = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[^\s=/>]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const attributePattern = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function readManifestOutline(xml: string): ManifestElement[] {
  const source = xml
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<\?[\s\S]*?\?>/g, '')
    .replace(/<!DOCTYPE[^>]*>/gi, '')
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) => text.replace(/</g, '&lt;'));
  const elements: ManifestElement[] = [];
  const open: ManifestElement[] = [];
  let textStart = 0;
  for (const match of source.matchAll(tagPattern)) {
    const [whole, closing, name = '', attributeText = '', selfClosing] = match;
    const current = open[open.length - 1];
    if (current) current.text += source.slice(textStart, match.index);
    textStart = match.index + whole.length;
    if (closing) {
      const done = open.pop();
      if (done) done.text = decodeEntities(done.text).trim();
      continue;
    }
    const attributes: Record<string, string> = {};
    for (const [, key = '', double, single] of attributeText.matchAll(attributePattern)) {
      attributes[key] = decodeEntities(double ?? single ?? '');
    }
    const colon = name.indexOf(':');
    const element: ManifestElement = {
      name,
      prefix: colon === -1 ? '' : name.slice(0, colon),
      local: colon === -1 ? name : name.slice(colon + 1),
      attributes,
      text: '',
      depth: open.length,
    };
    elements.push(element);
    if (!selfClosing) open.push(element);
  }
  return elements;
}

/** Local part of an attribute name (`adlcp:scormType` → `scormType`). */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}
