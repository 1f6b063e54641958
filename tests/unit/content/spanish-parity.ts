// The parity rules of the Spanish (es-US) patient track: what a Spanish file must keep from its English
// file (ids, sections, citations, embeds, terms, numbers, slots), each check returning the differences
// as "file: where: what differs", so one run lists every mismatch and a bad example can prove it is caught.
import { lessonProse } from './lesson-prose';

export type Problems = string[];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const strings = (value: unknown): string[] => list(value).map(String);
const show = (values: readonly unknown[]) => `[${values.join(', ')}]`;

/** What `values` has that `than` lacks, counting repeats ("38 °C" twice vs once → one extra). */
function beyond(values: readonly string[], than: readonly string[]): string[] {
  const left = [...than];
  return values.filter((value) => {
    const at = left.indexOf(value);
    if (at === -1) return true;
    left.splice(at, 1);
    return false;
  });
}

/**
 * Reference keys: the Spanish list has every English key, and an extra key only if it is a
 * patient-education source (`kind: practice`), placed beside the primary keys (docs I18N rule).
 */
export function compareKeys(
  where: string,
  english: readonly string[],
  spanish: readonly string[],
  practice: ReadonlySet<string>,
): Problems {
  const problems: Problems = [];
  const missing = [...new Set(english)].filter((key) => !spanish.includes(key));
  const extra = [...new Set(spanish)].filter((key) => !english.includes(key) && !practice.has(key));
  if (missing.length) problems.push(`${where}: missing reference keys ${show(missing)}`);
  if (extra.length)
    problems.push(`${where}: extra reference keys ${show(extra)} (only kind: practice sources may be added)`);
  return problems;
}

// ---- lesson pages ----------------------------------------------------------------------------------

export interface PageSection {
  heading: string;
  /** Citation keys in the section, sorted, each once. */
  keys: string[];
  /** Component embeds other than <Term>, in order: `Scene name="receptor-density"`. */
  embeds: string[];
}

export interface PageParts {
  frontmatter: Record<string, unknown>;
  sections: PageSection[];
  /** Every <Term id> on the page, sorted (repeats kept). */
  terms: string[];
  /** Every number in the prose, sorted (repeats kept), a temperature with its unit: `100.4 °F`. */
  numbers: string[];
}

const fence = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

function citationKeys(text: string): string[] {
  const keys = [...text.matchAll(/\[(@[^\]]*)\]/g)].flatMap((group) =>
    [...(group[1] ?? '').matchAll(/@([A-Za-z][A-Za-z0-9-]*)/g)].map((key) => key[1] ?? ''),
  );
  return [...new Set(keys)].sort();
}

function embeds(text: string): string[] {
  return [...text.replace(/<!--[\s\S]*?-->/g, '').matchAll(/<([A-Z]\w*)\b([^>]*)>/g)]
    .filter((tag) => tag[1] !== 'Term')
    .map((tag) => {
      const name = /\bname="([^"]*)"/.exec(tag[2] ?? '')?.[1];
      return name === undefined ? `${tag[1]}` : `${tag[1]} name="${name}"`;
    });
}

/** Numbers a reader sees: not the digits of a name (HER2, p95); thousands commas dropped; °F/°C kept. */
export function proseNumbers(prose: string): string[] {
  return [...prose.matchAll(/(?<![\p{L}\p{N}.,])\p{N}+(?:[.,]\p{N}+)*(?:\s*°\s*[FC]\b)?/gu)]
    .map((match) => match[0].replace(/(\d),(?=\d{3}(?!\d))/g, '$1').replace(/\s*°\s*([FC])$/, ' °$1'))
    .sort();
}

