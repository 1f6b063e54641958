// Build-time: lists every course id the course can send to an LMS (lesson and learning objectives,
// quiz item ids, and the option, step, region, prompt, target, row, column, blank and phrase ids
// inside responses, with each drop-down's and bow-tie part's own options), so the
// content check can hold them against the identifier scheme (scorm-identifiers.ts) and fail the
// build, with file and field, when two of them would reach the LMS as the same identifier.
import { bowtieZones } from '../quiz/item-types.ts';
import { lessonObjectiveId, type SentIdentifier } from './scorm-identifiers.ts';

/** The parts of the outline this needs (LessonEntry from the content loader). */
export interface LessonIds {
  /** The stable lesson id from lessons/course.yaml. */
  id: string;
  tracks: Partial<Record<string, { file: string; objectives: ReadonlyArray<{ id: string }> }>>;
}

/** A quiz item as loaded: only `id`, `objective`, nested `items` and lists of `{ id }` matter here. */
type ItemLike = { id: string; objective?: unknown; items?: unknown } & Record<string, unknown>;

function isIdList(value: unknown): value is Array<{ id: string }> {
  return (
    Array.isArray(value) &&
    value.length > 0 &&
    value.every((entry) => typeof entry === 'object' && entry !== null && typeof entry.id === 'string')
  );
}

/** The bank file's field of a bow-tie part, from the short key the loaded item gives it. */
const bowtieField = (key: string) => bowtieZones.find((zone) => zone.key === key)?.field;

/**
 * The option lists nested inside one entry of an item: a cloze drop-down's options (sent as
 * `blank.option`), a bow-tie part's options (sent as `part.option`). Each list is its own namespace,
 * since the pair names its parent beside it.
 */
function nestedIdentifiers(
  item: ItemLike,
  key: string,
  value: unknown,
  file: string,
  field: string,
  out: SentIdentifier[],
): void {
  if (!Array.isArray(value)) return;
  value.forEach((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return;
    const { id, key: part, options } = entry as { id?: unknown; key?: unknown; options?: unknown };
    if (!isIdList(options)) return;
    const parent = typeof id === 'string' ? id : typeof part === 'string' ? part : null;
    if (parent === null) return;
    const where =
      key === 'zones' && typeof part === 'string' && bowtieField(part)
        ? `${field}.${bowtieField(part)}.options`
        : `${field}.${key} "${parent}".options`;
    options.forEach((option, i) =>
      out.push({
        namespace: `response ${item.id} ${parent}`,
        id: option.id,
        file,
        field: `${where}[${i}].id`,
      }),
    );
  });
}

function itemIdentifiers(item: ItemLike, file: string, field: string, out: SentIdentifier[]): void {
  out.push({ namespace: 'interaction', id: item.id, file, field: `${field}.id` });
  for (const [key, value] of Object.entries(item)) {
    if (key === 'items' && Array.isArray(value)) {
      value.forEach((sub, index) => itemIdentifiers(sub as ItemLike, file, `${field}.items[${index}]`, out));
      continue;
    }
    if (isIdList(value)) {
      // Every option-like list of one item shares a namespace: a response names them side by side.
      value.forEach((entry, index) =>
        out.push({
          namespace: `response ${item.id}`,
          id: entry.id,
          file,
          field: `${field}.${key}[${index}].id`,
        }),
      );
    }
    nestedIdentifiers(item, key, value, file, field, out);
  }
}

/**
 * Every identifier the course can send. Objectives share one namespace (a lesson's `lesson<Id>` and
 * the learning objectives items point at are both `cmi.objectives` ids); item ids another.
 */
export function sentIdentifiers(
  lessons: readonly LessonIds[],
  banks: Record<string, { items: readonly unknown[] }>,
  bankFile: (bankId: string) => string,
): SentIdentifier[] {
  const out: SentIdentifier[] = [];
  lessons.forEach((lesson, index) => {
    out.push({
      namespace: 'objective',
      id: `lesson-${lesson.id}`,
      file: 'lessons/course.yaml',
      field: `lessons[${index}].id (sent as ${lessonObjectiveId(lesson.id)})`,
    });
    for (const meta of Object.values(lesson.tracks)) {
      meta?.objectives.forEach((objective, i) =>
        out.push({ namespace: 'objective', id: objective.id, file: meta.file, field: `objectives[${i}].id` }),
      );
    }
  });
  for (const [bankId, bank] of Object.entries(banks)) {
    bank.items.forEach((item, index) =>
      itemIdentifiers(item as ItemLike, bankFile(bankId), `items[${index}]`, out),
    );
  }
  return out;
}
