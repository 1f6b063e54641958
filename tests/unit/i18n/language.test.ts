// The interface language: setLanguage() switches what every message function returns, in place
// (no reload, nothing stored), and the languages are the inlang project's.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  getLocale,
  isLanguage,
  language,
  languages,
  pageLang,
  setLanguage,
} from '../../../src/lib/i18n/language.svelte';
import { m } from '../../../src/lib/i18n/messages';

afterEach(() => {
  setLanguage('en');
  vi.unstubAllGlobals();
});

describe('language', () => {
  it("starts in English, the base language, with the inlang project's languages", () => {
    const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8'));
    expect(language.current).toBe('en');
    expect(settings.baseLocale).toBe('en');
    expect(languages).toEqual(settings.locales);
    expect(m.skip_to_content()).toBe('Skip to content');
  });

  it('switches every message to Spanish without reloading or storing anything', () => {
    const reload = vi.fn();
    const storage = { setItem: vi.fn() };
    vi.stubGlobal('window', { location: { href: 'http://lms.test/course/index.html#/', reload } });
    vi.stubGlobal('localStorage', storage);
    vi.stubGlobal('document', { cookie: '' });
    setLanguage('es');
    expect(language.current).toBe('es');
    expect(getLocale()).toBe('es');
    expect(m.skip_to_content()).toBe('Saltar al contenido');
    expect(m.presenter_step_count({ current: 2, total: 9 })).toBe('Paso 2 de 9');
    expect(reload).not.toHaveBeenCalled();
    expect(storage.setItem).not.toHaveBeenCalled();
    expect(document.cookie).toBe('');
    setLanguage('en');
    expect(m.presenter_step_count({ current: 2, total: 9 })).toBe('Step 2 of 9');
  });

  it('still lets one call ask for a language of its own', () => {
    expect(m.skip_to_content({}, { locale: 'es' })).toBe('Saltar al contenido');
    expect(language.current).toBe('en');
  });

  it('refuses a language the interface does not have', () => {
    expect(isLanguage('es')).toBe(true);
    expect(isLanguage('es-US')).toBe(false);
    expect(isLanguage(undefined)).toBe(false);
    // @ts-expect-error: 'fr' is not a course language
    expect(() => setLanguage('fr')).toThrow('setLanguage: "fr" is not one of en, es');
    expect(language.current).toBe('en');
  });

  it("gives the page's lang attribute for each language: en and es-US", () => {
    expect(pageLang).toEqual({ en: 'en', es: 'es-US' });
  });
});
