// Content stays apart from code: no lesson holds code (no <script>, no import), and no file under src/
// or scripts/ names a lesson, by its folder or by its id, even in a message, comment or example, so
// renaming or renumbering a lesson never needs a change in code.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && keep(entry.name))
    .map((entry) => join(entry.parentPath, entry.name).split('\\').join('/'));
}

/** The lessons as the course lists them, read straight from the YAML (not through the course's loader). */
const listed = (
  parse(readFileSync('lessons/course.yaml', 'utf8')) as { lessons: { id: string; folder: string }[] }
).lessons;

/** Each place in `files` (path → text) that names a lesson folder or lesson id, as `file:line: name`. */
function lessonNamesIn(files: ReadonlyMap<string, string>, names: readonly string[]): string[] {
  const found: string[] = [];
  const pattern = new RegExp(
    `(?<![A-Za-z0-9])(${names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![A-Za-z0-9])`,
    'g',
  );
  for (const [file, text] of files)
    text.split('\n').forEach((line, i) => {
      for (const match of line.matchAll(pattern)) found.push(`${file}:${i + 1}: ${match[1]}`);
    });
  return found;
}

const code = new Map(
  [...filesUnder('src', () => true), ...filesUnder('scripts', (name) => !name.endsWith('.xsd'))].map(
    (file) => [file, readFileSync(file, 'utf8')],
  ),
);

describe('content apart from code', () => {
  it('no lesson or course page holds a <script> block or an import', () => {
    const lessons = filesUnder('lessons', (name) => name.endsWith('.svx'));
    expect(lessons.length).toBeGreaterThanOrEqual(14);
    const withCode = lessons.filter((file) => /<script\b|^\s*import\s/m.test(readFileSync(file, 'utf8')));
    expect(withCode).toEqual([]);
  });

  it('no file under src/ names a path into a lesson folder', () => {
    const naming = [...code].filter(([, text]) => /lessons\/\d{2}-|\$lessons\/\d{2}/.test(text));
    expect(naming.map(([file]) => file)).toEqual([]);
  });

  it('no file under src/ or scripts/ names a lesson of lessons/course.yaml, by folder or id', () => {
    expect(listed.length).toBeGreaterThanOrEqual(6);
    expect(code.size).toBeGreaterThan(150);
    const names = listed.flatMap((lesson) => [lesson.folder, lesson.id]);
    expect(lessonNamesIn(code, names)).toEqual([]);
  });

  it('the lesson-name scan finds a folder or id in a message, a comment and a path, or inside an identifier, but not in a longer word', () => {
    const fixture = new Map([
      ['src/a.ts', "// e.g. `/nursing/03-dosing`\nthrow new Error('folder: 03-dosing');"],
      ['src/b.ts', "const x = 'dosing';\nconst y = 'lesson-dosing'; const z = 'underdosing';"],
    ]);
    expect(lessonNamesIn(fixture, ['03-dosing', 'dosing'])).toEqual([
      'src/a.ts:1: 03-dosing',
      'src/a.ts:2: 03-dosing',
      'src/b.ts:1: dosing',
      'src/b.ts:2: dosing',
    ]);
  });
});
