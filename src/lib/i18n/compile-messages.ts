// Checks the interface messages in every language (message-parity.ts), then compiles them with
// Paraglide into src/lib/paraglide. Build-time only; the Vite plugin and `npm run check` call it.
import { spawnSync } from 'node:child_process';
import { readMessageFiles } from './message-files.ts';
import { checkMessageParity } from './message-parity.ts';
import { paraglideOptions } from './paraglide-options.ts';

// Paraglide's compiler runs in a child process: the inlang project it opens leaves 30-second timers
// behind (its storage engine's), which would hold every build, test run and check open for that long
// after its work is done; the child exits as soon as the files are written.
const compileInChild = `
import { compile } from '@inlang/paraglide-js';
await compile(JSON.parse(process.argv[1]));
process.exit(0);
`;

/** Problems (file: "key": reason) that stop the build; empty when the messages are in order. */
export function messageProblems(root: string): string[] {
  return checkMessageParity(readMessageFiles(root, paraglideOptions.project));
}

/**
 * Checks, then compiles. Throws with every problem (file and key) when a message is missing or
 * malformed in a language, or with the compiler's output when Paraglide fails.
 */
export function compileMessages(root: string): void {
  const problems = messageProblems(root);
  if (problems.length > 0)
    throw new Error(`Interface messages differ between languages:\n${problems.join('\n')}`);
  const child = spawnSync(
    process.execPath,
    ['--input-type=module', '--eval', compileInChild, JSON.stringify(paraglideOptions)],
    { cwd: root, encoding: 'utf8' },
  );
  // Paraglide reports a message it cannot parse as a warning and carries on; treat it as a failure.
  const output = `${child.stdout}${child.stderr}`;
  if (child.status !== 0 || /\bWARN\b|Error/.test(output))
    throw new Error(`Paraglide could not compile the interface messages:\n${output.trim()}`);
}
