// Versioned compact encoding of the learner's record for cmi.suspend_data. SCORM 1.2 allows only
// 4,096 characters (RTE §3.4.2.4, CMIString4096), so lessons are stored by their two-digit folder
// number and one status letter, quiz drafts keep only the responses (the seed redraws the items), and a
// record that would still be too long as JSON is deflated and written as base64 behind `z:`.
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import * as v from 'valibot';
import {
  emptyState,
  MAX_RECORDED_ATTEMPTS,
  trackIds,
  type LessonStatus,
  type ProgressState,
  type TrackId,
} from './progress-state';

export const SUSPEND_DATA_VERSION = 1;
/** SCORM 1.2 cmi.suspend_data limit; also used for 2004 so one package format serves both. */
export const SUSPEND_DATA_LIMIT = 4096;

const trackCode: Record<TrackId, 'n' | 'p'> = { nursing: 'n', patient: 'p' };
const statusCode: Partial<Record<LessonStatus, string>> = { 'in-progress': 'i', completed: 'c' };

const score = v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(100)));
const EncodedSchema = v.object({
  v: v.literal(SUSPEND_DATA_VERSION),
  t: v.optional(v.picklist(['n', 'p', ''])),
  l: v.optional(v.record(v.picklist(['n', 'p']), v.pipe(v.string(), v.regex(/^(\d{2}[ic])*$/)))),
  q: v.optional(
    v.record(
      v.string(),
      v.tuple([
        v.pipe(v.number(), v.integer(), v.minValue(0)),
        score,
        score,
        v.array(v.pipe(v.number(), v.minValue(0), v.maxValue(100))),
        // Added later: 1 = an attempt passed, 0 = none did; absent in older records.
        v.optional(v.picklist([0, 1])),
      ]),
    ),
  ),
  d: v.optional(
    v.record(
      v.string(),
      v.tuple([
        v.number(),
        v.pipe(v.number(), v.integer(), v.minValue(0)),
        v.array(v.nullable(v.array(v.string()))),
      ]),
    ),
  ),
  f: v.optional(v.string()),
  o: v.optional(v.string()),
  s: v.optional(v.pipe(v.number(), v.minValue(0))),
  u: v.optional(v.pipe(v.number(), v.minValue(0))),
});
type Encoded = v.InferOutput<typeof EncodedSchema>;
type QuizTuple = [number, number | null, number | null, number[], (0 | 1)?];

function lessonNumber(slug: string): string | null {
  return /^\d{2}-/.test(slug) ? slug.slice(0, 2) : null;
}

function encodeLessons(statuses: Record<string, LessonStatus>): string {
  return Object.entries(statuses)
    .flatMap(([slug, status]) => {
      const number = lessonNumber(slug);
      const code = statusCode[status];
      return number && code ? [`${number}${code}`] : [];
    })
    .sort()
    .join('');
}

const COMPRESSED_PREFIX = 'z:';

/** Scores to two decimals: enough for any percentage, and 5 characters instead of 18. */
const hundredths = (value: number) => Math.round(value * 100) / 100;

function compress(json: string): string {
  return COMPRESSED_PREFIX + btoa(strFromU8(deflateSync(strToU8(json), { level: 9 }), true));
}

function decompress(text: string): string {
  return strFromU8(inflateSync(strToU8(atob(text.slice(COMPRESSED_PREFIX.length)), true)));
}

