// Vite plugin for the interface text (lessons/messages/*.json): when the build, the dev server or
// Vitest starts, it stops with the file and the key if a message is missing or malformed in one
// language (Paraglide alone would only warn and show English), then compiles the messages into
// src/lib/paraglide. In development an edited message file is checked and compiled again. The
// message modules read the language from the course's rune (language.svelte.ts) instead of
// Paraglide's runtime, which the course never needs in the browser.
import { dirname, relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { compileMessages } from './compile-messages.ts';

export function messagesPlugin(root = process.cwd()): Plugin {
  const messagesDir = resolve(root, 'lessons/messages');
  const compiledMessagesDir = resolve(root, 'src/lib/paraglide/messages');
  const languageModule = resolve(root, 'src/lib/i18n/language.svelte.ts');
  return {
    name: 'herceptin-course-messages',
    enforce: 'pre',
    buildStart() {
      try {
        compileMessages(root);
      } catch (error) {
        this.error((error as Error).message);
      }
      this.addWatchFile(messagesDir);
    },
    resolveId(source, importer) {
      if (source !== '../runtime.js' || !importer) return undefined;
      return dirname(importer.split('?')[0]!) === compiledMessagesDir ? languageModule : undefined;
    },
    handleHotUpdate({ file, server }) {
      if (relative(messagesDir, file).startsWith('..')) return;
      try {
        compileMessages(root);
      } catch (error) {
        server.config.logger.error((error as Error).message);
      }
    },
  };
}
