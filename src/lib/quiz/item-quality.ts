// Item-writing quality of the banks, measured the way faculty review a test for test-wise cues
// (NCSBN and NBME item-writing guidance): is the key the longest option, do select-all items always
// have the same number of right answers, are true/false items mostly keyed one way, do distractors
// give themselves away with absolute words, and does the final ask more than recall. `npm run check`
// prints these figures per bank and fails past QUALITY_LIMITS.
import type { Difficulty, Quiz, QuizBank, QuizItem, SimpleItem } from './item-types.ts';

/** The limits a bank (or the final's blueprint) must meet. */
export const QUALITY_LIMITS = {
  /** Single-answer items whose key is the longest or tied-longest option (chance is about 1 in 4). */
  keyLongestMax: 0.35,
  /** Select-all items: at least this many different numbers of right options… */
  selectAllCountsMin: 3,
  /** …and no one number used by more than this share of them. */
  selectAllCountShareMax: 0.5,
  /** True/false items keyed true: balanced. */
  trueShareMin: 0.35,
  trueShareMax: 0.65,
  /** True/false used sparingly: at most this share of a bank's scored items. */
  trueFalseShareMax: 0.15,
  /** Distractors with an absolute word ("always", "only", "never", "whatever", …). */
  absoluteDistractorShareMax: 0.1,
  /** Of every final attempt, at least this share at application or analysis (in the worst draw). */
  finalHigherOrderMin: 0.5,
} as const;

/** Words that tell a test-wise learner an option is wrong (absolute statements are rarely true). */
const absoluteWords = /\b(always|never|only|whatever|regardless|guaranteed|completely|none)\b/i;

export interface BankQuality {
  bank: string;
  /** Scored items, case parts counted one by one. */
  scored: number;
  single: { items: number; keyLongest: number };
  selectAll: { items: number; counts: Record<number, number> };
  trueFalse: { items: number; keyedTrue: number };
  distractors: { total: number; absolute: number; examples: string[] };
  difficulty: Record<Difficulty, number>;
}

export interface QualityProblem {
  bank: string;
  measure: string;
  reason: string;
}

const parts = (item: QuizItem): SimpleItem[] => (item.type === 'case' ? item.items : [item]);

/** The option texts a learner compares, and which of them are keyed. */
function optionsOf(item: SimpleItem): Array<{ text: string; keyed: boolean }> {
  switch (item.type) {
    case 'single':
    case 'hotspot':
      return item.options.map((o) => ({ text: o.text, keyed: o.id === item.correct }));
    case 'multiple':
    case 'highlight':
      return item.options.map((o) => ({ text: o.text, keyed: item.correct.includes(o.id) }));
    case 'cloze':
      return item.blanks.flatMap((b) => b.options.map((o) => ({ text: o.text, keyed: o.id === b.correct })));
    case 'bowtie':
      return item.zones.flatMap((z) =>
        z.options.map((o) => ({ text: o.text, keyed: z.correct.includes(o.id) })),
      );
    default:
      return [];
  }
}

export function measureBank(bank: QuizBank): BankQuality {
  const quality: BankQuality = {
    bank: bank.id,
    scored: 0,
    single: { items: 0, keyLongest: 0 },
    selectAll: { items: 0, counts: {} },
    trueFalse: { items: 0, keyedTrue: 0 },
    distractors: { total: 0, absolute: 0, examples: [] },
    difficulty: { recall: 0, application: 0, analysis: 0 },
  };
  for (const item of bank.items.flatMap(parts)) {
    quality.scored++;
    quality.difficulty[item.difficulty]++;
    if (item.type === 'single') {
      quality.single.items++;
      const key = item.options.find((o) => o.id === item.correct)?.text.length ?? 0;
      if (item.options.every((o) => o.text.length <= key)) quality.single.keyLongest++;
    }
    if (item.type === 'multiple') {
      quality.selectAll.items++;
      const n = item.correct.length;
      quality.selectAll.counts[n] = (quality.selectAll.counts[n] ?? 0) + 1;
    }
    if (item.type === 'true-false') {
      quality.trueFalse.items++;
      if (item.correct === 'true') quality.trueFalse.keyedTrue++;
    }
    for (const option of optionsOf(item)) {
      if (option.keyed) continue;
      quality.distractors.total++;
      if (absoluteWords.test(option.text)) {
        quality.distractors.absolute++;
        quality.distractors.examples.push(`${item.id}: "${option.text}"`);
      }
    }
  }
  return quality;
}

