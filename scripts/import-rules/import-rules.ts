// The allowed arrows of docs/architecture.md as checks on the import graph. Each broken rule is a
// problem naming the file, the line, the import and the rule, so `npm run check` says what to move.
import type { ModuleNode } from './import-graph.ts';

export interface ImportProblem {
  file: string;
  line: number;
  specifier: string;
  rule: string;
}

const inLessonFolder = (path: string) => /^lessons\/[^/]+\//.test(path);
const isBrowserRoot = (file: string) =>
  file.startsWith('src/') && (file.endsWith('.svelte') || file.startsWith('src/routes/'));

/** Checks every rule; returns the problems in file order. */
export function checkImportRules(graph: readonly ModuleNode[]): ImportProblem[] {
  const problems: ImportProblem[] = [];
  const byFile = new Map(graph.map((node) => [node.file, node]));

  for (const node of graph) {
    for (const edge of node.imports) {
      const at = { file: node.file, line: edge.line, specifier: edge.specifier };
      if (node.file.startsWith('lessons/'))
        problems.push({ ...at, rule: 'lessons import nothing: embed components by name instead' });
      if (
        (node.file.startsWith('src/') || node.file.startsWith('scripts/')) &&
        edge.target &&
        inLessonFolder(edge.target)
      )
        problems.push({
          ...at,
          rule: 'code never names a lesson folder: reach lesson data through the lesson that embeds it',
        });
      if (
        edge.target?.startsWith('src/lib/progress/adapters/') &&
        !node.file.startsWith('src/lib/progress/') &&
        !edge.typeOnly
      )
        problems.push({ ...at, rule: 'only the progress model talks to the LMS adapters' });
      if (
        /^src\/lib\/(sims|interactives|quiz)\//.test(node.file) &&
        !node.file.startsWith('src/lib/quiz/views/') &&
        edge.target &&
        /^src\/(lib\/progress|lib\/ui|routes)\//.test(edge.target) &&
        !edge.typeOnly
      )
        problems.push({
          ...at,
          rule: 'scenes, drills and the quiz engine stay pure: no progress, interface or route imports',
        });
    }
  }

  // Browser code never reaches a build-time module (one that imports node:…), even through others.
  const nodeOnly = new Map<string, boolean>();
  const reachesNode = (file: string, seen: Set<string>): boolean => {
    const known = nodeOnly.get(file);
    if (known !== undefined) return known;
    if (seen.has(file)) return false;
    seen.add(file);
    const node = byFile.get(file);
    const result =
      !!node &&
      node.imports.some(
        (edge) =>
          !edge.typeOnly &&
          (edge.specifier.startsWith('node:') || (edge.target !== null && reachesNode(edge.target, seen))),
      );
    nodeOnly.set(file, result);
    return result;
  };
  for (const node of graph.filter((entry) => isBrowserRoot(entry.file)))
    for (const edge of node.imports)
      if (!edge.typeOnly && edge.target && reachesNode(edge.target, new Set()))
        problems.push({
          file: node.file,
          line: edge.line,
          specifier: edge.specifier,
          rule: 'browser code never imports build-time code (modules that use node:)',
        });

  // No import cycle. A type-only import counts too: erased at build, it still ties the two parts
  // together (the course and quiz loaders once imported each other that way).
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const edge of byFile.get(file)?.imports ?? []) {
      if (!edge.target || !byFile.has(edge.target)) continue;
      const seen = state.get(edge.target);
      if (seen === 'open') {
        const cycle = [...stack.slice(stack.indexOf(edge.target)), edge.target];
        problems.push({
          file,
          line: edge.line,
          specifier: edge.specifier,
          rule: `import cycle: ${cycle.join(' → ')}`,
        });
      } else if (seen === undefined) visit(edge.target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const node of graph) if (!state.has(node.file)) visit(node.file);

  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
}
