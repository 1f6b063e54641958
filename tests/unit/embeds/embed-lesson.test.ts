// Lessons embed scenes, drills and panels by name, with no <script>: the build turns a valid body into
// components that compile, and stops a broken one with file, line and reason instead of a compiler error.
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compile as compileMarkdown } from 'mdsvex';
import { compile as compileSvelte } from 'svelte/compiler';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError } from '../../../src/lib/course/content-error.ts';
import { loadContent } from '../../../src/lib/course/load-content.ts';
import { embedLessonComponents } from '../../../src/lib/embeds/embed-lesson.ts';
import { findEmbeds } from '../../../src/lib/embeds/find-embeds.ts';

const frontmatter = '---\ntitle: T\n---\n';
const file = 'lessons/01-lesson/patient.svx';

/** The reasons findEmbeds gives for a body, with their lines in the whole file. */
function problems(body: string) {
  return findEmbeds(frontmatter + body).problems.map((p) => `${p.line}: ${p.where}: ${p.reason}`);
}

describe('findEmbeds', () => {
  it('finds each embedded element with its line and attributes', () => {
    const found = findEmbeds(
      `${frontmatter}Text with a <Term id="dimerization">pair</Term>.\n\n<Scene name="receptor-density" />\n\n<Drill name="dose" seed="42" />\n`,
    );
    expect(found.problems).toEqual([]);
    expect(found.usesTerm).toBe(true);
    expect(found.uses.map(({ tag, name, line, attributes }) => ({ tag, name, line, attributes }))).toEqual([
      { tag: 'Scene', name: 'receptor-density', line: 6, attributes: {} },
      { tag: 'Drill', name: 'dose', line: 8, attributes: { seed: '42' } },
    ]);
  });

  it.each([
    [
      '<Scene name="receptor-densty" />',
      '5: <Scene name="receptor-densty">: unknown scene "receptor-densty": known names are "receptor-density", "trastuzumab-action"',
    ],
    [
      '<Drill name="dose" seeds="3" />',
      '5: <Drill name="dose">: unknown attribute "seeds": allowed besides name: seed',
    ],
    [
      '<Drill name="dose" seed="three" />',
      '5: <Drill name="dose">: seed must be a whole number, such as seed="7"',
    ],
    [
      '<Scene name="receptor-density" speed="2" />',
      '5: <Scene name="receptor-density">: unknown attribute "speed": it takes only name',
    ],
    [
      '<Drill />',
      '5: <Drill>: a <Drill> needs a name: one of "her2-classifier", "dose", "look-alike", "cardiac-hold", "self-check"',
    ],

    [
      '<Scene name="receptor-density">',
      '5: <Scene name="receptor-density">: end the tag with "/>": <Scene name="…" />',
    ],
    [
      '<Scene name="trastuzumab-action" name="receptor-density" />',
      '5: <Scene name="trastuzumab-action">: attribute "name" is given twice',
    ],
    [
      '<DoseDrill />',
      '5: <DoseDrill>: unknown element: a lesson may embed <Scene name="…" />, <Drill name="…" />, <Panel name="…" /> and <Term id="…">…</Term>',
    ],
    [
      'Total {count} items',
      '5: {: braces are code in a lesson: remove them, or write &#123; and &#125; to show { and }',
    ],
  ])('%s', (body, expected) => {
    expect(problems(`\n${body}\n`)).toEqual([expected]);
  });

  it('rejects code in an attribute value', () => {
    expect(problems('\n<Drill name={dose} />\n')).toEqual([
      '5: {: braces are code in a lesson: remove them, or write &#123; and &#125; to show { and }',
      '5: <Drill>: name={…} is code: write the value in quotes, name="…"',
    ]);
  });

  it('rejects a <script> block and points at its line', () => {
    const body = "Intro.\n\n<script>\n  import Term from '$lib/glossary/Term.svelte';\n</script>\n";
    expect(problems(body)).toEqual([
      '6: <script>: a lesson has no <script> block: embed scenes and drills by name, <Scene name="…" />, <Drill name="…" />, <Panel name="…" /> and <Term id="…">…</Term>',
    ]);
  });

  it('ignores tags inside comments and fenced code', () => {
    expect(problems('<!-- <Chart /> -->\n\n```\n<Scene name="nope" />\n```\n')).toEqual([]);
  });
});

describe('embedLessonComponents', () => {
  it('compiles a lesson body with embedded elements and no <script> into a component', async () => {
    const source = `${frontmatter}\nA <Term id="dimerization">pair</Term>.\n\n<Scene name="receptor-density" />\n`;
    const markup = embedLessonComponents(source, file);
    expect(markup).toContain('<SceneReceptorDensity data={SceneReceptorDensityData} track="patient" />');
    const markdown = await compileMarkdown(markup, { extensions: ['.svx'] });
    const code = markdown?.code ?? '';
    // mdsvex must read the element as a component, not as paragraph text with typographic quotes.
    expect(code).toContain('<SceneReceptorDensity data={SceneReceptorDensityData} track="patient" />');
    expect(code).not.toMatch(/<p><SceneReceptorDensity/);
    const { js } = compileSvelte(code, { filename: file, generate: 'client' });
    expect(js.code).toContain(`from '$lib/sims/receptor-density/Scene.svelte'`);
    expect(js.code).toContain(`from './receptor-scene.yaml'`);
    expect(js.code).toContain(`from '$lib/glossary/Term.svelte'`);
  });

  it('keeps every line of the lesson where the author wrote it', () => {
    const source = `${frontmatter}\nLine five.\n\n<Drill name="dose" seed="7" />\n\nLine nine.\n`;
    const lines = embedLessonComponents(source, file).split('\n');
    expect(lines[4]).toBe('Line five.');
    expect(lines[6]).toBe('<DrillDose data={DrillDoseData} seed={7} />');
    expect(lines[8]).toBe('Line nine.');
  });

  it('stops a broken lesson body with file, line and reason', () => {
    const broken = `${frontmatter}\nIntro.\n\n<Scene name="receptor-densty" />\n`;
    expect(() => embedLessonComponents(broken, file)).toThrow(ContentError);
    expect(() => embedLessonComponents(broken, file)).toThrow(
      `${file}:7: <Scene name="receptor-densty">: unknown scene "receptor-densty": known names are "receptor-density", "trastuzumab-action"`,
    );
  });
});

describe('loadContent with a broken lesson body', () => {
  const roots: string[] = [];
  afterEach(() => roots.splice(0).forEach((root) => rmSync(root, { recursive: true, force: true })));

  it('reports the file, line and reason, as `npm run check` and the build print them', () => {
    const root = mkdtempSync(join(tmpdir(), 'broken-embed-'));
    roots.push(root);
    cpSync('tests/fixtures/content-valid', root, { recursive: true });
    const lesson = 'lessons/01-first-lesson/nursing.svx';
    writeFileSync(
      join(root, lesson),
      `---\ntitle: T\nsummary: S\nobjectives:\n  - id: o-1\n    text: Do it.\nminutes: 5\nreferences: [R1]\n---\n\nA statement [@R1].\n\n<Drill name="dose" seed="x" />\n`,
    );
    let message = '';
    try {
      loadContent(root);
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      message = (error as Error).message;
    }
    expect(message).toContain(
      `${lesson}:13: <Drill name="dose">: seed must be a whole number, such as seed="7"`,
    );
  });
});
