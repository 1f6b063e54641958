// Rules for paths inside a package: an LMS serves it from a deep, unknown folder (Moodle:
// pluginfile.php/<ctx>/mod_scorm/content/<rev>/…), so only relative paths that stay inside work
// (docs/lms-behaviour.md §6).

/** Why `href` cannot be used inside a package, or null when it is a safe relative path. */
export function unsafeHrefReason(href: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return 'is an absolute URL; package files must be relative paths';
  if (href.startsWith('//')) return 'is a protocol-relative URL; package files must be relative paths';
  if (href.startsWith('/') || href.startsWith('\\'))
    return 'starts with "/", which escapes the package folder on the LMS';
  if (href.includes('\\')) return 'uses "\\"; paths in a package use "/"';
  let depth = 0;
  for (const segment of href.split('/')) {
    if (segment === '..') depth -= 1;
    else if (segment !== '.' && segment !== '') depth += 1;
    if (depth < 0) return 'climbs out of the package with ".."';
  }
  return null;
}

/** The package file an href names: query and fragment removed, percent-escapes decoded, "./" dropped. */
export function packagePathOf(href: string): string {
  const path = href.replace(/[?#].*$/, '');
  let decoded = path;
  try {
    decoded = decodeURIComponent(path);
  } catch {
    /* a malformed escape stays as written; it then fails the "exists in the zip" check */
  }
  const kept: string[] = [];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') kept.pop();
    else kept.push(segment);
  }
  return kept.join('/');
}
