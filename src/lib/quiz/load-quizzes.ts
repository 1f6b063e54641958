// Build-time loader for lessons/quizzes/*.yaml: validates every quiz and item (file, item id,
// field and reason on each problem) and returns the catalog served lazily as `virtual:quizzes`.
// Runs in Node only, as part of the one build-time content part (src/lib/course/load-content.ts).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import type { ProblemList } from '../course/content-error.ts';
import type { CourseContent } from '../course/course-content.ts';
import { readYaml } from '../course/read-yaml.ts';
import { fieldPath, parseInto } from '../course/schema-issues.ts';
import type { TrackId } from '../course/schemas.ts';
import { her2RegionIds } from '../sims/her2-structure/regions.ts';
import { criticalItemIds, drawPool } from './draw-attempt.ts';
import {
  bowtieZones,
  cjmmSteps,
  type Choice,
  type ClozeSegment,
  type Difficulty,
  type Exhibit,
  type QuizCatalog,
  type QuizItem,
  type Quiz,
  type SimpleItem,
} from './item-types.ts';
import {
  ItemSchema,
  itemTypes,
  QuizFileSchema,
  type ItemInput,
  type LinkedItemInput,
} from './quiz-schemas.ts';

const noKey = 'the item has no correct answer';

/** Option texts NCLEX item-writing rules forbid: they reward test-wiseness, not knowledge. */
const forbiddenOption = /\b(all|none) of the above\b/i;

export type QuizContext = Pick<CourseContent, 'course' | 'lessons' | 'references'>;

export interface QuizChecks {
  /** Region ids a hotspot item may name: the regions of the HER2 structure diagram it is drawn on. */
  hotspotRegions: readonly string[];
}

const diagramChecks: QuizChecks = { hotspotRegions: [...her2RegionIds] };

export function loadQuizzes(
  root: string,
  content: QuizContext,
  problems: ProblemList,
  checks: QuizChecks = diagramChecks,
): QuizCatalog {
  const dir = join(root, 'lessons', 'quizzes');
  const catalog: QuizCatalog = { quizzes: [], banks: {} };
  if (!existsSync(dir)) return catalog;

  const objectives = new Set(
    content.lessons.flatMap((lesson) =>
      Object.values(lesson.tracks).flatMap((meta) => meta?.objectives.map((o) => o.id) ?? []),
    ),
  );
  const itemIds = new Map<string, string>();
  const pending: Array<{ file: string; order: number; quiz: Quiz }> = [];

  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const file = `lessons/quizzes/${name}`;
    const data = parseInto(QuizFileSchema, readYaml(root, file, problems), file, problems);
    if (!data) continue;
    if (data.items) {
      const items: QuizItem[] = [];
      data.items.forEach((raw, index) => {
        const item = checkItem(raw, index, { file, content, objectives, itemIds, problems, checks });
        if (item) items.push(item);
      });
      catalog.banks[data.id] = { id: data.id, items };
    }
    const draw = typeof data.draw === 'number' ? [{ bank: data.id, count: data.draw }] : data.draw;
    pending.push({
      file,
      order: data.order,
      quiz: {
        id: data.id,
        title: data.title,
        description: data.description,
        feedback: data.feedback,
        isFinal: data.final,
        passMark: content.course.passMark,
        attempts: data.attempts,
        sataScoring: data.sataScoring,
        draw,
        critical: data.critical,
        criticalNote: data.criticalNote ?? null,
        criticalMustPass: content.course.criticalMustPass ?? true,
      },
    });
  }

  pending.sort((a, b) => a.order - b.order);
  for (const { file, quiz } of pending) {
    checkCritical(quiz, file, catalog, problems);
    checkDraw(quiz, file, catalog, objectives, problems);
    catalog.quizzes.push(quiz);
  }
  if (catalog.quizzes.filter((q) => q.isFinal).length > 1) {
    problems.add('lessons/quizzes', '(folder)', 'more than one quiz is marked final: true');
  }

  checkObjectiveCoverage(content, catalog, problems);
  return catalog;
}

