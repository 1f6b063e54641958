// The learner's interface language as a rune: setLanguage() switches every message on the page at
// once, without a reload (an LMS iframe would lose its SCORM session), a cookie or a URL change.
import type { Locale } from '../paraglide/runtime.js';

export type Language = Locale;

/** The languages the interface is written in, base (English) first (project.inlang/settings.json). */
export const languages: readonly Language[] = ['en', 'es'];

/** The page's `lang` attribute for each language (WCAG 3.1.1 Language of Page): Spanish is es-US. */
export const pageLang: Record<Language, string> = { en: 'en', es: 'es-US' };

let current = $state<Language>('en');

/** The current interface language; reading it in a template or $derived tracks it. */
export const language = {
  get current(): Language {
    return current;
  },
};

/** Whether `value` is a language the interface has (for a saved or requested language). */
export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

/** Switches the interface language in place; nothing reloads, nothing is stored. */
export function setLanguage(next: Language): void {
  if (!isLanguage(next))
    throw new Error(`setLanguage: "${String(next)}" is not one of ${languages.join(', ')}`);
  current = next;
}

// What Paraglide's message modules import from its runtime: the build points their `../runtime.js`
// here (vite-plugin-messages.ts). Why a rune, rather than setLocale(x, { reload: false }): each
// message function calls getLocale() when it runs, and Paraglide's own locale is a plain variable
// Svelte cannot track, so `{m.key()}` would keep the old words until something else re-rendered it.
// Reading $state inside getLocale makes every template expression and $derived that calls a message
// depend on the language, and Svelte 5 re-runs exactly those when it changes (passing `{ locale }`
// at each of a hundred call sites would do the same, less safely). Paraglide's runtime, with its
// cookie, URL and reload strategies, then never reaches the browser: 2 KiB less on the course home.

/** The language every message function uses when it is not given one. */
export const getLocale = (): Language => current;
/** Paraglide's per-locale build switch (not used: one build serves both languages). */
export const experimentalStaticLocale: Language | undefined = undefined;
