// `npm run check` step: the import graph of src/, scripts/ and lessons/ follows the allowed arrows of
// docs/architecture.md. Prints each broken rule with file, line and import, and exits 1 if any.
import { readImportGraph } from './import-rules/import-graph.ts';
import { checkImportRules } from './import-rules/import-rules.ts';

const graph = readImportGraph(process.cwd(), ['src', 'scripts', 'lessons']);
const problems = checkImportRules(graph);
for (const problem of problems)
  console.error(`${problem.file}:${problem.line}: ${problem.specifier}: ${problem.rule}`);
if (problems.length > 0) {
  console.error(`${problems.length} import rule problem(s); see docs/architecture.md, "Allowed arrows".`);
  process.exit(1);
}
console.log(`Imports OK: ${graph.length} modules follow docs/architecture.md.`);
