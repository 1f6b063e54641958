// Route matcher: the optional first path segment naming a translation of the patient track
// (`#/es/patient/…`); English, the base language, has no segment (docs/architecture.md, "Languages").
import type { ParamMatcher } from '@sveltejs/kit';
import { isTranslationLanguage, type TranslationLanguage } from '$lib/course/translations';

export const match = ((param: string): param is TranslationLanguage =>
  isTranslationLanguage(param)) satisfies ParamMatcher;