/** Items (case parts counted one by one) a nursing objective needs, so no objective rests on one question. */
export const MIN_ITEMS_PER_NURSING_OBJECTIVE = 2;

/**
 * Every objective of a nursing lesson is tested by at least MIN_ITEMS_PER_NURSING_OBJECTIVE items of
 * the banks; the build names each one that is not (the lesson file and the objective).
 */
function checkObjectiveCoverage(content: QuizContext, catalog: QuizCatalog, problems: ProblemList): void {
  if (Object.keys(catalog.banks).length === 0) return;
  const counts = new Map<string, number>();
  for (const bank of Object.values(catalog.banks)) {
    for (const item of bank.items) {
      for (const part of item.type === 'case' ? item.items : [item]) {
        if (part.track === 'nursing') counts.set(part.objective, (counts.get(part.objective) ?? 0) + 1);
      }
    }
  }
  for (const lesson of content.lessons) {
    const meta = lesson.tracks.nursing;
    meta?.objectives.forEach((objective, i) => {
      const count = counts.get(objective.id) ?? 0;
      if (count < MIN_ITEMS_PER_NURSING_OBJECTIVE) {
        problems.add(
          meta.file ?? `lessons/${lesson.slug}/nursing.svx`,
          `objectives[${i}] (${objective.id})`,
          `${count === 0 ? 'no quiz item tests' : `only ${count} quiz item tests`} this nursing objective: every nursing objective needs at least ${MIN_ITEMS_PER_NURSING_OBJECTIVE} (lessons/quizzes/)`,
        );
      }
    });
  }
}

/** Every critical item is a whole bank item, in one group only; the file says why the groups matter. */
function checkCritical(quiz: Quiz, file: string, catalog: QuizCatalog, problems: ProblemList): void {
  if (quiz.critical.length > 0 && quiz.criticalNote === null)
    problems.add(
      file,
      'criticalNote',
      'a quiz with critical groups needs criticalNote: the sentence the result screen shows when one is missed',
    );
  const topLevel = new Set(Object.values(catalog.banks).flatMap((bank) => bank.items.map((item) => item.id)));
  const groupOf = new Map<string, string>();
  const groupIds = new Set<string>();
  quiz.critical.forEach((group, g) => {
    if (groupIds.has(group.id))
      problems.add(file, `critical[${g}].id`, `duplicate critical group id "${group.id}"`);
    groupIds.add(group.id);
    group.items.forEach((itemId, i) => {
      const field = `critical[${g}].items[${i}]`;
      if (!topLevel.has(itemId))
        problems.add(
          file,
          field,
          `"${itemId}" is not an item of any bank (a case set counts as one item: name the case)`,
        );
      const other = groupOf.get(itemId);
      if (other) problems.add(file, field, `"${itemId}" is already in critical group "${other}"`);
      groupOf.set(itemId, group.id);
    });
  });
}

/** Every draw row names a bank that exists and known objectives, and its pool holds enough items. */
function checkDraw(
  quiz: Quiz,
  file: string,
  catalog: QuizCatalog,
  objectives: Set<string>,
  problems: ProblemList,
): void {
  const critical = criticalItemIds(quiz);
  quiz.draw.forEach((rule, i) => {
    if (rule.bank !== undefined && !catalog.banks[rule.bank]) {
      problems.add(file, `draw[${i}].bank`, `no quiz file defines a bank "${rule.bank}"`);
      return;
    }
    if (rule.bank === undefined && !rule.objectives) {
      problems.add(file, `draw[${i}]`, 'a draw row needs a bank, or objectives (a blueprint row), or both');
      return;
    }
    rule.objectives?.forEach((objective, j) => {
      if (!objectives.has(objective))
        problems.add(
          file,
          `draw[${i}].objectives[${j}]`,
          `unknown objective "${objective}": no lesson lists it`,
        );
    });
    const pool = drawPool(rule, catalog.banks, critical);
    if (pool.length < rule.count) {
      const what = rule.bank ? `bank "${rule.bank}"` : `the banks`;
      const which = rule.objectives
        ? ` for ${rule.topic ? `topic "${rule.topic}"` : 'these objectives'}`
        : '';
      problems.add(
        file,
        `draw[${i}].count`,
        `draws ${rule.count} items but ${what} hold${rule.bank ? 's' : ''} only ${pool.length}${which}` +
          (critical.size > 0 ? ' besides the critical items (those are drawn through their groups)' : ''),
      );
    }
  });
}

