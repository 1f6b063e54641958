// Sentences with slots, written in lessons/ YAML and filled in by the code that knows the numbers:
// `{bound} of {surface} receptors` puts values in; `{pairs:pair|pairs}` picks the singular or plural word
// for the count in `pairs`. The schema helper checks every slot against the names the code supplies, so a
// misspelt slot fails the build with the field and the slot's name instead of showing braces to a learner.
import * as v from 'valibot';

const slotPattern = /\{(\w+)(?::([^{}|]*)\|([^{}]*))?\}/g;

export type TemplateValues = Readonly<Record<string, string | number>>;

/** The slot names a template uses, in order of first use. */
export function templateSlots(template: string): string[] {
  return [...new Set([...template.matchAll(slotPattern)].map((match) => match[1] ?? ''))];
}

/** Fills every slot; a number is shown as written by the caller (format it first where it matters). */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(slotPattern, (whole, name: string, one?: string, other?: string) => {
    const value = values[name];
    if (value === undefined) return whole;
    if (one === undefined) return String(value);
    return Number(value) === 1 ? one : (other ?? '');
  });
}

/** A template field whose slots must all be among `slots` (and, for a plural choice, a count). */
export function templateField(slots: readonly string[]) {
  return v.pipe(
    v.string(),
    v.minLength(1, 'must not be empty'),
    v.check(
      (text) => templateSlots(text).every((slot) => slots.includes(slot)),
      (issue) => {
        const unknown = templateSlots(String(issue.input)).filter((slot) => !slots.includes(slot));
        return `unknown slot {${unknown.join('}, {')}}; this text may use ${slots.length ? `{${slots.join('}, {')}}` : 'no slots'}`;
      },
    ),
  );
}
