// Schema of self-check.yaml (read by <Drill name="self-check" />, patient lessons only): 2 or 3
// plain-language questions a patient answers for themselves, each with its answer key, kind feedback
// for every choice, what to say when the patient is not sure (ask the nurse), and what to do next,
// which ends every piece of feedback. Nothing is graded, saved or sent (SelfCheck.svelte).
import * as v from 'valibot';
import { idPattern } from '../../course/schemas.ts';
import { ReferenceKeysSchema, text, unknownField } from '../data-schema-parts.ts';

const id = (what: string) =>
  v.pipe(text(what), v.regex(idPattern, `${what} must be lower-case letters, digits and dashes`));

const OptionSchema = v.strictObject(
  {
    id: id('option id'),
    text: text('option text'),
    /** Why this choice is right or not, kindly, in the lesson's words. */
    feedback: text('feedback'),
  },
  unknownField,
);
export type SelfCheckOption = v.InferOutput<typeof OptionSchema>;

const QuestionSchema = v.strictObject(
  {
    id: id('question id'),
    ask: text('ask'),
    options: v.pipe(
      v.array(OptionSchema, 'options must be a list of { id, text, feedback }'),
      v.minLength(2, 'options must list 2 or 3 answers (the page adds "I\'m not sure")'),
      v.maxLength(3, 'options must list 2 or 3 answers (the page adds "I\'m not sure")'),
    ),
    /** The id of the right option. */
    answer: text('answer'),
    /** Feedback for "I'm not sure": kind, and it sends the patient to their nurse (in a Spanish
     *  self-check, "enfermera" or "enfermero"). */
    notSure: v.pipe(
      text('notSure'),
      v.regex(/\b(?:nurse|enfermer[ao]s?)\b/i, 'notSure must tell the patient to ask their nurse'),
    ),
    /** What to do next: the last words of every piece of feedback on this question. */
    whatToDo: text('whatToDo'),
    references: ReferenceKeysSchema,
  },
  unknownField,
);
export type SelfCheckQuestion = v.InferOutput<typeof QuestionSchema>;

export const SelfCheckSchema = v.strictObject(
  {
    questions: v.pipe(
      v.array(QuestionSchema, 'questions must be a list'),
      v.minLength(2, 'questions must list 2 or 3 questions'),
      v.maxLength(3, 'questions must list 2 or 3 questions: keep a self-check short'),
    ),
  },
  unknownField,
);
export type SelfCheck = v.InferOutput<typeof SelfCheckSchema>;
