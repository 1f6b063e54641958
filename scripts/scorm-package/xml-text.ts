// Escaping for text and attribute values written into generated XML (XML 1.0 §2.4, §3.3.3).
export function xmlText(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function xmlAttribute(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

/** Encodes a package-relative file path for an href (spaces and the like), keeping the `/` separators. */
export function hrefFor(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}
