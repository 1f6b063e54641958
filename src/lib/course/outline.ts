// Read-only questions about the course outline, answered from the build-time `virtual:course` data.
import content from 'virtual:course';
import type { LessonEntry, LessonTrackMeta } from './course-content';
import type { TrackId } from './schemas';

export const course = content.course;
export const lessons: LessonEntry[] = content.lessons;

export interface LessonInTrack {
  slug: string;
  number: number;
  meta: LessonTrackMeta;
}

/**
 * The lessons available in a track, in course order; with `translated` (a translation's pages by
 * folder), each lesson's page in that language.
 */
export function lessonsInTrack(
  track: TrackId,
  translated?: Readonly<Record<string, LessonTrackMeta>>,
): LessonInTrack[] {
  return lessons.flatMap((lesson) => {
    const meta = translated ? translated[lesson.slug] : lesson.tracks[track];
    return meta ? [{ slug: lesson.slug, number: lesson.number, meta }] : [];
  });
}

export function trackInfo(track: TrackId) {
  return course.tracks.find((t) => t.id === track);
}

export function minutesInTrack(track: TrackId): number {
  return lessonsInTrack(track).reduce((sum, lesson) => sum + lesson.meta.minutes, 0);
}