function toEncoded(state: ProgressState, historyCap: number, keepDrafts: boolean): Encoded {
  const encoded: Encoded = { v: SUSPEND_DATA_VERSION, t: state.track ? trackCode[state.track] : '' };
  const lessons: Record<string, string> = {};
  for (const track of trackIds) {
    const text = encodeLessons(state.lessons[track]);
    if (text) lessons[trackCode[track]] = text;
  }
  if (Object.keys(lessons).length) encoded.l = lessons;
  const quizzes = Object.entries(state.quizzes);
  if (quizzes.length) {
    encoded.q = Object.fromEntries(
      quizzes.map(([id, quiz]) => {
        const tuple: QuizTuple = [
          quiz.attempts,
          quiz.best === null ? null : hundredths(quiz.best),
          quiz.last === null ? null : hundredths(quiz.last),
          historyCap ? quiz.history.slice(-historyCap).map(hundredths) : [],
        ];
        if (quiz.passed !== undefined) tuple.push(quiz.passed ? 1 : 0);
        return [id, tuple];
      }),
      // The verdict entry is left out (not written as null) for a record that has none.
    ) as Encoded['q'];
  }
  const drafts = Object.entries(state.drafts);
  if (keepDrafts && drafts.length) {
    encoded.d = Object.fromEntries(
      drafts.map(([id, d]) => [
        id,
        [d.seed, d.position, d.answers] as [number, number, Array<string[] | null>],
      ]),
    );
  }
  if (state.finalQuiz) encoded.f = state.finalQuiz;
  if (state.location) encoded.o = state.location;
  if (state.secondsBefore) encoded.s = Math.round(state.secondsBefore);
  // Whole seconds, rounded down: a decoded copy must never look newer than a later save
  // (merge-progress.ts keeps the newer copy's draft and location).
  if (state.updatedAt) encoded.u = Math.floor(state.updatedAt / 1000);
  return encoded;
}

/**
 * Encodes the record: plain JSON when it fits (readable in an LMS's tracking report), else deflated.
 * If an unusually large record would still pass the limit, older attempt scores are dropped first (attempt count, best and last are always kept), then quiz drafts: losing those only
 * costs convenience, never a completion or a score.
 */
export function encodeSuspendData(state: ProgressState, limit = SUSPEND_DATA_LIMIT): string {
  const tries: Array<[number, boolean]> = [
    [MAX_RECORDED_ATTEMPTS, true],
    [3, true],
    [0, true],
    [0, false],
  ];
  let text = '';
  for (const [historyCap, keepDrafts] of tries) {
    const json = JSON.stringify(toEncoded(state, historyCap, keepDrafts));
    if (json.length <= limit) return json;
    text = compress(json);
    if (text.length <= limit) return text;
  }
  return text;
}

/**
 * Decodes suspend_data. Returns null for empty, garbage or an unknown version; never throws.
 * `slugs` maps the stored lesson numbers back to this build's lesson folders.
 */
export function decodeSuspendData(text: string, slugs: readonly string[]): ProgressState | null {
  if (!text) return null;
  let raw: unknown;
  try {
    raw = JSON.parse(text.startsWith(COMPRESSED_PREFIX) ? decompress(text) : text);
  } catch {
    return null;
  }
  const parsed = v.safeParse(EncodedSchema, raw);
  if (!parsed.success) return null;
  const data = parsed.output;
  const state = emptyState();
  state.track = data.t === 'n' ? 'nursing' : data.t === 'p' ? 'patient' : null;
  const byNumber = new Map(
    slugs.flatMap((slug) => (lessonNumber(slug) ? [[lessonNumber(slug)!, slug]] : [])),
  );
  for (const track of trackIds) {
    const text = data.l?.[trackCode[track]] ?? '';
    for (const [, number, code] of text.matchAll(/(\d{2})([ic])/g)) {
      const slug = byNumber.get(number!);
      if (slug) state.lessons[track][slug] = code === 'c' ? 'completed' : 'in-progress';
    }
  }
  for (const [id, [attempts, best, last, history, passed]] of Object.entries(data.q ?? {})) {
    state.quizzes[id] = { attempts, best, last, history: history.slice(-MAX_RECORDED_ATTEMPTS) };
    if (passed !== undefined) state.quizzes[id].passed = passed === 1;
  }
  for (const [id, [seed, position, answers]] of Object.entries(data.d ?? {})) {
    state.drafts[id] = { seed, position, answers };
  }
  state.finalQuiz = data.f ?? null;
  state.location = data.o ?? '';
  state.secondsBefore = data.s ?? 0;
  state.updatedAt = (data.u ?? 0) * 1000;
  return state;
}
