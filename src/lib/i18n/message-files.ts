// Reads the interface-text message files named by the inlang project settings (one JSON file per
// language) for the build-time parity check. Node only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface MessageFile {
  locale: string;
  /** Path from the project root, as the build prints it. */
  file: string;
  /** The parsed messages; absent when the file could not be read (see `problem`). */
  messages?: Record<string, unknown>;
  problem?: string;
}

interface ProjectSettings {
  baseLocale: string;
  locales: string[];
  'plugin.inlang.messageFormat': { pathPattern: string };
}

/** Every language's message file, base language first, from the settings in `root`/`project`. */
export function readMessageFiles(root: string, project: string): MessageFile[] {
  const settings = JSON.parse(readFileSync(join(root, project, 'settings.json'), 'utf8')) as ProjectSettings;
  const pattern = settings['plugin.inlang.messageFormat'].pathPattern;
  const locales = [settings.baseLocale, ...settings.locales.filter((l) => l !== settings.baseLocale)];
  return locales.map((locale) => {
    const file = pattern.replace('{locale}', locale).replace(/^\.\//, '');
    const path = join(root, file);
    if (!existsSync(path)) return { locale, file, problem: 'the file does not exist' };
    try {
      const parsed: unknown = JSON.parse(readFileSync(path, 'utf8'));
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
        return { locale, file, problem: 'the file must hold one JSON object of messages' };
      return { locale, file, messages: parsed as Record<string, unknown> };
    } catch (error) {
      return { locale, file, problem: `not valid JSON: ${(error as Error).message}` };
    }
  });
}
