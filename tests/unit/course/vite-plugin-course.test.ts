// The build serves lessons/ from one load of the content part (src/lib/course/vite-plugin-course.ts):
// every virtual module and every lesson data file a page imports comes from that load, as its schema
// returned it, and a YAML file no lesson reads fails the build instead of being served unchecked.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { coursePlugin } from '../../../src/lib/course/vite-plugin-course';
import { courseCopies, rewrite } from '../../support/course-copies';

const { courseWith } = courseCopies();
const teachBack = 'lessons/01-first-lesson/teach-back.yaml';

/** The plugin's hooks, called the way Vite calls them, with a context whose `error` throws. */
function started(root: string) {
  // The plugin's hooks are plain functions (not Vite's { handler } objects).
  const hooks = coursePlugin(root) as unknown as Record<
    string,
    (this: unknown, ...args: unknown[]) => unknown
  >;
  const context = {
    addWatchFile() {},
    error(message: string): never {
      throw new Error(message);
    },
  };
  const call = (hook: string, ...args: unknown[]) => hooks[hook]!.call(context, ...args);
  call('buildStart');
  const load = (id: string) => {
    const resolved = call('resolveId', id);
    expect(resolved).toBe(`\0${id}`);
    const loaded = call('load', resolved);
    return String((loaded as { code?: string }).code ?? loaded);
  };
  /** Runs a module's code as the browser would, each virtual module it imports served the same way. */
  const run = (code: string): unknown => {
    const imports = [...code.matchAll(/^import (\w+) from "([^"]+)";$/gm)];
    const body = code.replace(/^import .*;$/gm, '').replace(/^export default /m, 'return ');
    const values = imports.map(([, , id]) => run(load(id!)));
    return new Function(...imports.map(([, name]) => name!), body)(...values);
  };
  return {
    /** The code the plugin serves for virtual module `id`. */
    code: load,
    /** The value virtual module `id` exports, with what it imports in place. */
    virtual: (id: string): unknown => run(load(id)),
    /** Markup the plugin makes of a lesson file. */
    lesson(file: string): string {
      const path = join(root, file);
      return (call('transform', readFileSync(path, 'utf8'), path) as { code: string }).code;
    },
    yaml(file: string): unknown {
      const path = join(root, file);
      return run((call('transform', readFileSync(path, 'utf8'), path) as { code: string }).code);
    },
  };
}