/** `frontmatter` is the page's parsed frontmatter (read with the project's YAML reader). */
export function pageParts(source: string, frontmatter: Record<string, unknown>): PageParts {
  const body = source.replace(fence, '');
  const sections: PageSection[] = [];
  let heading = '(before the first ## heading)';
  let lines: string[] = [];
  const close = () => {
    const text = lines.join('\n');
    // Text before the first heading counts only if a reader sees it (not an import <script> or a comment).
    const seen = text.replace(/<script[\s\S]*?<\/script>|<!--[\s\S]*?-->/g, '').trim();
    if (heading.startsWith('## ') || seen !== '')
      sections.push({ heading, keys: citationKeys(text), embeds: embeds(text) });
  };
  for (const line of body.split('\n')) {
    if (/^##\s+\S/.test(line)) {
      close();
      heading = line.trim();
      lines = [];
    } else lines.push(line);
  }
  close();
  return {
    frontmatter,
    sections,
    terms: [...body.matchAll(/<Term\s+id="([^"]*)"/g)].map((match) => match[1] ?? '').sort(),
    numbers: proseNumbers(lessonProse(source)),
  };
}

function compareFrontmatter(
  file: string,
  english: Record<string, unknown>,
  spanish: Record<string, unknown>,
  practice: ReadonlySet<string>,
): Problems {
  const problems: Problems = [];
  const missing = Object.keys(english).filter((field) => !(field in spanish));
  const extra = Object.keys(spanish).filter((field) => !(field in english));
  if (missing.length) problems.push(`${file}: frontmatter lacks ${show(missing)}`);
  if (extra.length) problems.push(`${file}: frontmatter has fields the English page lacks ${show(extra)}`);
  for (const field of ['title', 'summary'])
    if (field in english && (typeof spanish[field] !== 'string' || !String(spanish[field]).trim()))
      problems.push(`${file}: frontmatter ${field} must be Spanish text`);
  const objectiveIds = (page: Record<string, unknown>) =>
    list(page.objectives).map((objective) => (isRecord(objective) ? String(objective.id) : '?'));
  if (objectiveIds(english).join() !== objectiveIds(spanish).join())
    problems.push(
      `${file}: objectives ids ${show(objectiveIds(spanish))}, English has ${show(objectiveIds(english))}`,
    );
  list(spanish.objectives).forEach((objective, i) => {
    if (!isRecord(objective) || typeof objective.text !== 'string' || !objective.text.trim())
      problems.push(`${file}: objectives[${i}].text must be Spanish text`);
  });
  if (english.minutes !== spanish.minutes)
    problems.push(`${file}: minutes ${String(spanish.minutes)}, English has ${String(english.minutes)}`);
  if ('references' in english)
    problems.push(
      ...compareKeys(
        `${file}: frontmatter references`,
        strings(english.references),
        strings(spanish.references),
        practice,
      ),
    );
  if ('sources' in english) {
    const en = list(english.sources);
    const es = list(spanish.sources);
    if (en.length !== es.length)
      problems.push(`${file}: sources lists ${es.length} sources, English has ${en.length}`);
    en.forEach((source, i) => {
      const mine = es[i];
      if (!isRecord(mine) || typeof mine.text !== 'string' || !mine.text.trim())
        problems.push(`${file}: sources[${i}].text must be Spanish text`);
      problems.push(
        ...compareKeys(
          `${file}: sources[${i}].references`,
          strings(isRecord(source) ? source.references : []),
          strings(isRecord(mine) ? mine.references : []),
          practice,
        ),
      );
    });
  }
  return problems;
}

