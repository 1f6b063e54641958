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
  const moduleValue = (code: unknown) =>
    JSON.parse(String((code as { code?: string }).code ?? code).replace(/^export default |;$/g, ''));
  return {
    virtual(id: string): unknown {
      const resolved = call('resolveId', id);
      expect(resolved).toBe(`\0${id}`);
      return moduleValue(call('load', resolved));
    },
    /** A quiz catalog module, with the bank modules it imports put in place. */
    catalog(id: string): unknown {
      const code = String(call('load', call('resolveId', id)));
      const banks = new Map<string, string>();
      const references = new Map<string, object>();
      for (const [, bank, cited, bankId] of code.matchAll(
        /^import (bank\d+), \{ references as (references\d+) \} from "([^"]+)";$/gm,
      )) {
        const [, value, citedValue] = String(call('load', call('resolveId', bankId))).match(
          /^export default (.*);\nexport const references = (.*);$/s,
        )!;
        banks.set(bank!, value!);
        references.set(cited!, JSON.parse(citedValue!) as object);
      }
      // The catalog spreads each bank's references into one object: merge them as the module would.
      const body = code
        .replace(/^import .*;\n/gm, '')
        .replace(/: (bank\d+)(?=[,\s}])/g, (_, name: string) => `: ${banks.get(name)}`)
        .replace(/\{ ((?:\.\.\.references\d+(?:, )?)*) \}/, (_, spreads: string) =>
          JSON.stringify(
            Object.assign({}, ...spreads.split(', ').map((spread) => references.get(spread.slice(3)))),
          ),
        );
      return moduleValue(body);
    },
    yaml(file: string): unknown {
      const path = join(root, file);
      return moduleValue(call('transform', readFileSync(path, 'utf8'), path));
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

  // Reads the whole course, as a build start does: a loaded machine needs more than the default 5 s.
  it("serves the quiz catalog with each quiz file's settings", () => {
    const build = started(process.cwd());
    const catalog = build.catalog('virtual:quizzes') as {
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
});
