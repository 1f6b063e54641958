// Which page is which in each language (docs/architecture.md, "Languages"): the patient track, its
// presenter mode, handout, glossary and session summary have Spanish addresses under `/es`; the nursing
// track, quizzes, progress and About stay English, so the switch and the header never lead to a
// Spanish address the course does not have.
import { describe, expect, it } from 'vitest';
import {
  inLanguage,
  isTranslatable,
  pathInLanguage,
  splitLanguage,
} from '../../../src/lib/course/language-paths';

describe('language paths', () => {
  it('reads the language segment off a path', () => {
    expect(splitLanguage('/es/patient/01-her2-biology')).toEqual({
      language: 'es',
      rest: '/patient/01-her2-biology',
    });
    expect(splitLanguage('/es')).toEqual({ language: 'es', rest: '/' });
    expect(splitLanguage('/glossary')).toEqual({ language: 'en', rest: '/glossary' });
    // A two-letter segment the course has no translation for is an English path.
    expect(splitLanguage('/fr/patient')).toEqual({ language: 'en', rest: '/fr/patient' });
  });

  it('translates the patient pages, the handout, the glossary and the session summary only', () => {
    for (const path of [
      '/',
      '/patient',
      '/patient/x',
      '/present/patient/x',
      '/handout',
      '/glossary',
      '/session',
    ])
      expect(isTranslatable(path), path).toBe(true);
    for (const path of [
      '/nursing',
      '/nursing/x',
      '/present/nursing/x',
      '/quiz',
      '/quiz/final',
      '/progress',
      '/about',
    ])
      expect(isTranslatable(path), path).toBe(false);
  });

  it('gives the same page in the other language, or null for an English-only page', () => {
    expect(pathInLanguage('/glossary', 'es')).toBe('/es/glossary');
    expect(pathInLanguage('/es/glossary', 'en')).toBe('/glossary');
    expect(pathInLanguage('/session', 'es')).toBe('/es/session');
    expect(pathInLanguage('/es/session', 'en')).toBe('/session');
    expect(pathInLanguage('/', 'es')).toBe('/es');
    // The Spanish home lists the patient track, so English comes back to that track.
    expect(pathInLanguage('/es', 'en')).toBe('/patient');
    expect(pathInLanguage('/quiz', 'es')).toBeNull();
  });

  it('writes an English path for a language', () => {
    expect(inLanguage('/glossary', 'es')).toBe('/es/glossary');
    expect(inLanguage('/', 'es')).toBe('/es');
    expect(inLanguage('/glossary', 'en')).toBe('/glossary');
  });
});
