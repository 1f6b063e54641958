// The course's and a track's name on a page: the translation's own words from lessons/course.es.yaml on a
// Spanish page, course.yaml's English (marked lang="en", WCAG 3.1.2) where the translation has none, and
// plain English on an English page. Expected words are read from the YAML files themselves.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { TranslationOutline } from '../../../src/lib/course/course-content';
import { courseWords, trackWords } from '../../../src/lib/course/course-words';

interface Named {
  title: string;
  description: string;
}
const english = parse(readFileSync('lessons/course.yaml', 'utf8')) as Named & {
  tracks: (Named & { id: string })[];
};
const spanish = parse(readFileSync('lessons/course.es.yaml', 'utf8')) as Named & {
  tracks: { patient: Named };
};
const englishTrack = (id: string) => english.tracks.find((t) => t.id === id);
const withWords = { lessons: {}, handout: null, course: spanish } as unknown as TranslationOutline;
const withoutWords = { lessons: {}, handout: null, course: null } as unknown as TranslationOutline;

describe('course words', () => {
  it('names the course in English on an English page, with no lang of its own', () => {
    expect(courseWords(null)).toEqual({
      title: english.title,
      description: english.description,
      lang: undefined,
    });
    expect(trackWords(undefined, 'nursing')).toEqual({ ...pick(englishTrack('nursing')), lang: undefined });
  });

  it('names the course and the patient track in Spanish on a Spanish page', () => {
    expect(courseWords(withWords)).toEqual({
      title: spanish.title,
      description: spanish.description,
      lang: undefined,
    });
    expect(trackWords(withWords, 'patient')).toEqual({ ...spanish.tracks.patient, lang: undefined });
    expect(spanish.title).not.toBe(english.title);
  });

  it('marks English words lang="en" on a Spanish page that has no words for them', () => {
    expect(trackWords(withWords, 'nursing')).toEqual({ ...pick(englishTrack('nursing')), lang: 'en' });
    expect(courseWords(withoutWords)).toEqual({
      title: english.title,
      description: english.description,
      lang: 'en',
    });
  });
});

function pick(track: Named | undefined): Named {
  if (!track) throw new Error('course.yaml has no such track');
  return { title: track.title, description: track.description };
}
