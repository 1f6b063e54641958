// Schema of a lesson's teach-back (lessons/<lesson>/teach-back.yaml): the prompt the nurse says, the
// points a good answer contains (each cited, each with the words and the lesson section that re-teach it) and
// what the patient does next. Messages are written for a course author.
import * as v from 'valibot';
import { idPattern } from '../course/schemas.ts';

const text = (what: string) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} must not be empty`));

/** A missing field names itself; an unknown one lists the allowed fields. */
const objectMessage = (allowed: string) => (issue: v.BaseIssue<unknown>) =>
  issue.expected && /^"\w+"$/.test(issue.expected) && issue.received === 'undefined'
    ? `${issue.expected.slice(1, -1)} is required`
    : `unknown or malformed field (allowed: ${allowed})`;

const keys = (what: string) =>
  v.pipe(
    v.array(v.string('each reference must be a key such as R1'), `${what} must be a list of keys`),
    v.minLength(1, `${what} must list at least one reference key`),
  );

export const TeachBackPointSchema = v.strictObject(
  {
    id: v.pipe(
      text('point id'),
      v.regex(idPattern, 'point id must be lower-case letters, digits and dashes'),
    ),
    /** The question, in the patient's words. */
    ask: text('ask'),
    /** What a good answer contains, in the patient's own words (the nurse listens for these). */
    listenFor: v.pipe(
      v.array(text('each listenFor line'), 'listenFor must be a list of short lines'),
      v.minLength(1, 'listenFor must say at least one thing a good answer contains'),
    ),
    /** The "##" heading of the patient lesson that re-teaches this point. */
    reteach: text('reteach'),
    /** What the nurse says to re-teach a missed point another way, before asking again (AHRQ teach-back). */
    sayAgain: text('sayAgain'),
    references: keys('references'),
  },
  objectMessage('id, ask, listenFor, reteach, sayAgain, references'),
);

export const TeachBackSchema = v.strictObject(
  {
    /** AHRQ-style opening: "I want to be sure I explained … clearly. Can you tell me …" */
    prompt: text('prompt'),
    points: v.pipe(
      v.array(
        TeachBackPointSchema,
        'points must be a list of { id, ask, listenFor, reteach, sayAgain, references }',
      ),
      v.minLength(1, 'points must list at least one point'),
      v.maxLength(5, 'points: keep a teach-back to at most 5 points, one idea each'),
    ),
    /** What the patient does next: patient text ends with what to do. */
    closing: text('closing'),
    /** Sources for a clinical statement in `closing`. */
    references: v.optional(keys('references')),
  },
  objectMessage('prompt, points, closing, references'),
);

export type TeachBack = v.InferOutput<typeof TeachBackSchema>;
export type TeachBackPoint = v.InferOutput<typeof TeachBackPointSchema>;
