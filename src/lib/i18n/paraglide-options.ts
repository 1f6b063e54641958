// The Paraglide compiler options of the course (compile-messages.ts): where the inlang project is,
// where the message modules go, and how the runtime finds the language.
import type { CompilerOptions } from '@inlang/paraglide-js';

export const paraglideOptions = {
  project: './project.inlang',
  outdir: './src/lib/paraglide',
  // The course runs inside LMS iframes and from file://: no cookie, no URL prefix, no reload. The
  // language lives in a rune (language.svelte.ts overwrites getLocale), so this order only matters
  // before that module loads; it never stores anything.
  strategy: ['globalVariable', 'baseLocale'],
  // Vite's own flag, so server-only runtime branches are dropped from the client bundle.
  isServer: 'import.meta.env.SSR',
  emitReadme: false,
} satisfies CompilerOptions;