describe('the course plugin', () => {
  it('serves a lesson data file as its schema returned it, from the load at build start', () => {
    const root = courseWith((r) =>
      rewrite(r, teachBack, (t) =>
        t.replace(
          'closing: Ask your nurse to go over any part again.',
          'closing: "  Ask your nurse again.  "',
        ),
      ),
    );
    const build = started(root);
    // The teach-back schema trims text: what is served is the checked value, not the raw file.
    expect(build.yaml(teachBack)).toMatchObject({ closing: 'Ask your nurse again.' });
    // The file changes on disk without a reload: the build still serves what it checked.
    rewrite(root, teachBack, (t) => t.replace('Ask your nurse again.', 'Unchecked words.'));
    expect(build.yaml(teachBack)).toMatchObject({ closing: 'Ask your nurse again.' });
  });

  it('refuses a YAML file under lessons/ that no lesson reads', () => {
    const build = started(courseWith());
    expect(() => build.yaml('lessons/course.yaml')).toThrow(
      'lessons/course.yaml is imported, but no lesson reads it',
    );
  });

  it('serves the outline, references and glossary modules of the course', () => {
    const build = started(courseWith());
    expect(build.virtual('virtual:course')).toMatchObject({
      course: { title: 'Fixture course' },
      lessons: [{ slug: '01-first-lesson' }, { slug: '02-second-lesson' }],
    });
    expect(Object.keys(build.virtual('virtual:references') as object)).toEqual(['R1', 'R2']);
    expect(build.virtual('virtual:glossary')).toEqual([]);
  });

  it('serves each cited reference text once, in the reference-texts module the bibliography imports', () => {
    // R3 is cited nowhere; R4 only by a teach-back point (a served file's `references` list).
    const root = courseWith((r) => {
      rewrite(
        r,
        'lessons/references.yaml',
        (t) =>
          `${t}R3:\n  kind: trial\n  citation: Third reference.\nR4:\n  kind: trial\n  citation: Fourth reference.\n`,
      );
      rewrite(r, teachBack, (t) => t.replace('references: [R1]', 'references: [R1, R4]'));
    });
    const build = started(root);
    expect(build.virtual('virtual:reference-texts')).toEqual({
      R1: 'First reference.',
      R2: 'Second reference.',
      R4: 'Fourth reference.',
    });
    const bibliography = build.virtual('virtual:references') as Record<
      string,
      { citation: string; urls?: string[] }
    >;
    expect(
      Object.fromEntries(Object.entries(bibliography).map(([key, entry]) => [key, entry.citation])),
    ).toEqual({
      R1: 'First reference.',
      R2: 'Second reference.',
      R3: 'Third reference.',
      R4: 'Fourth reference.',
    });
    expect(bibliography.R2).toMatchObject({ kind: 'trial', urls: ['https://example.org/second'] });
    const code = build.code('virtual:references');
    for (const text of ['First reference.', 'Second reference.', 'Fourth reference.'])
      expect(code).not.toContain(text);
    expect(code).toContain('Third reference.');
  });

  it('writes a lesson with its citation links and a reference list by key, without the reference texts', () => {
    const markup = started(courseWith()).lesson('lessons/01-first-lesson/nursing.svx');
    expect(markup).toContain(
      'A cited statement <sup class="cites"><a class="cite" href="#ref-R1" data-ref="R1" aria-label="Reference 1" aria-describedby="ref-R1">1</a></sup>.',
    );
    expect(markup).toContain('<LessonReferences keys={["R1","R2"]} />');
    expect(markup).toMatch(
      /<script>\n(?: {2}import .*\n)* {2}import LessonReferences from '\$lib\/course\/LessonReferences\.svelte';\n<\/script>\n$/,
    );
    expect(markup).not.toContain('First reference.');
    expect(markup).not.toContain('Second reference.');
  });

  // Reads the whole course, as a build start does: a loaded machine needs more than the default 5 s.
  it("serves the quiz catalog with each quiz file's settings", () => {
    const build = started(process.cwd());
    const catalog = build.virtual('virtual:quizzes') as {
      quizzes: Array<{ id: string; isFinal: boolean; criticalNote: string | null }>;
      banks: Record<string, { items: unknown[] }>;
    };
    const final = parse(readFileSync('lessons/quizzes/final.yaml', 'utf8')) as {
      id: string;
      criticalNote: string;
    };
    expect(
      catalog.quizzes.filter((quiz) => quiz.isFinal).map((quiz) => [quiz.id, quiz.criticalNote]),
    ).toEqual([[final.id, final.criticalNote]]);
    const bankFiles = ['adverse-effects', 'indications'];
    for (const bank of bankFiles) {
      const items = (parse(readFileSync(`lessons/quizzes/${bank}.yaml`, 'utf8')) as { items: unknown[] })
        .items;
      expect(catalog.banks[bank]?.items.length, bank).toBe(items.length);
    }
  }, 60_000);

  it('serves the text of every reference a quiz item cites in the reference-texts module, and no bank or quiz part a copy', () => {
    const build = started(process.cwd());
    const bibliography = parse(readFileSync('lessons/references.yaml', 'utf8')) as Record<
      string,
      { citation: string }
    >;
    const texts = build.virtual('virtual:reference-texts') as Record<string, string>;
    const parts = build.code('virtual:quiz-parts');
    const quizIds = [...parts.matchAll(/import\("virtual:quiz-part\/([^"]+)"\)/g)].map(([, id]) => id!);
    expect(quizIds.length).toBeGreaterThan(1);
    for (const id of quizIds) {
      const part = build.virtual(`virtual:quiz-part/${id}`) as {
        banks: Record<
          string,
          { items: Array<{ references?: string[]; items?: Array<{ references: string[] }> }> }
        >;
      };
      expect(Object.keys(part)).toEqual(['quizzes', 'banks']);
      for (const [bankId, bank] of Object.entries(part.banks)) {
        const keys = bank.items.flatMap((item) => [
          ...(item.references ?? []),
          ...(item.items ?? []).flatMap((linked) => linked.references),
        ]);
        expect(keys.length, bankId).toBeGreaterThan(0);
        const bankCode = build.code(`virtual:quiz-bank/${bankId}`);
        for (const key of keys) {
          expect(texts[key], `${bankId}: ${key}`).toBe(bibliography[key]!.citation);
          expect(bankCode, `${bankId}: ${key}`).not.toContain(bibliography[key]!.citation);
        }
      }
    }
  }, 60_000);
});
