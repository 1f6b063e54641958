// Small, non-clinical items for engine tests: one of every type, built the way the loader builds them.
import type {
  CaseItem,
  MatchingItem,
  MultipleItem,
  NumericItem,
  OrderingItem,
  Quiz,
  QuizBank,
  QuizItem,
  SingleItem,
  TrueFalseItem,
  HotspotItem,
  MatrixItem,
  ClozeItem,
  HighlightItem,
  BowtieItem,
} from '../../../src/lib/quiz/item-types';

const base = {
  objective: 'obj-1',
  references: ['R1'],
  difficulty: 'application' as const,
  track: 'nursing' as const,
};
const choice = (id: string) => ({ id, text: `Option ${id}`, rationale: `Why ${id}` });

export function single(id = 's1'): SingleItem {
  return {
    ...base,
    id,
    type: 'single',
    stem: 'Pick one',
    options: ['a', 'b', 'c', 'd'].map(choice),
    correct: 'b',
  };
}
export function multiple(id = 'm1'): MultipleItem {
  return {
    ...base,
    id,
    type: 'multiple',
    stem: 'Pick all',
    options: ['a', 'b', 'c', 'd', 'e'].map(choice),
    correct: ['a', 'c', 'd'],
  };
}
export function trueFalse(id = 't1'): TrueFalseItem {
  return {
    ...base,
    id,
    type: 'true-false',
    stem: 'Claim',
    options: ['true', 'false'].map(choice),
    correct: 'false',
  };
}
export function hotspot(id = 'h1'): HotspotItem {
  return {
    ...base,
    id,
    type: 'hotspot',
    stem: 'Select the region',
    options: ['r1', 'r2', 'r3'].map(choice),
    correct: 'r2',
  };
}
export function ordering(id = 'o1', scoring: OrderingItem['scoring'] = 'all-or-nothing'): OrderingItem {
  return {
    ...base,
    id,
    type: 'ordering',
    stem: 'Order',
    options: ['w', 'x', 'y', 'z'].map(choice),
    correct: ['w', 'x', 'y', 'z'],
    scoring,
  };
}
export function matching(id = 'x1', scoring: MatchingItem['scoring'] = 'all-or-nothing'): MatchingItem {
  return {
    ...base,
    id,
    type: 'matching',
    stem: 'Match',
    prompts: [
      { id: 'p', text: 'P', match: 't2', rationale: 'p' },
      { id: 'q', text: 'Q', match: 't1', rationale: 'q' },
      { id: 'r', text: 'R', match: 't3', rationale: 'r' },
    ],
    targets: [
      { id: 't1', text: 'T1' },
      { id: 't2', text: 'T2' },
      { id: 't3', text: 'T3' },
      { id: 't4', text: 'T4' },
    ],
    correct: ['p.t2', 'q.t1', 'r.t3'],
    scoring,
  };
}
export function numeric(id = 'n1'): NumericItem {
  return {
    ...base,
    id,
    type: 'numeric',
    stem: 'How much',
    answer: 25.9,
    tolerance: 0.1,
    unit: 'mL',
    units: ['mg', 'mL'],
    rationale: 'Because',
  };
}
/** A 3-row grid with columns k, l, m. One per row: rows keyed l, k, m. Many: r1 {k, l}, r2 {m}, r3 {k}. */
export function matrix(id = 'g1', select: MatrixItem['select'] = 'one'): MatrixItem {
  const keys = select === 'one' ? [['l'], ['k'], ['m']] : [['k', 'l'], ['m'], ['k']];
  const rows = keys.map((correct, i) => ({
    id: `r${i + 1}`,
    text: `Row ${i + 1}`,
    rationale: `Row ${i + 1} because`,
    correct,
  }));
  return {
    ...base,
    id,
    type: 'matrix',
    stem: 'Grid',
    select,
    rows,
    columns: ['k', 'l', 'm'].map((c) => ({ id: c, text: `Column ${c}` })),
    correct: rows.flatMap((row) => row.correct.map((c) => `${row.id}.${c}`)),
  };
}
/** Drop-downs p, q (and r for a triad) in a sentence; keys p.x, q.y, r.z. */
export function cloze(id = 'z1', scoring: ClozeItem['scoring'] = 'zero-one', blanks = 3): ClozeItem {
  const all = [
    { id: 'p', options: ['x', 'w', 'v'].map(choice), correct: 'x' },
    { id: 'q', options: ['y', 'w', 'v'].map(choice), correct: 'y' },
    { id: 'r', options: ['z', 'w', 'v'].map(choice), correct: 'z' },
  ].slice(0, blanks);
  return {
    ...base,
    id,
    type: 'cloze',
    stem: 'Complete the sentence',
    passage: all.flatMap((b) => [{ text: 'Gap ' }, { blank: b.id }]),
    table: null,
    blanks: all,
    scoring,
    correct: all.map((b) => `${b.id}.${b.correct}`),
  };
}
/** Phrases a–f of a note; keyed a, c, e. */
export function highlight(id = 'g1'): HighlightItem {
  const options = ['a', 'b', 'c', 'd', 'e', 'f'].map(choice);
  return {
    ...base,
    id,
    type: 'highlight',
    stem: 'Select what matters',
    segments: options.flatMap((o) => [{ text: 'Note ' }, { text: o.text, phrase: o.id }]),
    options,
    correct: ['a', 'c', 'e'],
  };
}
/** Condition (pick 1, key b), actions (pick 2, keys a, c), parameters (pick 2, keys d, e). */
export function bowtie(id = 'b1'): BowtieItem {
  const zones: BowtieItem['zones'] = [
    { key: 'a', pick: 2, options: ['a', 'b', 'c', 'd', 'e'].map(choice), correct: ['a', 'c'] },
    { key: 'c', pick: 1, options: ['a', 'b', 'c', 'd'].map(choice), correct: ['b'] },
    { key: 'p', pick: 2, options: ['a', 'b', 'c', 'd', 'e'].map(choice), correct: ['d', 'e'] },
  ];
  return {
    ...base,
    id,
    type: 'bowtie',
    stem: 'Complete the bow-tie',
    zones,
    correct: zones.flatMap((z) => z.correct.map((o) => `${z.key}.${o}`)),
  };
}
export function caseSet(id = 'c1'): CaseItem {
  return {
    id,
    type: 'case',
    stem: 'Scenario',
    difficulty: 'analysis',
    track: 'nursing',
    exhibits: [],
    items: [single(`${id}-a`), numeric(`${id}-b`), multiple(`${id}-c`)],
  };
}

export function bankOf(id: string, count: number): QuizBank {
  const makers = [single, multiple, trueFalse, hotspot, ordering, matching, numeric, caseSet];
  const items: QuizItem[] = Array.from({ length: count }, (_, i) => {
    const make = makers[i % makers.length] as (id: string) => QuizItem;
    return make(`${id}-${i}`);
  });
  return { id, items };
}

export function quizOf(overrides: Partial<Quiz> = {}): Quiz {
  return {
    id: 'practice',
    title: 'Practice',
    description: 'A practice quiz',
    feedback: 'immediate',
    isFinal: false,
    passMark: 80,
    attempts: null,
    sataScoring: 'plus-minus',
    draw: [{ bank: 'one', count: 10 }],
    critical: [],
    criticalNote: null,
    criticalMustPass: true,
    ...overrides,
  };
}
