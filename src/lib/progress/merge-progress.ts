// Merges two copies of a learner's record (two tabs of the standalone course, or a local mirror and
// the copy just read back). Nothing earned is ever lost: a lesson keeps its furthest status, a quiz its
// highest attempt count and best score; for everything else the newer copy wins.
import { trackIds, statusRank, type ProgressState, type QuizRecord } from './progress-state';

function mergeQuiz(older: QuizRecord | undefined, newer: QuizRecord | undefined): QuizRecord | undefined {
  if (!older) return newer;
  if (!newer) return older;
  const best = [older.best, newer.best].filter((score): score is number => score !== null);
  const fuller = newer.attempts >= older.attempts ? newer : older;
  return {
    attempts: Math.max(older.attempts, newer.attempts),
    best: best.length ? Math.max(...best) : null,
    last: fuller.last,
    history: [...fuller.history],
    ...(older.passed !== undefined || newer.passed !== undefined
      ? { passed: Boolean(older.passed) || Boolean(newer.passed) }
      : {}),
  };
}

export function mergeProgress(a: ProgressState, b: ProgressState): ProgressState {
  const [older, newer] = a.updatedAt <= b.updatedAt ? [a, b] : [b, a];
  const merged: ProgressState = {
    track: newer.track ?? older.track,
    language: newer.language ?? older.language,
    lessons: { nursing: {}, patient: {} },
    quizzes: {},
    drafts: { ...older.drafts, ...newer.drafts },
    finalQuiz: newer.finalQuiz ?? older.finalQuiz,
    location: newer.location || older.location,
    secondsBefore: Math.max(older.secondsBefore, newer.secondsBefore),
    updatedAt: newer.updatedAt,
  };
  for (const track of trackIds) {
    const slugs = new Set([...Object.keys(older.lessons[track]), ...Object.keys(newer.lessons[track])]);
    for (const slug of slugs) {
      const x = older.lessons[track][slug] ?? 'not-started';
      const y = newer.lessons[track][slug] ?? 'not-started';
      merged.lessons[track][slug] = statusRank[y] >= statusRank[x] ? y : x;
    }
  }
  for (const id of new Set([...Object.keys(older.quizzes), ...Object.keys(newer.quizzes)])) {
    const quiz = mergeQuiz(older.quizzes[id], newer.quizzes[id]);
    if (quiz) merged.quizzes[id] = quiz;
  }
  // An older copy's draft is stale when the newer copy has since finished more attempts of that quiz.
  for (const id of Object.keys(older.drafts)) {
    if (!newer.drafts[id] && (newer.quizzes[id]?.attempts ?? 0) > (older.quizzes[id]?.attempts ?? 0)) {
      delete merged.drafts[id];
    }
  }
  return merged;
}
