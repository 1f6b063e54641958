// The interface language: setLanguage() switches what every message function returns, in place
// (no reload, nothing stored), and Paraglide's own setLocale goes through the same rune.
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  language,
  languages,
  pageLang,
  setLanguage,
  isLanguage,
} from '../../../src/lib/i18n/language.svelte';
import { m } from '../../../src/lib/i18n/messages';
import { getLocale, setLocale } from '../../../src/lib/paraglide/runtime.js';

afterEach(() => {
  setLanguage('en');
  vi.unstubAllGlobals();
});

describe('language', () => {
  it('starts in English, the base language, with English and Spanish available', () => {
    expect(language.current).toBe('en');
    expect(languages).toEqual(['en', 'es']);
    expect(m.skip_to_content()).toBe('Skip to content');
  });

  it('switches every message and getLocale() to Spanish without reloading or storing anything', () => {
    const reload = vi.fn();
    const storage = { setItem: vi.fn() };
    vi.stubGlobal('window', { location: { href: 'http://lms.test/course/index.html#/', reload } });
    vi.stubGlobal('localStorage', storage);
    vi.stubGlobal('document', { cookie: '' });
    setLanguage('es');
    expect(language.current).toBe('es');
    expect(getLocale()).toBe('es');
    expect(m.skip_to_content()).toBe('Saltar al contenido');
    expect(reload).not.toHaveBeenCalled();
    expect(storage.setItem).not.toHaveBeenCalled();
    expect(document.cookie).toBe('');
  });

  it("routes Paraglide's setLocale (which would reload by default) to the same in-place switch", () => {
    const reload = vi.fn();
    vi.stubGlobal('window', { location: { href: 'http://lms.test/course/index.html#/', reload } });
    void setLocale('es');
    expect(language.current).toBe('es');
    expect(m.skip_to_content()).toBe('Saltar al contenido');
    expect(reload).not.toHaveBeenCalled();
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
