// The Spanish interface text as shipped (lessons/messages/es.json): every message English has is
// there, written out, and translated: a Spanish text equal to the English one is an untranslated
// sentence. Single words and labels (a code such as "OK", a unit) may coincide; sentences may not.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const read = (locale: string) =>
  JSON.parse(readFileSync(`lessons/messages/${locale}.json`, 'utf8')) as Record<string, string>;
const en = read('en');
const es = read('es');
const keys = Object.keys(en).filter((key) => key !== '$schema');

/** Two or more words of letters, once the {placeholders} are taken out. */
const isSentence = (text: string) => (text.replace(/\{[^}]*\}/g, ' ').match(/\p{L}{2,}/gu) ?? []).length >= 2;

describe('Spanish interface messages', () => {
  it('holds the English messages (a few dozen at least: the patient track, shell and presenter)', () => {
    expect(keys.length).toBeGreaterThan(100);
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort());
  });

  it.each(keys)('%s is a non-empty Spanish text', (key) => {
    expect(typeof es[key]).toBe('string');
    expect(es[key]!.trim().length).toBeGreaterThan(0);
  });

  it.each(keys.filter((key) => isSentence(en[key]!)))('%s is translated, not the English sentence', (key) => {
    expect(es[key]).not.toBe(en[key]);
  });

  it('speaks to the learner with usted, never tú', () => {
    const tu = /\b(tú|tu|tus|puedes|quieres|estabas|elige|escribe|imprime|cierra)\b/iu;
    expect(keys.filter((key) => tu.test(es[key]!))).toEqual([]);
  });
});