/** Everything a Spanish page must keep from its English page. */
export function comparePages(
  file: string,
  english: PageParts,
  spanish: PageParts,
  practice: ReadonlySet<string>,
): Problems {
  const problems = compareFrontmatter(file, english.frontmatter, spanish.frontmatter, practice);
  if (english.sections.length !== spanish.sections.length)
    problems.push(
      `${file}: ${spanish.sections.length} sections, English has ${english.sections.length} ` +
        `(Spanish: ${spanish.sections.map((s) => s.heading).join(' | ')}; ` +
        `English: ${english.sections.map((s) => s.heading).join(' | ')})`,
    );
  english.sections.forEach((section, i) => {
    const mine = spanish.sections[i];
    if (!mine) return;
    const where = `${file}: section ${i + 1} "${mine.heading}" (English "${section.heading}")`;
    if (section.heading.startsWith('## ') !== mine.heading.startsWith('## '))
      problems.push(`${where}: one page has text before its first ## heading, the other not`);
    problems.push(...compareKeys(`${where}: citations`, section.keys, mine.keys, practice));
    if (section.embeds.join() !== mine.embeds.join())
      problems.push(`${where}: embeds ${show(mine.embeds)}, English has ${show(section.embeds)}`);
  });
  const termsMissing = beyond(english.terms, spanish.terms);
  const termsExtra = beyond(spanish.terms, english.terms);
  if (termsMissing.length || termsExtra.length)
    problems.push(`${file}: <Term> ids missing ${show(termsMissing)}, extra ${show(termsExtra)}`);
  const numbersMissing = beyond(english.numbers, spanish.numbers);
  const numbersExtra = beyond(spanish.numbers, english.numbers);
  if (numbersMissing.length || numbersExtra.length)
    problems.push(`${file}: numbers missing ${show(numbersMissing)}, extra ${show(numbersExtra)}`);
  return problems;
}

// ---- self-check and teach-back --------------------------------------------------------------------

const nonEmpty = (value: unknown) => typeof value === 'string' && value.trim() !== '';
const ids = (items: unknown) => list(items).map((item) => (isRecord(item) ? String(item.id) : '?'));

/** Same fields, and every text field the English item has is Spanish text too. */
function sameFields(where: string, english: unknown, spanish: unknown): Problems {
  if (!isRecord(english)) return [];
  if (!isRecord(spanish)) return [`${where}: must be a mapping like the English one`];
  const problems: Problems = [];
  const missing = Object.keys(english).filter((field) => !(field in spanish));
  const extra = Object.keys(spanish).filter((field) => !(field in english));
  if (missing.length) problems.push(`${where}: lacks ${show(missing)}`);
  if (extra.length) problems.push(`${where}: has fields the English file lacks ${show(extra)}`);
  for (const [field, value] of Object.entries(english)) {
    if (typeof value === 'string' && field in spanish && !nonEmpty(spanish[field]))
      problems.push(`${where}.${field}: must be Spanish text`);
    if (Array.isArray(value) && value.every((line) => typeof line === 'string') && field !== 'references') {
      const lines = list(spanish[field]);
      if (lines.length === 0 || !lines.every(nonEmpty))
        problems.push(`${where}.${field}: must be a list of Spanish lines`);
    }
  }
  return problems;
}

export function compareSelfChecks(
  file: string,
  english: unknown,
  spanish: unknown,
  practice: ReadonlySet<string>,
): Problems {
  const en = isRecord(english) ? list(english.questions) : [];
  const es = isRecord(spanish) ? list(spanish.questions) : [];
  const problems = sameFields(file, english, spanish);
  if (ids(en).join() !== ids(es).join())
    problems.push(`${file}: question ids ${show(ids(es))}, English has ${show(ids(en))}`);
  en.forEach((question, i) => {
    const mine = es[i];
    if (!isRecord(question) || !isRecord(mine)) return;
    const where = `${file}: questions[${i}] (${String(question.id)})`;
    problems.push(...sameFields(where, question, mine));
    if (ids(question.options).join() !== ids(mine.options).join())
      problems.push(
        `${where}: answer ids ${show(ids(mine.options))}, English has ${show(ids(question.options))}`,
      );
    list(question.options).forEach((option, j) =>
      problems.push(...sameFields(`${where}.options[${j}]`, option, list(mine.options)[j])),
    );
    if (question.answer !== mine.answer)
      problems.push(
        `${where}: right answer "${String(mine.answer)}", English has "${String(question.answer)}"`,
      );
    problems.push(
      ...compareKeys(
        `${where}: references`,
        strings(question.references),
        strings(mine.references),
        practice,
      ),
    );
  });
  return problems;
}

