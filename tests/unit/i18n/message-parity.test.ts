// A message present in one language file and missing in the other stops the build, naming the file
// and the key; so do an empty text, mismatched {placeholders} and an unreadable file.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'vite';
import { afterEach, describe, expect, it } from 'vitest';
import { readMessageFiles } from '../../../src/lib/i18n/message-files';
import { checkMessageParity } from '../../../src/lib/i18n/message-parity';
import { messagesPlugin } from '../../../src/lib/i18n/vite-plugin-messages';

const schema = 'https://inlang.com/schema/inlang-message-format';
let roots: string[] = [];

/** A throw-away project with the course's inlang settings and the given message files. */
function project(files: Record<string, unknown>): string {
  const root = mkdtempSync(join(tmpdir(), 'course-messages-'));
  roots.push(root);
  mkdirSync(join(root, 'project.inlang'));
  mkdirSync(join(root, 'lessons/messages'), { recursive: true });
  writeFileSync(
    join(root, 'project.inlang/settings.json'),
    JSON.stringify({
      baseLocale: 'en',
      locales: ['en', 'es'],
      modules: ['./node_modules/@inlang/plugin-message-format/dist/index.js'],
      'plugin.inlang.messageFormat': { pathPattern: './lessons/messages/{locale}.json' },
    }),
  );
  for (const [locale, content] of Object.entries(files))
    writeFileSync(
      join(root, `lessons/messages/${locale}.json`),
      typeof content === 'string' ? content : JSON.stringify(content),
    );
  // The compiler and its message-format plugin, as in the course.
  symlinkSync(join(process.cwd(), 'node_modules'), join(root, 'node_modules'), 'dir');
  return root;
}
const problemsIn = (root: string) => checkMessageParity(readMessageFiles(root, 'project.inlang'));

afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

describe('checkMessageParity', () => {
  it('passes when both languages hold the same keys with texts', () => {
    const root = project({
      en: { $schema: schema, next: 'Next', step: 'Step {n} of {total}' },
      es: { $schema: schema, next: 'Siguiente', step: 'Paso {n} de {total}' },
    });
    expect(problemsIn(root)).toEqual([]);
  });

  it('names the Spanish file and the key English has and Spanish lacks', () => {
    const root = project({
      en: { $schema: schema, next: 'Next', back: 'Back' },
      es: { $schema: schema, next: 'Siguiente' },
    });
    expect(problemsIn(root)).toEqual([
      'lessons/messages/es.json: "back": missing; lessons/messages/en.json has it, so every language needs it',
    ]);
  });

  it('names the English file and the key only Spanish has', () => {
    const root = project({
      en: { $schema: schema, next: 'Next' },
      es: { $schema: schema, next: 'Siguiente', atras: 'Atrás' },
    });
    expect(problemsIn(root)).toEqual([
      'lessons/messages/en.json: "atras": missing; lessons/messages/es.json has it, so every language needs it',
    ]);
  });

  it('refuses an empty text and placeholders that differ between languages', () => {
    const root = project({
      en: { next: 'Next', step: 'Step {n} of {total}' },
      es: { next: '  ', step: 'Paso {n}' },
    });
    expect(problemsIn(root)).toEqual([
      'lessons/messages/es.json: "next": the text is empty',
      `lessons/messages/es.json: "step": placeholders {n} differ from lessons/messages/en.json's {n, total}`,
    ]);
  });

  it('names a file that is missing or not valid JSON', () => {
    expect(problemsIn(project({ en: { next: 'Next' } }))).toEqual([
      'lessons/messages/es.json: (file): the file does not exist',
    ]);
    const [problem] = problemsIn(project({ en: { next: 'Next' }, es: '{ "next": ' }));
    expect(problem).toMatch(/^lessons\/messages\/es\.json: \(file\): not valid JSON: /);
  });
});

describe('messagesPlugin', () => {
  /** Builds a one-line entry with only the parity plugin; returns the error message, or null. */
  async function buildError(root: string): Promise<string | null> {
    writeFileSync(join(root, 'entry.js'), 'export const x = 1;\n');
    try {
      await build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [messagesPlugin(root)],
        build: { write: false, lib: { entry: join(root, 'entry.js'), formats: ['es'] } },
      });
      return null;
    } catch (error) {
      return (error as Error).message;
    }
  }

  it('fails the build with the file and the missing key', async () => {
    const root = project({ en: { next: 'Next', back: 'Back' }, es: { next: 'Siguiente' } });
    const message = await buildError(root);
    expect(message).toContain('Interface messages differ between languages:');
    expect(message).toContain('lessons/messages/es.json: "back": missing');
  });

  it('lets the build through when every language has every message, and compiles them', async () => {
    const root = project({ en: { next: 'Next' }, es: { next: 'Siguiente' } });
    expect(await buildError(root)).toBeNull();
    const compiled = readFileSync(join(root, 'src/lib/paraglide/messages/next.js'), 'utf8');
    expect(compiled).toContain('`Siguiente`');
    expect(compiled).toContain('`Next`');
  }, 30_000);
});
