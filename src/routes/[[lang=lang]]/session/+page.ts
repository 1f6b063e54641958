// Session summary data: the teach-back of every patient lesson (validated when the course is built), in
// the language the address names: `#/session` reads teach-back.yaml, `#/es/session` its Spanish sibling
// (same point ids, so the ticks of this tab's session show in either language).
import { lessonsInTrack } from '$lib/course/outline';
import { translatedTrack } from '$lib/course/translations';
import { translationFor } from '$lib/course/translation-outline';
import type { TeachBack } from '$lib/teach-back/schema';
import { teachBackFileOf } from '$lib/teach-back/teach-back-file';
import type { PageLoad } from './$types';

const teachBacks = import.meta.glob<{ default: TeachBack }>('/lessons/*/teach-back*.yaml');

export const load: PageLoad = async ({ params }) => {
  const { language, outline } = await translationFor(params.lang, translatedTrack);
  const lessons = await Promise.all(
    lessonsInTrack(translatedTrack, outline?.lessons).map(async (lesson) => {
      const loadOne = teachBacks[`/${teachBackFileOf(lesson.meta.file)}`];
      return { ...lesson, teachBack: loadOne ? (await loadOne()).default : null };
    }),
  );
  return { language, outline, lessons };
};
