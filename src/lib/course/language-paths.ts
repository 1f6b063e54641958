// Where each page lives in each language. English, the base, has no language segment; a translation
// of the patient track lives under its language's segment, the same path after it: `#/es/patient/…`,
// `#/es/present/patient/…`, `#/es/handout`, `#/es/glossary` (the terms its pages mark), `#/es/session`
// (the teaching session summary) and `#/es` for the Spanish course home (the patient track). The
// nursing track and the other pages stay English (docs/architecture.md, "Languages").
import {
  isTranslationLanguage,
  translatedTrack,
  type PageLanguage,
  type TranslationLanguage,
} from './translations.ts';

const translatable = [
  /^\/$/,
  new RegExp(`^/${translatedTrack}/?$`),
  new RegExp(`^/${translatedTrack}/[^/]+/?$`),
  new RegExp(`^/present/${translatedTrack}/[^/]+/?$`),
  /^\/handout\/?$/,
  /^\/glossary\/?$/,
  /^\/session\/?$/,
];

/** `/es/patient/x` → `{ language: 'es', rest: '/patient/x' }`; `/es` → `{ 'es', '/' }`; English as is. */
export function splitLanguage(path: string): { language: PageLanguage; rest: string } {
  const match = /^\/([a-z]{2})(\/.*)?$/.exec(path);
  const tag = match?.[1];
  if (!match || !isTranslationLanguage(tag)) return { language: 'en', rest: path };
  return { language: tag, rest: match[2] || '/' };
}

/** True when the page at `path` (in any language) is also shown in the translations. */
export function isTranslatable(path: string): boolean {
  const { rest } = splitLanguage(path);
  return translatable.some((pattern) => pattern.test(rest));
}

/** The same page in `target`, or null when that page is English only. */
export function pathInLanguage(path: string, target: PageLanguage): string | null {
  const { language, rest } = splitLanguage(path);
  if (!isTranslatable(path)) return null;
  if (target === 'en') return rest === '/' && language !== 'en' ? `/${translatedTrack}` : rest;
  return rest === '/' ? `/${target}` : `/${target}${rest}`;
}

/** An English path written for `language`: `/patient/x` → `/es/patient/x` (English: unchanged). */
export function inLanguage(path: string, language: PageLanguage): string {
  if (language === 'en') return path;
  return path === '/' ? `/${language}` : `/${language satisfies TranslationLanguage}${path}`;
}
