// What a page needs to show the patient track in the language its address names: the translated
// lessons' frontmatter, loaded lazily (the English pages never download it), or a 404 for a page the
// course has only in English.
import { error } from '@sveltejs/kit';
import type { TranslationOutline } from './course-content';
import type { PageLanguage, TranslationLanguage } from './translations';
import { translatedTrack } from './translations';

// One loader per language, so each translation is its own file, fetched by its pages only.
const outlines: Record<TranslationLanguage, () => Promise<{ default: TranslationOutline | null }>> = {
  es: () => import('virtual:translation/es'),
};

export interface PageTranslation {
  language: PageLanguage;
  /** The translated track's pages, or null on an English page. */
  outline: TranslationOutline | null;
}

/** `lang`: the route's language segment (absent: English); `track`: the route's track, if it has one. */
export async function translationFor(lang: string | undefined, track?: string): Promise<PageTranslation> {
  if (lang === undefined) return { language: 'en', outline: null };
  if (!Object.hasOwn(outlines, lang)) error(404, `There is no "${lang}" version of the course.`);
  if (track !== undefined && track !== translatedTrack) error(404, `The ${track} track is in English only.`);
  const language = lang as TranslationLanguage;
  const outline = (await outlines[language]()).default;
  if (!outline) error(404, `This course has no "${lang}" version.`);
  return { language, outline };
}
