// Scans the built HTML, JS and CSS for references the browser would fetch from outside the package:
// root-absolute paths (`/_app/…` escapes the LMS's package folder, docs/lms-behaviour.md §6) and http(s):// or
// protocol-relative URLs (the course must run offline and inside an LMS's content security policy).
// Links the learner follows (<a href>, e.g. to a cited reference) are not fetched and are allowed.

export interface OutsideReference {
  file: string;
  reference: string;
  context: string;
}

/** True when a URL, as the browser would resolve it, leaves the package. */
export function leavesPackage(url: string): boolean {
  const value = url.trim();
  return /^https?:/i.test(value) || value.startsWith('//') || value.startsWith('/') || value.startsWith('\\');
}

// Attributes whose URL the browser fetches by itself (HTML Living Standard, "fetching" elements).
const fetchingAttributes =
  /<(script|link|img|source|iframe|video|audio|embed|object|track|input|image|use)\b[^>]*?\s(src|href|srcset|data|poster|xlink:href)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/gi;

function scanCss(file: string, css: string, found: OutsideReference[]): void {
  for (const match of css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"]*))\s*\)/gi)) {
    const url = match[1] ?? match[2] ?? match[3] ?? '';
    if (leavesPackage(url)) found.push({ file, reference: url, context: 'CSS url()' });
  }
  for (const match of css.matchAll(/@import\s+(?:"([^"]*)"|'([^']*)')/gi)) {
    const url = match[1] ?? match[2] ?? '';
    if (leavesPackage(url)) found.push({ file, reference: url, context: 'CSS @import' });
  }
}

function scanJs(file: string, js: string, found: OutsideReference[]): void {
  // A root-absolute asset path as a string literal: SvelteKit writes these when paths.relative is off.
  for (const match of js.matchAll(/(["'`])(\/_app\/[^"'`\s]*)\1/g)) {
    found.push({ file, reference: match[2] ?? '', context: 'JS string' });
  }
  // Module loads, fetches and workers with an outside address.
  const loaders =
    /(?:\bimport\s*\(\s*|\bfrom\s*|\bimport\s+|\bfetch\s*\(\s*|\bimportScripts\s*\(\s*|\bnew\s+(?:Shared)?Worker\s*\(\s*)(["'`])([^"'`]+)\1/g;
  for (const match of js.matchAll(loaders)) {
    const url = match[2] ?? '';
    if (leavesPackage(url) && !url.startsWith('/_app/'))
      found.push({ file, reference: url, context: 'JS load' });
  }
}

function scanHtml(file: string, html: string, found: OutsideReference[]): void {
  for (const match of html.matchAll(fetchingAttributes)) {
    const tag = (match[1] ?? '').toLowerCase();
    const attribute = (match[2] ?? '').toLowerCase();
    const value = match[3] ?? match[4] ?? match[5] ?? '';
    const urls =
      attribute === 'srcset' ? value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [value];
    for (const url of urls) {
      if (leavesPackage(url)) found.push({ file, reference: url, context: `<${tag} ${attribute}>` });
    }
  }
  for (const match of html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi))
    scanJs(file, match[1] ?? '', found);
  for (const match of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi))
    scanCss(file, match[1] ?? '', found);
  for (const match of html.matchAll(/\sstyle\s*=\s*(?:"([^"]*)"|'([^']*)')/gi))
    scanCss(file, match[1] ?? match[2] ?? '', found);
}

/** Outside references in one built file; files other than HTML, JS and CSS are not scanned. */
export function findOutsideReferences(file: string, content: string): OutsideReference[] {
  const found: OutsideReference[] = [];
  if (/\.html?$/i.test(file)) scanHtml(file, content, found);
  else if (/\.m?js$/i.test(file)) scanJs(file, content, found);
  else if (/\.css$/i.test(file)) scanCss(file, content, found);
  return found;
}