/** Figures past a limit, each named by bank and measure. */
export function qualityProblems(quality: BankQuality): QualityProblem[] {
  const problems: QualityProblem[] = [];
  const add = (measure: string, reason: string) => problems.push({ bank: quality.bank, measure, reason });
  const L = QUALITY_LIMITS;
  const { single, selectAll, trueFalse, distractors } = quality;
  if (single.items > 0 && single.keyLongest / single.items > L.keyLongestMax)
    add(
      'key length',
      `the key is the longest or tied-longest option in ${single.keyLongest} of ${single.items} single-answer items (${pct(single.keyLongest / single.items)}; at most ${pct(L.keyLongestMax)})`,
    );
  const counts = Object.entries(selectAll.counts);
  if (selectAll.items >= L.selectAllCountsMin) {
    if (counts.length < L.selectAllCountsMin)
      add(
        'select-all count',
        `select-all items use only ${counts.length} different numbers of right options (${describeCounts(selectAll.counts)}; at least ${L.selectAllCountsMin})`,
      );
    const [top, used] = counts.reduce((a, b) => (b[1] > a[1] ? b : a), ['0', 0]);
    if (used / selectAll.items > L.selectAllCountShareMax)
      add(
        'select-all count',
        `${used} of ${selectAll.items} select-all items have exactly ${top} right options (${pct(used / selectAll.items)}; at most ${pct(L.selectAllCountShareMax)})`,
      );
  }
  if (trueFalse.items > 0) {
    const share = trueFalse.keyedTrue / trueFalse.items;
    if (share < L.trueShareMin || share > L.trueShareMax)
      add(
        'true/false balance',
        `${trueFalse.keyedTrue} of ${trueFalse.items} true/false items are keyed true (${pct(share)}; between ${pct(L.trueShareMin)} and ${pct(L.trueShareMax)})`,
      );
    if (trueFalse.items / quality.scored > L.trueFalseShareMax)
      add(
        'true/false share',
        `${trueFalse.items} of ${quality.scored} scored items are true/false (${pct(trueFalse.items / quality.scored)}; at most ${pct(L.trueFalseShareMax)})`,
      );
  }
  if (distractors.total > 0 && distractors.absolute / distractors.total > L.absoluteDistractorShareMax)
    add(
      'absolute words',
      `${distractors.absolute} of ${distractors.total} distractors use an absolute word (${pct(distractors.absolute / distractors.total)}; at most ${pct(L.absoluteDistractorShareMax)}): ${distractors.examples.slice(0, 5).join('; ')}`,
    );
  return problems;
}

/**
 * The fewest items at application or analysis any attempt of the final can have: a critical group
 * counts only when every item it may ask is higher-order (retries take each in turn), a draw row
 * counts its count minus the recall items its pool holds (the worst draw takes those first).
 */
export function finalHigherOrder(
  quiz: Quiz,
  pools: ReadonlyArray<readonly QuizItem[]>,
  byId: ReadonlyMap<string, QuizItem>,
): { guaranteed: number; total: number } {
  const higher = (item: QuizItem | undefined) => item !== undefined && item.difficulty !== 'recall';
  let guaranteed = 0;
  let total = 0;
  for (const group of quiz.critical) {
    total++;
    if (group.items.every((id) => higher(byId.get(id)))) guaranteed++;
  }
  quiz.draw.forEach((rule, i) => {
    total += rule.count;
    const recall = (pools[i] ?? []).filter((item) => !higher(item)).length;
    guaranteed += Math.max(0, rule.count - recall);
  });
  return { guaranteed, total };
}

export function describeCounts(counts: Record<number, number>): string {
  return Object.entries(counts)
    .map(([n, items]) => `${items} with ${n}`)
    .join(', ');
}

export const pct = (share: number) => `${Math.round(share * 100)} %`;

/** One line per bank for `npm run check`, like a linter's summary. */
export function qualityLine(q: BankQuality): string {
  const tf = q.trueFalse.items ? `${q.trueFalse.keyedTrue}/${q.trueFalse.items} true` : 'none';
  return (
    `${q.bank}: ${q.scored} scored; key longest ${q.single.keyLongest}/${q.single.items}` +
    (q.single.items ? ` (${pct(q.single.keyLongest / q.single.items)})` : '') +
    `; select-all right counts ${describeCounts(q.selectAll.counts) || 'none'}; true/false ${tf}` +
    `; absolute-word distractors ${q.distractors.absolute}/${q.distractors.total}` +
    `; recall ${q.difficulty.recall}, application ${q.difficulty.application}, analysis ${q.difficulty.analysis}`
  );
}
