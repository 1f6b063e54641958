// Finding built references that would be fetched from outside the package, and href safety rules.
import { describe, expect, it } from 'vitest';
import { packagePathOf, unsafeHrefReason } from '../../../scripts/scorm-package/package-paths';
import { findOutsideReferences } from '../../../scripts/scorm-package/scan-built-files';

const refs = (file: string, content: string) =>
  findOutsideReferences(file, content).map((found) => found.reference);

describe('findOutsideReferences', () => {
  it('finds root-absolute and http(s) fetches in HTML', () => {
    const html =
      '<link rel="modulepreload" href="/_app/immutable/entry/start.js"><script src="https://cdn.example.com/x.js"></script>' +
      '<img srcset="./a.png 1x, //cdn.example.com/b.png 2x"><link rel="stylesheet" href="./ok.css">';
    expect(refs('index.html', html)).toEqual([
      '/_app/immutable/entry/start.js',
      'https://cdn.example.com/x.js',
      '//cdn.example.com/b.png',
    ]);
  });

  it('ignores links the learner follows and XML namespace strings', () => {
    const html =
      '<a href="https://pubmed.example.org/1">source</a><svg xmlns="http://www.w3.org/2000/svg"></svg>';
    expect(refs('index.html', html)).toEqual([]);
    expect(refs('app.js', 'const ns = "http://www.w3.org/2000/svg";')).toEqual([]);
  });

  it('finds absolute asset paths and remote module loads in JS', () => {
    const js =
      'const a = "/_app/immutable/x.js"; import("https://esm.example.com/m.js"); fetch("/api/data"); import("./ok.js");';
    expect(refs('chunk.js', js)).toEqual([
      '/_app/immutable/x.js',
      'https://esm.example.com/m.js',
      '/api/data',
    ]);
  });

  it('finds remote or root-absolute url() and @import in CSS, also inside HTML', () => {
    expect(
      refs(
        'app.css',
        "@font-face { src: url('/fonts/a.woff2') } .x { background: url(data:image/png;base64,AA) }",
      ),
    ).toEqual(['/fonts/a.woff2']);
    expect(refs('index.html', '<style>@import "http://fonts.example.com/f.css";</style>')).toEqual([
      'http://fonts.example.com/f.css',
    ]);
  });

  it('does not scan other file types', () => {
    expect(refs('notes.txt', 'src="/_app/x.js"')).toEqual([]);
  });
});

describe('unsafeHrefReason / packagePathOf', () => {
  it.each([
    ['index.html', null],
    ['_app/a%20b.js', null],
    ['a/../b.js', null],
    ['/index.html', /starts with "\/"/],
    ['http://example.com/x', /absolute URL/],
    ['//example.com/x', /protocol-relative/],
    ['a/../../x', /climbs out/],
    ['a\\b.js', /uses "\\"/],
  ])('%s', (href, reason) => {
    const result = unsafeHrefReason(href);
    if (reason === null) expect(result).toBeNull();
    else expect(result).toMatch(reason);
  });

  it('maps an href to the zip entry it names', () => {
    expect(packagePathOf('./_app/a%20b.js?v=1#top')).toBe('_app/a b.js');
    expect(packagePathOf('a/../index.html')).toBe('index.html');
  });
});
