// The course's name and a track's name for a page in its language: a translation's own words
// (lessons/course.es.yaml) where it has them, else course.yaml's English, with the lang that marks
// English on a translated page (WCAG 3.1.2).
import type { TranslationOutline } from './course-content';
import { course, trackInfo } from './outline';
import type { TrackId } from './schemas';
import { translatedTrack } from './translations';

export interface Words {
  title: string;
  description: string;
  /** The passage's lang attribute: undefined when the words are in the page's language. */
  lang: 'en' | undefined;
}

/** The course's title and description; `outline` is the page's translation (null: English page). */
export function courseWords(outline: TranslationOutline | null | undefined): Words {
  const translated = outline?.course;
  if (translated) return { title: translated.title, description: translated.description, lang: undefined };
  return { title: course.title, description: course.description, lang: outline ? 'en' : undefined };
}

/** A track's name and description, translated when the page's translation names that track. */
export function trackWords(outline: TranslationOutline | null | undefined, track: TrackId): Words {
  const translated = track === translatedTrack ? outline?.course?.tracks[translatedTrack] : undefined;
  if (translated) return { ...translated, lang: undefined };
  const english = trackInfo(track);
  return {
    title: english?.title ?? track,
    description: english?.description ?? '',
    lang: outline ? 'en' : undefined,
  };
}
