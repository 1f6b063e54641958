// `npm run check` step: checks the interface messages in every language (each problem with file and
// key) and compiles them into src/lib/paraglide, so svelte-check types the message functions on a
// fresh clone. Builds, the dev server and Vitest do the same through their Vite plugin.
import { compileMessages } from '../src/lib/i18n/compile-messages.ts';
import { paraglideOptions } from '../src/lib/i18n/paraglide-options.ts';

try {
  compileMessages(process.cwd());
  console.log(`Messages OK: every language has every message; compiled into ${paraglideOptions.outdir}.`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
