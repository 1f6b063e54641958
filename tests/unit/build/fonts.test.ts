// The course's fonts (src/lib/fonts/, made by `npm run fonts`): woff2 only, three faces, small, and
// subset to a character list that covers every character the lessons print. When an author adds a
// new character, this test names it: run `npm run fonts` and commit the result.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const fontsDir = 'src/lib/fonts';
const subsetList = readFileSync(join(fontsDir, 'characters.txt'), 'utf8').replace(/\n$/, '');

function contentFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return contentFiles(path);
    return /\.(svx|ya?ml|json)$/.test(name) ? [path] : [];
  });
}

describe('course fonts', () => {
  it('ship as woff2 only: the three faces the course uses, each under 8 KiB', () => {
    const fontFiles = readdirSync(fontsDir).filter((name) => !/\.(css|txt)$/.test(name));
    expect(fontFiles.sort()).toEqual([
      'atkinson-hyperlegible-400-italic.woff2',
      'atkinson-hyperlegible-400.woff2',
      'atkinson-hyperlegible-700.woff2',
    ]);
    for (const name of fontFiles) {
      const bytes = readFileSync(join(fontsDir, name));
      expect(bytes.subarray(0, 4).toString('latin1')).toBe('wOF2'); // WOFF2 §3 signature
      expect(bytes.length).toBeLessThanOrEqual(8 * 1024);
    }
  });

  it('cover every character printed in lessons/, the interface messages included', () => {
    const missing = new Map<string, string>();
    for (const file of contentFiles('lessons')) {
      for (const character of readFileSync(file, 'utf8')) {
        if (character < ' ' || subsetList.includes(character)) continue;
        if (!missing.has(character)) missing.set(character, file);
      }
    }
    expect([...missing].map(([character, file]) => `"${character}" in ${file}`)).toEqual([]);
  });

  it('never swap a late font in, and scale the system fallback to the same metrics', () => {
    const css = readFileSync(join(fontsDir, 'fonts.css'), 'utf8');
    const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
    const webFaces = faces.filter((face) => face.includes('.woff2'));
    expect(webFaces).toHaveLength(3);
    for (const face of webFaces) expect(face).toContain('font-display: optional;');
    const fallbacks = faces.filter((face) => face.includes('local('));
    expect(fallbacks.length).toBeGreaterThanOrEqual(2);
    for (const face of fallbacks) {
      expect(face).toMatch(/size-adjust: \d+(\.\d+)?%;/);
      expect(face).toMatch(/ascent-override: \d+(\.\d+)?%;/);
    }
  });
});
