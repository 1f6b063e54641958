// The learner's interface language as a rune: setLanguage() switches every message on the page at
// once, without a reload (an LMS iframe would lose its SCORM session), a cookie or a URL change.
import {
  baseLocale,
  locales,
  overwriteGetLocale,
  overwriteSetLocale,
  type Locale,
} from '../paraglide/runtime.js';

export type Language = Locale;

/** The languages the interface is written in, base (English) first. */
export const languages: readonly Language[] = locales;

/** The page's `lang` attribute for each language (WCAG 3.1.1 Language of Page): Spanish is es-US. */
export const pageLang: Record<Language, string> = { en: 'en', es: 'es-US' };

let current = $state<Language>(baseLocale);

// Why getLocale reads the rune, rather than setLocale(x, { reload: false }) alone: Paraglide's
// message functions call getLocale() each time they run, and its own locale is a plain variable that
// Svelte cannot track, so `{m.key()}` would keep the old words until something else re-rendered it.
// Reading a $state inside getLocale makes every template expression and $derived that calls a
// message depend on the language, and Svelte 5 re-runs exactly those when it changes. Passing
// `{ locale }` to every call would do the same at each of hundreds of call sites.
overwriteGetLocale(() => current);
// Paraglide's own setLocale (reload, cookie, URL) is never what the course wants; route it here.
overwriteSetLocale((next) => setLanguage(next));

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
