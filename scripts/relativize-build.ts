// Post-build step: makes every URL in the built index.html relative, so the course runs from any
// folder an LMS unpacks it into. SvelteKit's SPA fallback page still writes "/_app/..." (kit#13858).
// Rewriting the inline boot script changes its bytes, so its CSP hash is recomputed to match
// (CSP Level 3 §8.3: a hash source matches the exact inline script text).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';

/**
 * The favicon becomes a data URL: the offline single file may not reference any other file, and in
 * an LMS each file is one more slow request (docs/build-notes.md §6).
 */
export function inlineFavicon(html: string, svg: string): string {
  return html.replace(/href="\.\/favicon\.svg"/, `href="data:image/svg+xml,${encodeURIComponent(svg)}"`);
}

/**
 * Preloads the upright font faces of the stylesheets the page links (the first screen uses them), so
 * they arrive with the scripts and are there when text is first drawn: with `font-display: optional`
 * a face that came later would not be used at all (src/lib/fonts/fonts.css). `readCss` gets a path
 * relative to the build folder. Faces inlined as data URLs need no preload.
 */
export function preloadFonts(html: string, readCss: (path: string) => string): string {
  const links: string[] = [];
  for (const [tag, href] of html.matchAll(/<link href="\.\/([^"]+\.css)" rel="stylesheet">/g)) {
    const css = readCss(href!);
    for (const [face] of css.matchAll(/@font-face\s*{[^}]*}/g)) {
      if (/font-style:\s*italic/.test(face)) continue;
      const url = face.match(/url\(["']?([^"')]+\.woff2)["']?\)/)?.[1];
      if (!url || url.startsWith('data:')) continue;
      const file = posix.normalize(posix.join(posix.dirname(href!), url));
      links.push(`<link rel="preload" href="./${file}" as="font" type="font/woff2" crossorigin>`);
    }
    if (links.length > 0) return html.replace(tag, `${links.join('\n\t\t')}\n\t\t${tag}`);
  }
  return html;
}

export function relativizeHtml(html: string): string {
  const relative = html.replace(/(["'(])\/_app\//g, '$1./_app/').replace(/\b(href|src)="\/(?!\/)/g, '$1="./');
  return rehashInlineScripts(relative);
}

function rehashInlineScripts(html: string): string {
  const hashes = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(
    (match) =>
      `'sha256-${createHash('sha256')
        .update(match[1] ?? '')
        .digest('base64')}'`,
  );
  return html.replace(
    /(script-src [^;"]*?)((?: 'sha256-[^']+')+)/,
    (_whole, before: string) => `${before.trimEnd()} ${hashes.join(' ')}`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2] ?? 'build';
  const file = join(dir, 'index.html');
  let fixed = relativizeHtml(readFileSync(file, 'utf8'));
  fixed = preloadFonts(fixed, (path) => readFileSync(join(dir, path), 'utf8'));
  const favicon = join(dir, 'favicon.svg');
  if (existsSync(favicon)) {
    fixed = inlineFavicon(fixed, readFileSync(favicon, 'utf8'));
    // Nothing loads the file once the page carries it: the packages do not ship it.
    if (!fixed.includes('favicon.svg')) rmSync(favicon);
  }
  writeFileSync(file, fixed);
  const left = fixed.match(/["'(]\/_app\//g)?.length ?? 0;
  if (left > 0) {
    console.error(`${file}: ${left} absolute /_app/ references remain`);
    process.exit(1);
  }
  const preloads = fixed.match(/rel="preload"[^>]*as="font"/g)?.length ?? 0;
  console.log(`${file}: URLs made relative, inline script hashes updated, ${preloads} font(s) preloaded`);
}
