// The characters the course can print: every character in the content and interface messages
// (lessons/) and in the interface's own words (src/), plus printable ASCII for what learners type and the typographic
// marks the Markdown compiler produces. The subset fonts carry exactly these.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Quotes, dashes and ellipsis that the Markdown compiler writes in place of ASCII, and no-break space. */
const typographic = '\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u00A0';
const printableAscii = Array.from({ length: 95 }, (_, index) => String.fromCharCode(32 + index)).join('');

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path, pattern);
    return pattern.test(name) ? [path] : [];
  });
}

/** Sorted, distinct characters (by code point) printed from `root`'s lessons/ and src/. */
export function printedCharacters(root: string): string {
  const sources = [
    // Lesson text and data, and the interface messages in every language (lessons/messages/*.json).
    ...filesUnder(join(root, 'lessons'), /\.(svx|ya?ml|json)$/),
    ...filesUnder(join(root, 'src'), /\.(svelte|ts)$/),
  ];
  const characters = new Set([...printableAscii, ...typographic]);
  for (const file of sources) {
    for (const character of readFileSync(file, 'utf8')) {
      const code = character.codePointAt(0)!;
      // Control characters and line breaks are never drawn.
      if (code >= 0x20 && !(code >= 0x7f && code < 0xa0)) characters.add(character);
    }
  }
  return [...characters].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!).join('');
}