/** `spanishHeadings`: the `##` headings of the Spanish page; `sameHeading` compares as the course does. */
export function compareTeachBacks(
  file: string,
  english: unknown,
  spanish: unknown,
  practice: ReadonlySet<string>,
  spanishHeadings: readonly string[],
  sameHeading: (a: string, b: string) => boolean,
): Problems {
  const en = isRecord(english) ? list(english.points) : [];
  const es = isRecord(spanish) ? list(spanish.points) : [];
  const problems = sameFields(file, english, spanish);
  if (ids(en).join() !== ids(es).join())
    problems.push(`${file}: point ids ${show(ids(es))}, English has ${show(ids(en))}`);
  if (isRecord(english) && 'references' in english && isRecord(spanish))
    problems.push(
      ...compareKeys(
        `${file}: references`,
        strings(english.references),
        strings(spanish.references),
        practice,
      ),
    );
  en.forEach((point, i) => {
    const mine = es[i];
    if (!isRecord(point) || !isRecord(mine)) return;
    const where = `${file}: points[${i}] (${String(point.id)})`;
    problems.push(...sameFields(where, point, mine));
    problems.push(
      ...compareKeys(`${where}: references`, strings(point.references), strings(mine.references), practice),
    );
    const reteach = String(mine.reteach ?? '');
    if (!spanishHeadings.some((heading) => sameHeading(heading, reteach)))
      problems.push(
        `${where}: reteach "${reteach}" is not a ## heading of the Spanish page (${spanishHeadings.join('; ')})`,
      );
  });
  return problems;
}

// ---- scene overlays --------------------------------------------------------------------------------

/** A template's slots: `{count}` → `count`, a plural choice `{pairs:pair|pairs}` → `pairs:plural`. */
export function slotsOf(template: string): string[] {
  return [
    ...new Set(
      [...template.matchAll(/\{(\w+)(:[^{}|]*\|[^{}]*)?\}/g)].map((slot) =>
        slot[2] === undefined ? (slot[1] ?? '') : `${slot[1] ?? ''}:plural`,
      ),
    ),
  ].sort();
}

/** The text of a tree: keeps only string leaves (a setting such as showPertuzumabSite: false is no text). */
function textOnly(tree: unknown): unknown {
  if (typeof tree === 'string') return tree;
  if (!isRecord(tree)) return undefined;
  const kept = Object.entries(tree)
    .map(([key, value]) => [key, textOnly(value)] as const)
    .filter(([, value]) => value !== undefined);
  return kept.length ? Object.fromEntries(kept) : undefined;
}

/** Same keys at every level, every leaf Spanish text with the English leaf's slots. */
function sameTextTree(where: string, english: unknown, spanish: unknown): Problems {
  if (typeof english === 'string') {
    if (typeof spanish !== 'string' || !spanish.trim()) return [`${where}: must be Spanish text`];
    const want = slotsOf(english);
    const have = slotsOf(spanish);
    return want.join() === have.join()
      ? []
      : [`${where}: slots {${have.join('}, {')}}, English has {${want.join('}, {')}}`];
  }
  if (!isRecord(english)) return [];
  if (!isRecord(spanish)) return [`${where}: must be a mapping of ${show(Object.keys(english))}`];
  const problems: Problems = [];
  for (const key of Object.keys(spanish))
    if (!(key in english)) problems.push(`${where}.${key}: the English scene has no such text`);
  for (const [key, value] of Object.entries(english)) {
    if (!(key in spanish)) problems.push(`${where}.${key}: missing`);
    else problems.push(...sameTextTree(`${where}.${key}`, value, spanish[key]));
  }
  return problems;
}

