// Scoring rules, one per item type. A response is the learner's answer as strings (the same shape
// the SCORM interaction record uses); credit is 0..1.
import type {
  BowtieItem,
  ClozeItem,
  HighlightItem,
  MatchingItem,
  MatrixItem,
  MultipleItem,
  NumericItem,
  OrderingItem,
  SataScoring,
  SimpleItem,
} from './item-types.ts';

/** Numbers typed by a learner: digits with an optional decimal point, nothing else. */
const numberPattern = /^-?(?:\d+\.?\d*|\.\d+)$/;

/** Parses a typed number; `,` is accepted as the decimal mark (learners outside the US type it). */
export function parseLearnerNumber(text: string): number | null {
  const cleaned = text.replace(/\s+/g, '').replace(',', '.');
  return numberPattern.test(cleaned) ? Number(cleaned) : null;
}

export function scoreItem(item: SimpleItem, response: readonly string[] | null, sata: SataScoring): number {
  if (!response || response.length === 0) return 0;
  switch (item.type) {
    case 'single':
    case 'hotspot':
    case 'true-false':
      return scoreOneChoice(item.correct, response);
    case 'multiple':
      return scoreSelectAll(item, response, sata);
    case 'ordering':
      return scoreOrdering(item, response);
    case 'matching':
      return scoreMatching(item, response);
    case 'numeric':
      return scoreNumeric(item, response);
    case 'matrix':
      return scoreMatrix(item, response);
    case 'cloze':
      return scoreCloze(item, response);
    case 'highlight':
      return scoreHighlight(item, response);
    case 'bowtie':
      return scoreBowtie(item, response);
  }
}

/** `source.target` responses grouped by source (duplicates count once). */
function pairsBySource(response: readonly string[]): Map<string, Set<string>> {
  const chosen = new Map<string, Set<string>>();
  for (const pair of response) {
    const dot = pair.indexOf('.');
    if (dot <= 0) continue;
    const source = pair.slice(0, dot);
    const targets = chosen.get(source) ?? new Set<string>();
    targets.add(pair.slice(dot + 1));
    chosen.set(source, targets);
  }
  return chosen;
}

/**
 * Drop-down cloze (NCSBN). Responses are `blank.option`. 0/1: a point per drop-down holding its key
 * (a drop-down given two answers earns nothing), ÷ drop-downs. Rationale rule: a dyad's one point
 * needs both drop-downs right; a triad's two points are the first drop-down right with the second,
 * and the first right with the third.
 */
function scoreCloze(item: ClozeItem, response: readonly string[]): number {
  const chosen = pairsBySource(response);
  const right = item.blanks.map((blank) => {
    const picked = chosen.get(blank.id);
    return picked?.size === 1 && picked.has(blank.correct);
  });
  if (item.scoring === 'rationale') {
    const [first, ...rest] = right;
    if (rest.length === 1) return first && rest[0] ? 1 : 0;
    return rest.filter((other) => first && other).length / rest.length;
  }
  return right.filter(Boolean).length / item.blanks.length;
}

/** Highlight text (NCSBN +/−): +1 per keyed phrase, −1 per other phrase, floored at 0, ÷ keyed phrases. */
function scoreHighlight(item: HighlightItem, response: readonly string[]): number {
  const key = new Set(item.correct);
  let plus = 0;
  let minus = 0;
  for (const id of new Set(response)) {
    if (key.has(id)) plus++;
    else minus++;
  }
  return Math.max(0, plus - minus) / key.size;
}

/**
 * Bow-tie (NCSBN 0/1): a point per keyed option chosen in its part, no deduction; a part with more
 * choices than it asks for earns nothing (the view never allows it). ÷ the options keyed.
 */
function scoreBowtie(item: BowtieItem, response: readonly string[]): number {
  const chosen = pairsBySource(response);
  let points = 0;
  let max = 0;
  for (const zone of item.zones) {
    max += zone.pick;
    const picked = chosen.get(zone.key) ?? new Set<string>();
    if (picked.size > zone.pick) continue;
    points += zone.correct.filter((option) => picked.has(option)).length;
  }
  return max > 0 ? points / max : 0;
}

