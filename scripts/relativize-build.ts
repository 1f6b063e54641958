// Post-build step: makes every URL in the built index.html relative, so the course runs from any
// folder an LMS unpacks it into. SvelteKit's SPA fallback page still writes "/_app/..." (kit#13858).
// Rewriting the inline boot script changes its bytes, so its CSP hash is recomputed to match
// (CSP Level 3 §8.3: a hash source matches the exact inline script text).
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The offline single file may not reference any other file: the favicon becomes a data URL. */
export function inlineFavicon(html: string, svg: string): string {
  return html.replace(/href="\.\/favicon\.svg"/, `href="data:image/svg+xml,${encodeURIComponent(svg)}"`);
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
  const favicon = join(dir, 'favicon.svg');
  if (process.argv.includes('--single-file') && existsSync(favicon)) {
    fixed = inlineFavicon(fixed, readFileSync(favicon, 'utf8'));
  }
  writeFileSync(file, fixed);
  const left = fixed.match(/["'(]\/_app\//g)?.length ?? 0;
  if (left > 0) {
    console.error(`${file}: ${left} absolute /_app/ references remain`);
    process.exit(1);
  }
  console.log(`${file}: URLs made relative, inline script hashes updated`);
}
