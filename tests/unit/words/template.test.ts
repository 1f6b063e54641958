// Sentence templates from lessons/: slots are filled, plural choices follow the count, and a template
// that uses a slot the code does not fill is rejected with its name.
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { fillTemplate, templateField, templateSlots } from '../../../src/lib/words/template';

describe('fillTemplate', () => {
  it('puts each value in its slot', () => {
    expect(
      fillTemplate('{bound} of {surface} receptors ({percent}%)', { bound: 3, surface: 16, percent: 19 }),
    ).toBe('3 of 16 receptors (19%)');
  });

  it('picks the singular word for exactly 1 and the plural word otherwise', () => {
    const template = '{pairs} {pairs:pair|pairs} switched on';
    expect(fillTemplate(template, { pairs: 1 })).toBe('1 pair switched on');
    expect(fillTemplate(template, { pairs: 0 })).toBe('0 pairs switched on');
    expect(fillTemplate(template, { pairs: 12 })).toBe('12 pairs switched on');
    expect(fillTemplate('{n} cell {n:division|divisions}', { n: '1' })).toBe('1 cell division');
  });

  it('leaves a slot it has no value for as written, so a gap is visible in review', () => {
    expect(fillTemplate('{a} and {b}', { a: 'x' })).toBe('x and {b}');
  });
});

describe('templateField', () => {
  const field = templateField(['count', 'lane']);

  it('lists the slots a template uses, each once', () => {
    expect(templateSlots('{count} {count:a|b} on {lane}')).toEqual(['count', 'lane']);
  });

  it('accepts a template that uses only known slots, or none', () => {
    expect(v.safeParse(field, '{count} signals on {lane}').success).toBe(true);
    expect(v.safeParse(field, 'No slots at all').success).toBe(true);
  });

  it('rejects an unknown slot, naming it and the slots allowed', () => {
    const result = v.safeParse(field, '{cuont} signals');
    expect(result.success).toBe(false);
    expect(result.issues?.[0]?.message).toBe('unknown slot {cuont}; this text may use {count}, {lane}');
  });

  it('rejects an empty text', () => {
    expect(v.safeParse(field, '').issues?.[0]?.message).toBe('must not be empty');
  });
});
