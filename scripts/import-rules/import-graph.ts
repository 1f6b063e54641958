// Reads the import graph of the course's own code with TypeScript's parser (`ts.preProcessFile`): every
// module under src/, scripts/ and lessons/, what it imports, and which of those imports are type-only
// (erased at build, so they never run, though they still tie two parts together). Paths are
// project-relative with `/`.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

export interface ImportEdge {
  /** As written, e.g. `$lib/sims/scene-loop` or `node:fs`. */
  specifier: string;
  /** Project-relative file it resolves to; null for packages, `node:` modules and virtual modules. */
  target: string | null;
  typeOnly: boolean;
  line: number;
}

export interface ModuleNode {
  file: string;
  imports: ImportEdge[];
}

const codeFile = /\.(ts|js|svelte|svx)$/;
const aliases: Record<string, string> = { $lib: 'src/lib', $lessons: 'lessons' };

/** The code parts of a file: a Svelte or mdsvex file's <script> blocks, any other file whole. */
function scriptText(file: string, text: string): string {
  if (!/\.(svelte|svx)$/.test(file)) return text;
  // Keep line numbers: blank out everything outside <script> blocks instead of cutting it.
  let out = '';
  let last = 0;
  for (const match of text.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    const start = (match.index ?? 0) + match[0].indexOf('>') + 1;
    out += text.slice(last, start).replace(/[^\n]/g, ' ') + (match[1] ?? '');
    last = start + (match[1] ?? '').length;
  }
  return out + text.slice(last).replace(/[^\n]/g, ' ');
}

function resolveTarget(root: string, from: string, specifier: string): string | null {
  let base: string | null = null;
  if (specifier.startsWith('.')) base = resolve(root, dirname(from), specifier);
  for (const [alias, dir] of Object.entries(aliases))
    if (specifier === alias || specifier.startsWith(`${alias}/`))
      base = resolve(root, dir, specifier.slice(alias.length + 1));
  if (base === null) return null;
  const tries = [base, `${base}.ts`, `${base}.js`, `${base}.svelte.ts`, join(base, 'index.ts')];
  const found = tries.find((path) => existsSync(path) && statSync(path).isFile()) ?? base;
  return relative(root, found).split('\\').join('/');
}

function lineOf(text: string, position: number): number {
  return text.slice(0, position).split('\n').length;
}

/** Parses one file's imports (exported for the rule tests' fixtures). */
export function readModule(root: string, file: string, text: string): ModuleNode {
  const code = scriptText(file, text);
  const info = ts.preProcessFile(code, true, true);
  const imports = info.importedFiles.map((entry): ImportEdge => {
    const statementStart = Math.max(
      code.lastIndexOf('import', entry.pos),
      code.lastIndexOf('export', entry.pos),
    );
    const statement = code.slice(statementStart, entry.pos);
    return {
      specifier: entry.fileName,
      target: resolveTarget(root, file, entry.fileName),
      typeOnly: /^(?:import|export)\s+type\b/.test(statement),
      line: lineOf(code, entry.pos),
    };
  });
  return { file, imports };
}

/** Every code file under the given project-relative folders, parsed. */
export function readImportGraph(root: string, folders: readonly string[]): ModuleNode[] {
  return folders.flatMap((folder) => {
    const dir = join(root, folder);
    if (!existsSync(dir)) return [];
    return readdirSync(dir, { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && codeFile.test(entry.name) && !entry.name.endsWith('.d.ts'))
      .map((entry) => {
        const file = relative(root, join(entry.parentPath, entry.name)).split('\\').join('/');
        return readModule(root, file, readFileSync(join(root, file), 'utf8'));
      });
  });
}
