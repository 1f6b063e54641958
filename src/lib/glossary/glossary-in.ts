// The glossary a page shows in its language: the English terms (lessons/glossary.yaml), or a
// translation's words for the terms its pages mark (lessons/glossary.<language>.yaml), each its own
// module so a page loads only its language's words.
import type { CourseContent } from '../course/course-content.ts';
import type { PageLanguage, TranslationLanguage } from '../course/translations.ts';

type Glossary = CourseContent['glossary'];

const translated: Record<TranslationLanguage, () => Promise<{ default: Glossary }>> = {
  es: () => import('virtual:glossary/es'),
};

export async function glossaryIn(language: PageLanguage): Promise<Glossary> {
  if (language === 'en') return (await import('virtual:glossary')).default;
  return (await translated[language]()).default;
}
