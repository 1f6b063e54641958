// The dependency-rule check of `npm run check` (scripts/check-imports.ts): the course's own import graph
// follows docs/architecture.md, and each rule is shown to fail on a forbidden import.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readImportGraph, readModule } from '../../../scripts/import-rules/import-graph';
import { checkImportRules } from '../../../scripts/import-rules/import-rules';

const root = process.cwd();
const module = (file: string, text: string) => readModule(root, file, text);

describe('import rules', () => {
  it('hold for the course as it is', () => {
    const graph = readImportGraph(root, ['src', 'scripts', 'lessons']);
    expect(graph.length).toBeGreaterThan(100);
    expect(checkImportRules(graph)).toEqual([]);
  });

  it('reject code that imports from a lesson folder, naming file, line and import', () => {
    const problems = checkImportRules([
      module(
        'src/lib/sims/example/Scene.svelte',
        "<script>\n  import data from '$lessons/01-x/scene.yaml';\n</script>",
      ),
    ]);
    expect(problems).toEqual([
      {
        file: 'src/lib/sims/example/Scene.svelte',
        line: 2,
        specifier: '$lessons/01-x/scene.yaml',
        rule: expect.stringContaining('never names a lesson folder'),
      },
    ]);
  });

  it('reject any import in a lesson', () => {
    const problems = checkImportRules([
      module(
        'lessons/01-x/nursing.svx',
        "# Title\n\n<script>\n  import Term from '$lib/glossary/Term.svelte';\n</script>",
      ),
    ]);
    expect(problems.map((problem) => [problem.line, problem.rule])).toEqual([
      [4, expect.stringContaining('lessons import nothing')],
    ]);
  });

  it('reject an LMS adapter imported outside the progress model, but allow a type-only import', () => {
    const problems = checkImportRules([
      module(
        'src/lib/quiz/views/Q.svelte',
        '<script lang="ts">\n  import { Scorm12Adapter } from \'$lib/progress/adapters/scorm12\';\n</script>',
      ),
      module(
        'src/lib/ui/A.svelte',
        '<script lang="ts">\n  import type { ProgressAdapter } from \'$lib/progress/adapters/adapter\';\n</script>',
      ),
    ]);
    expect(problems.map((problem) => [problem.file, problem.rule])).toEqual([
      ['src/lib/quiz/views/Q.svelte', expect.stringContaining('only the progress model')],
    ]);
  });

  it('reject a scene that imports the progress model', () => {
    const problems = checkImportRules([
      module('src/lib/sims/x/model.ts', "import { progress } from '../../progress/progress.svelte';\n"),
    ]);
    expect(problems.map((problem) => problem.rule)).toEqual([expect.stringContaining('stay pure')]);
  });

  it('reject browser code that reaches build-time code through another module', () => {
    const problems = checkImportRules([
      module(
        'src/routes/x/+page.svelte',
        "<script>\n  import { outline } from '$lib/course/a.ts';\n</script>",
      ),
      module('src/lib/course/a.ts', "export { loadAll as outline } from './b.ts';\n"),
      module(
        'src/lib/course/b.ts',
        "import { readFileSync } from 'node:fs';\nexport const loadAll = readFileSync;\n",
      ),
    ]);
    expect(problems.map((problem) => [problem.file, problem.specifier, problem.rule])).toEqual([
      [
        'src/routes/x/+page.svelte',
        '$lib/course/a.ts',
        expect.stringContaining('never imports build-time code'),
      ],
    ]);
  });

  it('reject an import cycle and name its path, a type-only import closing it included', () => {
    const cycle = checkImportRules([
      module('src/lib/course/load-content.ts', "import { loadQuizzes } from '../quiz/load-quizzes.ts';\n"),
      module('src/lib/quiz/load-quizzes.ts', "import { loadContent } from '../course/load-content.ts';\n"),
    ]);
    expect(cycle.map((problem) => problem.rule)).toEqual([
      'import cycle: src/lib/course/load-content.ts → src/lib/quiz/load-quizzes.ts → src/lib/course/load-content.ts',
    ]);
    const typeOnly = checkImportRules([
      module('src/lib/course/load-content.ts', "import { loadQuizzes } from '../quiz/load-quizzes.ts';\n"),
      module(
        'src/lib/quiz/load-quizzes.ts',
        "import type { CourseContent } from '../course/load-content.ts';\n",
      ),
    ]);
    expect(typeOnly.map((problem) => [problem.file, problem.line, problem.rule])).toEqual([
      [
        'src/lib/quiz/load-quizzes.ts',
        1,
        'import cycle: src/lib/course/load-content.ts → src/lib/quiz/load-quizzes.ts → src/lib/course/load-content.ts',
      ],
    ]);
    const noCycle = checkImportRules([
      module('src/lib/course/load-content.ts', "import { loadQuizzes } from '../quiz/load-quizzes.ts';\n"),
      module(
        'src/lib/quiz/load-quizzes.ts',
        "import type { CourseContent } from '../course/course-content.ts';\n",
      ),
      module(
        'src/lib/course/course-content.ts',
        "import type { QuizCatalog } from '../quiz/item-types.ts';\n",
      ),
    ]);
    expect(noCycle).toEqual([]);
  });
});

// Each case starts the check as its own process (tsx), which takes a while on a loaded machine.
describe('the dependency check of npm run check (scripts/check-imports.ts)', () => {
  const check = (files: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'imports-'));
    try {
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(join(dir, dirname(file)), { recursive: true });
        writeFileSync(join(dir, file), text);
      }
      const run = spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/check-imports.ts')], {
        cwd: dir,
        encoding: 'utf8',
      });
      return { status: run.status, stderr: run.stderr, stdout: run.stdout };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };

  it('fails on an import cycle and on a forbidden import, naming file, line and rule', () => {
    const run = check({
      'src/lib/a.ts': "import { b } from './b.ts';\nexport const a = b;\n",
      'src/lib/b.ts': "import type { A } from './a.ts';\nexport const b = 1;\nexport type B = A;\n",
      'src/lib/sims/x/model.ts': "import { progress } from '../../progress/progress.svelte.ts';\n",
      'src/lib/progress/progress.svelte.ts': 'export const progress = {};\n',
    });
    expect(run.status).toBe(1);
    expect(run.stderr.split('\n').filter(Boolean)).toEqual([
      'src/lib/b.ts:1: ./a.ts: import cycle: src/lib/a.ts → src/lib/b.ts → src/lib/a.ts',
      'src/lib/sims/x/model.ts:1: ../../progress/progress.svelte.ts: scenes, drills and the quiz engine stay pure: no progress, interface or route imports',
      '2 import rule problem(s); see docs/architecture.md, "Allowed arrows".',
    ]);
  }, 120_000);

  it('passes code that follows the arrows', () => {
    const run = check({
      'src/lib/a.ts': "import { b } from './b.ts';\nexport const a = b;\n",
      'src/lib/b.ts': 'export const b = 1;\n',
    });
    expect(run.stdout).toContain('Imports OK: 2 modules follow docs/architecture.md.');
    expect(run.status).toBe(0);
  }, 120_000);
});
