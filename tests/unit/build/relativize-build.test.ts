// The post-build step that lets the course run from any LMS folder: absolute URLs become relative,
// and the CSP hash follows the rewritten inline boot script (or the browser would refuse it).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { inlineFavicon, preloadFonts, relativizeHtml } from '../../../scripts/relativize-build';

const script = `import("/_app/immutable/entry/start.js")`;
const hash = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const page = [
  `<meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' ${hash(script)}; style-src 'self'">`,
  '<link href="/_app/immutable/assets/0.css" rel="stylesheet">',
  '<link rel="icon" href="/favicon.svg">',
  `<script>${script}</script>`,
].join('\n');

describe('relativizeHtml', () => {
  const out = relativizeHtml(page);

  it('makes every /_app and root URL relative', () => {
    expect(out).not.toMatch(/["'(]\/_app\//);
    expect(out).toContain('href="./_app/immutable/assets/0.css"');
    expect(out).toContain('href="./favicon.svg"');
    expect(out).toContain('import("./_app/immutable/entry/start.js")');
  });

  it('replaces the old script hash with the hash of the rewritten script, keeping other directives', () => {
    expect(out).not.toContain(hash(script));
    expect(out).toContain(`script-src 'self' ${hash('import("./_app/immutable/entry/start.js")')};`);
    expect(out).toContain("style-src 'self'");
  });

  it('inlines the favicon as a data URL (no file to fetch, in an LMS or offline)', () => {
    expect(inlineFavicon(out, '<svg/>')).toContain('href="data:image/svg+xml,%3Csvg%2F%3E"');
  });
});

describe('preloadFonts', () => {
  const css = [
    "@font-face { font-family: 'A'; font-style: normal; font-weight: 400; src: url(./a-400.X1.woff2) format('woff2'); }",
    "@font-face { font-family: 'A'; font-style: italic; font-weight: 400; src: url(./a-400-italic.X2.woff2) format('woff2'); }",
    "@font-face { font-family: 'A Fallback'; src: local('Arial'); size-adjust: 99%; }",
    "@font-face { font-family: 'B'; font-style: normal; src: url(data:font/woff2;base64,AAAA) format('woff2'); }",
  ].join('\n');
  const html = '<head>\n\t\t<link href="./_app/immutable/assets/0.css" rel="stylesheet">\n</head>';
  const out = preloadFonts(html, (path) => (path === '_app/immutable/assets/0.css' ? css : ''));

  it('preloads the upright faces of the linked stylesheet, before it, with crossorigin (fonts are CORS requests)', () => {
    expect(out).toContain(
      '<link rel="preload" href="./_app/immutable/assets/a-400.X1.woff2" as="font" type="font/woff2" crossorigin>',
    );
    expect(out.indexOf('a-400.X1.woff2')).toBeLessThan(out.indexOf('0.css'));
  });

  it('leaves italic, local and inlined faces to load when used', () => {
    expect(out.match(/rel="preload"/g)).toHaveLength(1);
    expect(out).not.toContain('italic');
    expect(out).not.toContain('data:font');
  });
});