/** Leaves that are not text: numbers and settings are never repeated in an overlay. */
function nonTextLeaves(where: string, tree: unknown): Problems {
  if (typeof tree === 'string') return [];
  if (Array.isArray(tree)) return tree.flatMap((item, i) => nonTextLeaves(`${where}[${i}]`, item));
  if (isRecord(tree))
    return Object.entries(tree).flatMap(([key, value]) => nonTextLeaves(`${where}.${key}`, value));
  return [`${where}: ${JSON.stringify(tree)} is a setting, not text; the overlay holds text only`];
}

export function compareSceneOverlay(file: string, english: unknown, overlay: unknown): Problems {
  if (!isRecord(english)) return [`${file}: the English scene file is not a mapping`];
  if (!isRecord(overlay)) return [`${file}: must be a mapping of title, summary, presets and words`];
  const problems = nonTextLeaves(file, overlay);
  const englishWords = isRecord(english.words) ? english.words : {};
  const englishDiagram = isRecord(english.diagram) ? textOnly(english.diagram.patient) : undefined;
  const expected: Record<string, unknown> = {
    title: english.title,
    summary: english.summary,
    words: { patient: englishWords.patient },
    ...(englishDiagram ? { diagram: { patient: englishDiagram } } : {}),
  };
  const { presets, ...text } = overlay;
  problems.push(...sameTextTree(file, expected, text));
  const englishPresets = ids(english.presets);
  if (englishPresets.length === 0 && presets !== undefined)
    problems.push(`${file}.presets: the English scene has no presets`);
  if (englishPresets.length > 0) {
    const mine = ids(presets);
    const unknown = mine.filter((id) => !englishPresets.includes(id));
    const missing = englishPresets.filter((id) => !mine.includes(id));
    if (unknown.length)
      problems.push(`${file}.presets: ids ${show(unknown)} are not presets of the English scene`);
    if (missing.length) problems.push(`${file}.presets: no Spanish label for ${show(missing)}`);
    if (new Set(mine).size !== mine.length) problems.push(`${file}.presets: an id is listed twice`);
    list(presets).forEach((preset, i) => {
      if (!isRecord(preset) || !nonEmpty(preset.label))
        problems.push(`${file}.presets[${i}].label: must be Spanish text`);
      else if (Object.keys(preset).some((key) => key !== 'id' && key !== 'label'))
        problems.push(`${file}.presets[${i}]: holds only id and label`);
    });
  }
  return problems;
}

// ---- glossary --------------------------------------------------------------------------------------

export function compareGlossary(
  file: string,
  english: unknown,
  spanish: unknown,
  usedIds: readonly string[],
): Problems {
  if (!Array.isArray(spanish)) return [`${file}: must be a list of { id, term, definition }`];
  const englishEntries = new Map(
    list(english).flatMap((entry) => (isRecord(entry) ? [[String(entry.id), entry] as const] : [])),
  );
  const problems: Problems = [];
  const seen = new Set<string>();
  spanish.forEach((entry, i) => {
    if (!isRecord(entry)) {
      problems.push(`${file}: [${i}] must be { id, term, definition }`);
      return;
    }
    const id = String(entry.id);
    const where = `${file}: [${i}] (${id})`;
    if (seen.has(id)) problems.push(`${where}: id listed twice`);
    seen.add(id);
    const source = englishEntries.get(id);
    if (!source) problems.push(`${where}: lessons/glossary.yaml has no entry "${id}"`);
    for (const field of ['id', 'term', 'definition'])
      if (!nonEmpty(entry[field])) problems.push(`${where}.${field}: must not be empty`);
    for (const field of Object.keys(entry))
      if (!['id', 'term', 'definition', 'references'].includes(field))
        problems.push(`${where}.${field}: unknown field (allowed: id, term, definition, references)`);
    if ('references' in entry && strings(entry.references).join() !== strings(source?.references).join())
      problems.push(`${where}.references: must be the English entry's references, or left out`);
  });
  const missing = [...new Set(usedIds)].filter((id) => !seen.has(id));
  if (missing.length)
    problems.push(`${file}: no entry for the term ids the Spanish pages use ${show(missing)}`);
  return problems;
}