interface ItemContext {
  file: string;
  content: QuizContext;
  objectives: Set<string>;
  itemIds: Map<string, string>;
  problems: ProblemList;
  checks: QuizChecks;
}

function checkItem(raw: unknown, index: number, ctx: ItemContext): QuizItem | null {
  const before = ctx.problems.items.length;
  const rawId = (raw as { id?: unknown } | null)?.id;
  const label = `items[${index}]${typeof rawId === 'string' ? ` (${rawId})` : ''}`;
  const add = (field: string, reason: string) => ctx.problems.add(ctx.file, `${label}.${field}`, reason);
  // Claimed before anything else, so a duplicate is reported even when the first copy is malformed.
  if (typeof rawId === 'string') claimId(rawId, 'id', add, ctx);
  const type = (raw as { type?: unknown } | null)?.type;
  if (!itemTypes.includes(type as (typeof itemTypes)[number])) {
    add('type', `unknown item type "${String(type)}": use one of ${itemTypes.join(', ')}`);
    return null;
  }
  const result = v.safeParse(ItemSchema, raw);
  if (!result.success) {
    for (const issue of result.issues) add(fieldPath(issue), describeIssue(issue));
    return null;
  }
  const input = result.output;
  if (input.type === 'case') {
    const items: SimpleItem[] = [];
    checkExhibits(input.exhibits ?? [], 'exhibits', add);
    input.items.forEach((linked, i) => {
      claimId(linked.id, `items[${i}].id`, add, ctx);
      checkExhibits(linked.exhibits ?? [], `items[${i}].exhibits`, add);
      const item = checkSimple(linked, input, `items[${i}].`, add, ctx);
      if (item) items.push(item);
    });
    checkUnfolding(input.items, add);
    return ctx.problems.items.length === before ? { ...input, exhibits: input.exhibits ?? [], items } : null;
  }
  if (input.update !== undefined) add('update', 'update belongs to a part of a case set (its items)');
  if (input.exhibits !== undefined)
    add('exhibits', 'exhibits belong to a case set or one of its parts, not to a standalone item');
  const item = checkSimple(input, input, '', add, ctx);
  return ctx.problems.items.length === before ? item : null;
}

/**
 * A case of 6 parts is an unfolding case study (NCSBN): its parts carry the six clinical judgment
 * steps in order, so the case measures the whole Clinical Judgment Measurement Model.
 */
function checkUnfolding(
  parts: ReadonlyArray<{ cjmm?: string }>,
  add: (field: string, reason: string) => void,
): void {
  if (parts.length === 5)
    add('items', 'a case set links 2 to 4 items, or 6 for an unfolding case study (one per CJMM step)');
  if (parts.length !== 6) return;
  parts.forEach((part, i) => {
    if (part.cjmm !== cjmmSteps[i])
      add(
        `items[${i}].cjmm`,
        `an unfolding case study's part ${i + 1} measures "${cjmmSteps[i]}" (the six CJMM steps in order: ${cjmmSteps.join(', ')})`,
      );
  });
}

/** Each exhibit tab has text or a table (rows as wide as the headings), and a unique id. */
function checkExhibits(
  list: readonly Exhibit[],
  field: string,
  add: (field: string, reason: string) => void,
): void {
  const seen = new Set<string>();
  list.forEach((exhibit, i) => {
    if (seen.has(exhibit.id)) add(`${field}[${i}].id`, `duplicate exhibit id "${exhibit.id}"`);
    seen.add(exhibit.id);
    if (exhibit.text === undefined && exhibit.table === undefined)
      add(`${field}[${i}]`, 'an exhibit needs text, a table, or both');
    exhibit.table?.rows.forEach((row, r) => {
      if (row.length !== exhibit.table?.columns.length)
        add(
          `${field}[${i}].table.rows[${r}]`,
          `has ${row.length} cells but the table has ${exhibit.table?.columns.length} columns`,
        );
    });
  });
}

