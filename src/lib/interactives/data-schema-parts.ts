// Schema pieces shared by the interactive drills' data files under lessons/: author-facing messages,
// reference-key lists and the fact base's confidence tags.
import * as v from 'valibot';

export const text = (what: string) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} must not be empty`));

export const number = (what: string) => v.number(`${what} must be a number`);

export const positiveNumber = (what: string) =>
  v.pipe(number(what), v.gtValue(0, `${what} must be greater than 0`));

/** Keys into lessons/references.yaml; that they exist is checked by embeds/load-lesson-data.ts. */
export const ReferenceKeysSchema = v.pipe(
  v.array(
    v.string('each reference must be a key such as R1'),
    'references must be a list of keys such as [R1, R2]',
  ),
  v.minLength(1, 'references must list at least one reference key'),
);

/** The fact base's confidence tags (fact base §0.1); M facts are listed in the issue note. */
export const FactTagSchema = v.picklist(
  ['V-label', 'V-src', 'V-2nd', 'M'],
  'tag must be one of V-label, V-src, V-2nd or M (the fact base confidence tags)',
);
export type FactTag = v.InferOutput<typeof FactTagSchema>;

/** A statement with its confidence tag and sources. */
export const CitedTextSchema = v.strictObject({
  text: text('text'),
  tag: FactTagSchema,
  references: ReferenceKeysSchema,
});
export type CitedText = v.InferOutput<typeof CitedTextSchema>;

/** Message for a strict object's key issues: a missing field, or one the file may not have. */
export const unknownField = (issue: v.ObjectIssue | v.BaseIssue<unknown>) => {
  if (issue.received === 'undefined' && issue.expected && issue.expected !== 'never')
    return `missing field ${issue.expected}: add it (see the comments at the top of the file)`;
  if (issue.expected === 'never') return `unknown field ${issue.received}: remove it or check its spelling`;
  return `unknown or malformed field (${issue.expected ?? 'see the comments at the top of the file'})`;
};
