// Which course files have a translated version and how those are named: the patient track, its
// handout, glossary and the data its pages embed have a Spanish (es-US) sibling named `<name>.es.<ext>`
// beside the English file (README, "Spanish patient track"). Pure data and string rules, so the build,
// the routes and the language switch share one naming (no node: imports).

/** The languages a translated course file may be written in, besides English (the base). */
export const translationLanguages = ['es'] as const;
export type TranslationLanguage = (typeof translationLanguages)[number];
/** Every language a page can be shown in: English, the base, and the translations. */
export type PageLanguage = 'en' | TranslationLanguage;

/** The track whose pages are translated; the nursing track stays English. */
export const translatedTrack = 'patient';
/** The course pages outside the lesson folders that are translated with that track. */
export const translatedPages = ['lessons/handout.svx'] as const;

/** The name each language goes by in the language switch, in its own language. */
export const languageName: Record<PageLanguage, string> = { en: 'English', es: 'Español' };

export function isTranslationLanguage(value: unknown): value is TranslationLanguage {
  return (translationLanguages as readonly unknown[]).includes(value);
}

/** `lessons/x/patient.svx` → `lessons/x/patient.es.svx`; `self-check.yaml` → `self-check.es.yaml`. */
export function translatedName(file: string, language: TranslationLanguage): string {
  return file.replace(/(\.[a-z]+)$/, `.${language}$1`);
}

/** The language a file name is written in: `patient.es.svx` → `es`; an English file → null. */
export function languageOfFile(file: string): TranslationLanguage | null {
  const tag = /\.([a-z]{2})\.[a-z]+$/.exec(file)?.[1];
  return isTranslationLanguage(tag) ? tag : null;
}

/** The English file a translated one stands beside: `patient.es.svx` → `patient.svx`. */
export function baseName(file: string): string {
  return file.replace(/\.[a-z]{2}(\.[a-z]+)$/, '$1');
}

/** The module that serves a translated track's lesson frontmatter to its pages (vite-plugin-course.ts). */
export const translationModule = (language: TranslationLanguage) => `virtual:translation/${language}`;