/** Splits cloze text around its `{blank-id}` drop-downs. */
export function clozeSegments(text: string): ClozeSegment[] {
  const segments: ClozeSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(/\{([a-z0-9-]+)\}/g)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ blank: match[1] as string });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** Splits a highlight note around its `[phrase text]{phrase-id}` marks. */
export function highlightSegments(text: string): Array<{ text: string; phrase?: string }> {
  const segments: Array<{ text: string; phrase?: string }> = [];
  let last = 0;
  for (const match of text.matchAll(/\[([^\]]+)\]\{([a-z0-9-]+)\}/g)) {
    if (match.index > last) segments.push({ text: text.slice(last, match.index) });
    segments.push({ text: match[1] as string, phrase: match[2] as string });
    last = match.index + match[0].length;
  }
  if (last < text.length) segments.push({ text: text.slice(last) });
  return segments;
}

/** valibot's wording for a missing field is for programmers; say what the author must add. */
function describeIssue(issue: v.BaseIssue<unknown>): string {
  if (issue.kind === 'schema' && issue.input === undefined && issue.expected?.startsWith('"')) {
    const key = issue.expected?.replace(/"/g, '') ?? '';
    if (key === 'correct') return noKey + ': add "correct"';
    if (key === 'rationale') return 'every option needs its own rationale (why it is right or wrong)';
    return `missing field "${key}"`;
  }
  return issue.message;
}

function claimId(
  id: string,
  field: string,
  add: (field: string, reason: string) => void,
  ctx: ItemContext,
): void {
  const other = ctx.itemIds.get(id);
  if (other) add(field, `duplicate item id "${id}": already used in ${other}`);
  else ctx.itemIds.set(id, ctx.file);
}

/**
 * Checks that cross fields and files, then normalizes the item (every type gets an explicit key).
 * A linked item of a case set takes difficulty and track from its case (`defaults`).
 */
function checkSimple(
  input: Exclude<ItemInput, { type: 'case' }> | LinkedItemInput,
  defaults: { difficulty: Difficulty; track: TrackId },
  prefix: string,
  add: (field: string, reason: string) => void,
  ctx: ItemContext,
): SimpleItem | null {
  const before = ctx.problems.items.length;
  const at = (field: string, reason: string) => add(`${prefix}${field}`, reason);
  if (!ctx.objectives.has(input.objective)) {
    at('objective', `unknown objective "${input.objective}": no lesson lists it under objectives`);
  }
  input.references.forEach((key, i) => {
    if (!ctx.content.references[key])
      at(`references[${i}]`, `unknown reference key "${key}": add it to lessons/references.yaml`);
  });
  const common = {
    id: input.id,
    stem: input.stem,
    objective: input.objective,
    references: input.references,
    difficulty: input.difficulty ?? defaults.difficulty,
    track: input.track ?? defaults.track,
    ...(input.cjmm ? { cjmm: input.cjmm } : {}),
    ...(input.update ? { update: input.update } : {}),
    ...(input.exhibits ? { exhibits: input.exhibits } : {}),
  };

  let item: SimpleItem;
  switch (input.type) {
    case 'single':
      checkChoices(input.options, 'options', at);
      checkKey([input.correct], input.options, 'correct', at);
      item = { ...common, type: 'single', options: input.options, correct: input.correct };
      break;
    case 'multiple':
      checkChoices(input.options, 'options', at);
      checkKey(input.correct, input.options, 'correct', at);
      if (new Set(input.correct).size >= input.options.length) {
        at('correct', 'every option is correct: a select-all item needs at least one wrong option');
      }
      item = { ...common, type: 'multiple', options: input.options, correct: [...new Set(input.correct)] };
      break;
    case 'true-false':
      item = {
        ...common,
        type: 'true-false',
        options: [
          { id: 'true', text: 'True', rationale: input.rationales.true },
          { id: 'false', text: 'False', rationale: input.rationales.false },
        ],
        correct: input.correct ? 'true' : 'false',
      };
      break;
    case 'hotspot':
      checkChoices(input.regions, 'regions', at);
      checkKey([input.correct], input.regions, 'correct', at);
      input.regions.forEach((region, i) => {
        if (!ctx.checks.hotspotRegions.includes(region.id)) {
          at(
            `regions[${i}].id`,
            `"${region.id}" is not a region of the HER2 structure diagram (${ctx.checks.hotspotRegions.join(', ')})`,
          );
        }
      });
      item = { ...common, type: 'hotspot', options: input.regions, correct: input.correct };
      break;
    case 'ordering':
      checkChoices(input.steps, 'steps', at);
      item = {
        ...common,
        type: 'ordering',
        options: input.steps,
        correct: input.steps.map((s) => s.id),
        scoring: input.scoring,
      };
      break;
    case 'matching': {
      checkChoices(input.prompts, 'prompts', at);
      checkChoices(
        input.targets.map((t) => ({ ...t, rationale: '-' })),
        'targets',
        at,
      );
      const targets = new Set(input.targets.map((t) => t.id));
      input.prompts.forEach((p, i) => {
        if (!targets.has(p.match))
          at(`prompts[${i}].match`, `matches "${p.match}", which is not a target id: ${noKey}`);
      });
      item = {
        ...common,
        type: 'matching',
        prompts: input.prompts,
        targets: input.targets,
        correct: input.prompts.map((p) => `${p.id}.${p.match}`),
        scoring: input.scoring,
      };
      break;
    }
    case 'matrix': {
      checkChoices(input.rows, 'rows', at);
      checkChoices(
        input.columns.map((c) => ({ ...c, rationale: '-' })),
        'columns',
        at,
      );
      const columns = new Set(input.columns.map((c) => c.id));
      const rows = input.rows.map((row, i) => {
        const keyed = [...new Set([row.correct].flat())];
        for (const column of keyed)
          if (!columns.has(column))
            at(`rows[${i}].correct`, `"${column}" is not one of the column ids: ${noKey}`);
        if (input.select === 'one' && keyed.length !== 1)
          at(`rows[${i}].correct`, 'a multiple-choice grid (select: one) keys exactly one column per row');
        return { id: row.id, text: row.text, rationale: row.rationale, correct: keyed };
      });
      item = {
        ...common,
        type: 'matrix',
        select: input.select,
        rows,
        columns: input.columns,
        correct: rows.flatMap((row) => row.correct.map((column) => `${row.id}.${column}`)),
      };
      break;
    }
    case 'cloze': {
      const blankIds = new Set(input.blanks.map((b) => b.id));
      input.blanks.forEach((blank, i) => {
        checkChoices(blank.options, `blanks[${i}].options`, at);
        checkKey([blank.correct], blank.options, `blanks[${i}].correct`, at);
      });
      if ((input.text === undefined) === (input.table === undefined))
        at('text', 'a cloze item has text (a sentence with drop-downs) or a table, not both and not neither');
      const passage = input.text !== undefined ? clozeSegments(input.text) : null;
      const table = input.table
        ? {
            columns: input.table.columns,
            rows: input.table.rows.map((row) => row.map((cell) => clozeSegments(cell))),
          }
        : null;
      input.table?.rows.forEach((row, r) => {
        if (row.length !== input.table?.columns.length)
          at(
            `table.rows[${r}]`,
            `has ${row.length} cells but the table has ${input.table?.columns.length} columns`,
          );
      });
      const placed = [...(passage ?? []), ...(table?.rows.flat(2) ?? [])].flatMap((seg) =>
        'blank' in seg ? [seg.blank] : [],
      );
      for (const blank of placed)
        if (!blankIds.has(blank)) at('text', `{${blank}} is not one of the blank ids`);
      input.blanks.forEach((blank, i) => {
        const times = placed.filter((p) => p === blank.id).length;
        if (times !== 1)
          at(
            `blanks[${i}].id`,
            `"{${blank.id}}" must appear exactly once in the text or table (found ${times})`,
          );
      });
      if (input.scoring === 'rationale' && input.blanks.length !== 2 && input.blanks.length !== 3)
        at('scoring', 'rationale scoring is for a dyad or a triad: 2 or 3 drop-downs');
      // Blanks in reading order, so the response and the feedback follow the sentence.
      const blanks = [...input.blanks].sort((a, b) => placed.indexOf(a.id) - placed.indexOf(b.id));
      item = {
        ...common,
        type: 'cloze',
        passage,
        table,
        blanks,
        scoring: input.scoring,
        correct: blanks.map((b) => `${b.id}.${b.correct}`),
      };
      break;
    }
    case 'highlight': {
      const segments = highlightSegments(input.text);
      const marked = segments.flatMap((seg) => (seg.phrase ? [seg] : []));
      const rationales = new Map(input.phrases.map((p) => [p.id, p.rationale]));
      marked.forEach((seg) => {
        if (!rationales.has(seg.phrase as string))
          at(
            'phrases',
            `the phrase "${seg.text}" {${seg.phrase}} has no entry under phrases (its rationale)`,
          );
      });
      const options: Choice[] = marked.map((seg) => ({
        id: seg.phrase as string,
        text: seg.text,
        rationale: rationales.get(seg.phrase as string) ?? '',
      }));
      input.phrases.forEach((phrase, i) => {
        if (!marked.some((seg) => seg.phrase === phrase.id))
          at(`phrases[${i}].id`, `"${phrase.id}" is not marked in the text as [phrase]{${phrase.id}}`);
      });
      checkChoices(options, 'phrases', at);
      checkKey(input.correct, options, 'correct', at);
      if (new Set(input.correct).size >= options.length)
        at('correct', 'every phrase is keyed: a highlight item needs phrases that do not matter too');
      item = { ...common, type: 'highlight', segments, options, correct: [...new Set(input.correct)] };
      break;
    }
    case 'bowtie': {
      const zones = bowtieZones.map(({ key, field }) => {
        const zone = input[field];
        const keyed = [...new Set([zone.correct].flat())];
        checkChoices(zone.options, `${field}.options`, at);
        checkKey(keyed, zone.options, `${field}.correct`, at);
        if (keyed.length >= zone.options.length)
          at(`${field}.correct`, `every ${field} option is keyed: offer options that are not`);
        return { key, pick: keyed.length, options: zone.options, correct: keyed };
      });
      item = {
        ...common,
        type: 'bowtie',
        zones,
        correct: zones.flatMap((zone) => zone.correct.map((option) => `${zone.key}.${option}`)),
      };
      break;
    }
    case 'numeric':
      if (!input.units.includes(input.unit))
        at('unit', `the correct unit "${input.unit}" is not among units: ${noKey}`);
      if (input.units.some((u) => /\s/.test(u))) at('units', 'units must not contain spaces');
      item = {
        ...common,
        type: 'numeric',
        answer: input.answer,
        tolerance: input.tolerance,
        unit: input.unit,
        units: input.units,
        rationale: input.rationale,
      };
      break;
  }
  return ctx.problems.items.length === before ? item : null;
}

function checkChoices(
  list: readonly Choice[],
  field: string,
  at: (field: string, reason: string) => void,
): void {
  const seen = new Set<string>();
  list.forEach((choice, i) => {
    if (seen.has(choice.id)) at(`${field}[${i}].id`, `duplicate option id "${choice.id}" within the item`);
    seen.add(choice.id);
    if (forbiddenOption.test(choice.text))
      at(`${field}[${i}].text`, '"all/none of the above" is not allowed (NCLEX item-writing rules)');
  });
}

function checkKey(
  keys: readonly string[],
  options: readonly Choice[],
  field: string,
  at: (field: string, reason: string) => void,
): void {
  const ids = new Set(options.map((o) => o.id));
  keys.forEach((key) => {
    if (!ids.has(key)) at(field, `"${key}" is not one of the option ids: ${noKey}`);
  });
}
