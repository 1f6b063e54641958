// Glossary page data: the terms in the language its address names (`#/glossary`, `#/es/glossary`).
import { translationFor } from '$lib/course/translation-outline';
import { glossaryIn } from '$lib/glossary/glossary-in';
import type { PageLoad } from './$types';

export const load: PageLoad = async ({ params }) => {
  const { language, outline } = await translationFor(params.lang);
  return { language, outline, entries: await glossaryIn(language) };
};
