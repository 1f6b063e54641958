// Every interface message exists in every language, as a non-empty text with the same {placeholders}.
// Paraglide only warns about a missing translation and shows the English words instead; a Spanish
// learner would then meet English mid-page, so the build stops with the file and the key.
import type { MessageFile } from './message-files.ts';

/** The inlang message format's own field, not a message. */
const schemaKey = '$schema';

const placeholders = (text: string) => [...text.matchAll(/\{\s*([\w-]+)\s*\}/g)].map((m) => m[1]).sort();

/** One problem per line: `file: "key": reason`. Empty when every language has every message. */
export function checkMessageParity(files: readonly MessageFile[]): string[] {
  const problems: string[] = [];
  const readable = files.filter((entry) => {
    if (entry.messages) return true;
    problems.push(`${entry.file}: (file): ${entry.problem ?? 'cannot be read'}`);
    return false;
  });
  const keysOf = (entry: MessageFile) => Object.keys(entry.messages!).filter((key) => key !== schemaKey);
  const allKeys = [...new Set(readable.flatMap(keysOf))];

  for (const key of allKeys) {
    const holders = readable.filter((entry) => Object.hasOwn(entry.messages!, key));
    for (const entry of readable) {
      if (!holders.includes(entry)) {
        problems.push(
          `${entry.file}: "${key}": missing; ${holders.map((h) => h.file).join(', ')} has it, so every language needs it`,
        );
        continue;
      }
      const value = entry.messages![key];
      if (typeof value !== 'string') {
        // The inlang variant form (plurals) is an array of variant objects; anything else is a mistake.
        if (!Array.isArray(value))
          problems.push(`${entry.file}: "${key}": must be a text (or the inlang variant list)`);
        continue;
      }
      if (value.trim() === '') problems.push(`${entry.file}: "${key}": the text is empty`);
    }
    // The same placeholders in every language, so a message never prints "{n}" or drops a number.
    const texts = holders.filter((entry) => typeof entry.messages![key] === 'string');
    const [first, ...rest] = texts;
    if (!first) continue;
    const expected = placeholders(first.messages![key] as string).join(', ');
    for (const entry of rest) {
      const found = placeholders(entry.messages![key] as string).join(', ');
      if (found !== expected)
        problems.push(
          `${entry.file}: "${key}": placeholders {${found}} differ from ${first.file}'s {${expected}}`,
        );
    }
  }
  return problems;
}