/**
 * Matrix (NCSBN Next Generation). Responses are `row.column` cells. Multiple-choice grid: 0/1 per
 * row (a row with more than one cell chosen earns nothing), credit = rows right / rows.
 * Multiple-response grid: +/− over the whole grid: +1 per keyed cell chosen, −1 per other cell
 * chosen, floored at 0, divided by the number of keyed cells.
 */
function scoreMatrix(item: MatrixItem, response: readonly string[]): number {
  const rows = new Set(item.rows.map((row) => row.id));
  const columns = new Set(item.columns.map((column) => column.id));
  const chosen = new Set(
    response.filter((cell) => {
      const [row, column] = cell.split('.');
      return rows.has(row ?? '') && columns.has(column ?? '');
    }),
  );
  const key = new Set(item.correct);
  if (item.select === 'one') {
    const right = item.rows.filter((row) => {
      const picked = [...chosen].filter((cell) => cell.startsWith(`${row.id}.`));
      return picked.length === 1 && picked[0] === `${row.id}.${row.correct[0]}`;
    }).length;
    return right / item.rows.length;
  }
  let plus = 0;
  let minus = 0;
  for (const cell of chosen) {
    if (key.has(cell)) plus++;
    else minus++;
  }
  return Math.max(0, plus - minus) / key.size;
}

/** One best answer: credit only when the single distinct selection is the key. */
function scoreOneChoice(correct: string, response: readonly string[]): number {
  const picked = new Set(response);
  return picked.size === 1 && picked.has(correct) ? 1 : 0;
}

/**
 * Select all that apply. NCLEX +/- rule: +1 per correct option chosen, −1 per incorrect option
 * chosen, floored at 0, divided by the number of correct options. Duplicates count once; an id
 * that is not a correct option counts as a wrong choice.
 */
function scoreSelectAll(item: MultipleItem, response: readonly string[], sata: SataScoring): number {
  const picked = new Set(response);
  const key = new Set(item.correct);
  let right = 0;
  let wrong = 0;
  for (const id of picked) {
    if (key.has(id)) right++;
    else wrong++;
  }
  if (sata === 'all-or-nothing') return right === key.size && wrong === 0 ? 1 : 0;
  return Math.max(0, right - wrong) / key.size;
}

/** Ordering: exact sequence, or the share of positions holding the right step. */
function scoreOrdering(item: OrderingItem, response: readonly string[]): number {
  const positions = item.correct.filter((id, i) => response[i] === id).length;
  const exact = positions === item.correct.length && response.length === item.correct.length;
  if (item.scoring === 'all-or-nothing') return exact ? 1 : 0;
  // Extra entries beyond the list (malformed response) cannot earn credit but do not add any either.
  return positions / item.correct.length;
}

/**
 * Matching: responses are `prompt.target` pairs. A prompt answered twice with different targets
 * is ambiguous and earns nothing.
 */
function scoreMatching(item: MatchingItem, response: readonly string[]): number {
  const chosen = new Map<string, Set<string>>();
  for (const pair of response) {
    const [prompt, target] = pair.split('.');
    if (!prompt || !target) continue;
    const targets = chosen.get(prompt) ?? new Set<string>();
    targets.add(target);
    chosen.set(prompt, targets);
  }
  const right = item.prompts.filter((p) => {
    const targets = chosen.get(p.id);
    return targets?.size === 1 && targets.has(p.match);
  }).length;
  if (item.scoring === 'all-or-nothing') return right === item.prompts.length ? 1 : 0;
  return right / item.prompts.length;
}

/** Numeric: response is [value, unit]; the unit must match and the value lie within the tolerance. */
function scoreNumeric(item: NumericItem, response: readonly string[]): number {
  const [text, unit] = response;
  if (text === undefined || unit !== item.unit) return 0;
  const value = parseLearnerNumber(text);
  if (value === null) return 0;
  // A tiny allowance so 0.1 + 0.2-style binary rounding never flips a boundary answer.
  return Math.abs(value - item.answer) <= item.tolerance + 1e-9 ? 1 : 0;
}

/** The correct response in the same shape as a learner's, for display and interaction records. */
export function correctResponse(item: SimpleItem): string[] {
  switch (item.type) {
    case 'single':
    case 'hotspot':
    case 'true-false':
      return [item.correct];
    case 'numeric':
      return [String(item.answer), item.unit];
    default:
      return [...item.correct];
  }
}
