// Session summary data: the teach-back of every patient lesson (validated when the course is built).
import { lessonsInTrack } from '$lib/course/outline';
import type { TeachBack } from '$lib/teach-back/schema';
import { teachBackFile } from '$lib/teach-back/teach-back-file';
import type { PageLoad } from './$types';

const teachBacks = import.meta.glob<{ default: TeachBack }>('/lessons/*/teach-back.yaml');

export const load: PageLoad = async () => {
  const lessons = await Promise.all(
    lessonsInTrack('patient').map(async (lesson) => {
      const loadOne = teachBacks[`/lessons/${lesson.slug}/${teachBackFile}`];
      return { ...lesson, teachBack: loadOne ? (await loadOne()).default : null };
    }),
  );
  return { lessons };
};
