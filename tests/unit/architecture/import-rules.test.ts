// The dependency-rule check of `npm run check` (scripts/check-imports.ts): the course's own import graph
// follows docs/architecture.md, and each rule is shown to fail on a forbidden import.
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

  it('reject an import cycle and name its path; type-only imports form none', () => {
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
    expect(typeOnly).toEqual([]);
  });
});
