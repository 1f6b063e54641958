// Versioned compact encoding of the learner's record for cmi.suspend_data. SCORM 1.2 allows only
// 4,096 characters (RTE §3.4.2.4, CMIString4096), so each lesson is one status letter under its stable
// id (lesson-keys.ts), quiz drafts keep only the responses (the seed redraws the items), and a record
// that would still be too long as JSON is deflated and written as base64 behind `z:`.
//
// Format 2 (this version) keys lessons and the saved place by lesson id; `g`, the language chosen for
// the patient track, came later within it (a record without it reads as "never chose"). Format 1 (course 1.0.0)
// keyed them by two-digit folder number; it is still read, through the course's table of what each
// number was, so a record saved then survives renumbered, renamed or reordered folders.
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
import type { LessonKeys } from './lesson-keys';

export const SUSPEND_DATA_VERSION = 2;
/** SCORM 1.2 cmi.suspend_data limit; also used for 2004 so one package format serves both. */
export const SUSPEND_DATA_LIMIT = 4096;

const trackCode: Record<TrackId, 'n' | 'p'> = { nursing: 'n', patient: 'p' };
const statusCode: Partial<Record<LessonStatus, string>> = { 'in-progress': 'i', completed: 'c' };

const score = v.nullable(v.pipe(v.number(), v.minValue(0), v.maxValue(100)));
const EncodedSchema = v.object({
  v: v.picklist([1, SUSPEND_DATA_VERSION]),
  t: v.optional(v.picklist(['n', 'p', ''])),
  // Added later: the language chosen for the patient track; absent in older records and for none.
  g: v.optional(v.picklist(['en', 'es'])),
  // Format 1 only: per track, folder number + status ("01c02i").
  l: v.optional(v.record(v.picklist(['n', 'p']), v.pipe(v.string(), v.regex(/^(\d{2}[ic])*$/)))),
  // Format 2: lesson id → two letters, nursing then patient (`c` completed, `i` in progress, `-`).
  k: v.optional(v.record(v.string(), v.pipe(v.string(), v.regex(/^[ic-]{2}$/)))),
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

/** Each lesson once, under its id, with both tracks' statuses: the id is the longest part. */
function encodeLessons(state: ProgressState, keys: LessonKeys): Record<string, string> {
  const slugs = new Set(trackIds.flatMap((track) => Object.keys(state.lessons[track])));
  const entries = [...slugs].flatMap((slug) => {
    const id = keys.idOf(slug);
    const codes = trackIds
      .map((track) => statusCode[state.lessons[track][slug] ?? 'not-started'] ?? '-')
      .join('');
    return id && codes !== '--' ? [[id, codes] as const] : [];
  });
  return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
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

function toEncoded(state: ProgressState, keys: LessonKeys, historyCap: number, keepDrafts: boolean): Encoded {
  const encoded: Encoded = { v: SUSPEND_DATA_VERSION, t: state.track ? trackCode[state.track] : '' };
  if (state.language) encoded.g = state.language;
  const lessons = encodeLessons(state, keys);
  if (Object.keys(lessons).length) encoded.k = lessons;
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
  if (state.location) encoded.o = keys.placeOf(state.location);
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
export function encodeSuspendData(
  state: ProgressState,
  keys: LessonKeys,
  limit = SUSPEND_DATA_LIMIT,
): string {
  const tries: Array<[number, boolean]> = [
    [MAX_RECORDED_ATTEMPTS, true],
    [3, true],
    [0, true],
    [0, false],
  ];
  let text = '';
  for (const [historyCap, keepDrafts] of tries) {
    const json = JSON.stringify(toEncoded(state, keys, historyCap, keepDrafts));
    if (json.length <= limit) return json;
    text = compress(json);
    if (text.length <= limit) return text;
  }
  return text;
}

/**
 * Decodes suspend_data of format 1 or 2. Returns null for empty, garbage or an unknown version; never
 * throws. `keys` maps stored lesson ids (or 1.0.0 folder numbers) to this build's lesson folders; a
 * lesson no longer in the course is left out.
 */
export function decodeSuspendData(text: string, keys: LessonKeys): ProgressState | null {
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
  state.language = data.g ?? null;
  // Format 1: folder numbers, read through the course's table of what each number was in 1.0.0.
  trackIds.forEach((track) => {
    for (const [, number, code] of (data.l?.[trackCode[track]] ?? '').matchAll(/(\d{2})([ic])/g)) {
      const slug = keys.slugOfVersion1Number(number!);
      if (slug) state.lessons[track][slug] = code === 'c' ? 'completed' : 'in-progress';
    }
  });
  for (const [id, codes] of Object.entries(data.k ?? {})) {
    const slug = keys.slugOf(id);
    if (!slug) continue; // a lesson this version no longer has
    trackIds.forEach((track, index) => {
      const code = codes[index];
      if (code === 'c' || code === 'i')
        state.lessons[track][slug] = code === 'c' ? 'completed' : 'in-progress';
    });
  }
  for (const [id, [attempts, best, last, history, passed]] of Object.entries(data.q ?? {})) {
    state.quizzes[id] = { attempts, best, last, history: history.slice(-MAX_RECORDED_ATTEMPTS) };
    if (passed !== undefined) state.quizzes[id].passed = passed === 1;
  }
  for (const [id, [seed, position, answers]] of Object.entries(data.d ?? {})) {
    state.drafts[id] = { seed, position, answers };
  }
  state.finalQuiz = data.f ?? null;
  state.location = data.o ? keys.pathOf(data.o) : '';
  state.secondsBefore = data.s ?? 0;
  state.updatedAt = (data.u ?? 0) * 1000;
  return state;
}
