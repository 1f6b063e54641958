// A scene's translation is an overlay of text on its English settings file (README, "Spanish patient
// track"): only the scene's words, under the English keys, so a number or a switch is written once.
// This merges the overlay onto the English value, reporting with file, field and reason every key the
// English file does not have, every setting repeated, every text left out, and every sentence
// template whose {slots} differ. The patient track's words only: the nursing track stays English.
import type { ProblemList } from '../course/content-error.ts';
import { templateSlots } from '../words/template.ts';

type Json = unknown;

const isObject = (value: Json): value is Record<string, Json> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A per-track block (`words`, `diagram`): the overlay translates its `patient` half only. */
const isTrackBlock = (value: Record<string, Json>) => 'nursing' in value && 'patient' in value;

/** Whether the English value holds any text the patient track shows (ids and nursing words aside). */
function hasText(value: Json): boolean {
  if (typeof value === 'string') return true;
  if (Array.isArray(value)) return value.some(hasText);
  if (!isObject(value)) return false;
  return Object.entries(value).some(
    ([key, child]) => key !== 'id' && !(key === 'nursing' && isTrackBlock(value)) && hasText(child),
  );
}

const sameSlots = (a: string, b: string) => {
  const x = templateSlots(a).sort();
  const y = templateSlots(b).sort();
  return x.length === y.length && x.every((slot, i) => slot === y[i]);
};

class OverlayWalk {
  ok = true;
  constructor(
    private readonly file: string,
    private readonly problems: ProblemList,
  ) {}

  private fail(field: string, reason: string): void {
    this.ok = false;
    this.problems.add(this.file, field, reason);
  }

  walk(english: Json, overlay: Json, field: string): Json {
    if (typeof english === 'string') return this.text(english, overlay, field);
    if (Array.isArray(english)) return this.list(english, overlay, field);
    if (isObject(english)) return this.object(english, overlay, field);
    if (overlay !== undefined)
      this.fail(field, 'a setting: numbers and switches come from the English file, so leave it out here');
    return english;
  }

  private text(english: string, overlay: Json, field: string): Json {
    if (overlay === undefined) {
      this.fail(field, `missing: give the translation of "${english.slice(0, 60)}"`);
      return english;
    }
    if (typeof overlay !== 'string' || overlay.trim() === '') {
      this.fail(field, 'must be text, the translation of the English text under the same key');
      return english;
    }
    if (!sameSlots(english, overlay)) {
      const slots = (t: string) =>
        templateSlots(t)
          .map((s) => `{${s}}`)
          .join(', ') || 'no slots';
      this.fail(
        field,
        `uses ${slots(overlay)}, the English text uses ${slots(english)}: keep the same slots`,
      );
    }
    return overlay;
  }

  private list(english: Json[], overlay: Json, field: string): Json {
    if (overlay === undefined) {
      if (hasText(english))
        this.fail(field, 'missing: translate the text of every entry of the English list');
      return english;
    }
    if (!Array.isArray(overlay)) {
      this.fail(field, 'must be a list, like the English one');
      return english;
    }
    const maybeIds = english.map((item) => (isObject(item) ? item.id : undefined));
    if (!maybeIds.every((id): id is string => typeof id === 'string')) {
      if (overlay.length !== english.length)
        this.fail(field, `has ${overlay.length} entries, the English list ${english.length}`);
      return english.map((item, i) => this.walk(item, overlay[i], `${field}[${i}]`));
    }
    const ids: string[] = maybeIds;
    const byId = new Map<Json, Json>();
    overlay.forEach((item, i) => {
      const id = isObject(item) ? item.id : undefined;
      if (typeof id !== 'string' || !ids.includes(id))
        this.fail(
          `${field}[${i}].id`,
          `${typeof id === 'string' ? `unknown id "${id}"` : 'each entry names its id'}: the English ids are ${ids.join(', ')}`,
        );
      else byId.set(id, item);
    });
    return english.map((item, i) => {
      const translated = byId.get(ids[i]);
      if (translated === undefined && hasText(item)) {
        this.fail(field, `id "${String(ids[i])}" is missing: translate every entry of the English list`);
        return item;
      }
      const index = translated === undefined ? i : overlay.indexOf(translated);
      return this.walk(item, translated ?? {}, `${field}[${index}]`);
    });
  }

  private object(english: Record<string, Json>, overlay: Json, field: string): Json {
    if (overlay === undefined) {
      if (hasText(english)) this.fail(field, 'missing: translate the text under this key');
      return english;
    }
    if (!isObject(overlay)) {
      this.fail(field, 'must be a mapping with the English keys');
      return english;
    }
    const at = (key: string) => (field ? `${field}.${key}` : key);
    for (const key of Object.keys(overlay))
      if (!(key in english))
        this.fail(
          at(key),
          `not a key of the English file here (its keys: ${Object.keys(english).join(', ')})`,
        );
    const merged: Record<string, Json> = {};
    for (const [key, value] of Object.entries(english)) {
      if (key === 'nursing' && isTrackBlock(english)) {
        if (overlay.nursing !== undefined)
          this.fail(at(key), 'the translation is for the patient track only: leave the nursing words out');
        merged[key] = value;
      } else if (key === 'id') merged[key] = value;
      else merged[key] = this.walk(value, overlay[key], at(key));
    }
    return merged;
  }
}

/**
 * The English scene settings with the overlay's text in place, or null after recording problems.
 * `textKeys`: the top-level keys that carry the scene's words (embed-registry.ts `overlayText`).
 */
export function mergeSceneOverlay(
  english: Record<string, Json>,
  overlay: Json,
  textKeys: readonly string[],
  file: string,
  problems: ProblemList,
): Record<string, Json> | null {
  const walk = new OverlayWalk(file, problems);
  if (!isObject(overlay)) {
    problems.add(file, '(top level)', `must be a mapping of the scene's text: ${textKeys.join(', ')}`);
    return null;
  }
  const merged: Record<string, Json> = { ...english };
  for (const key of Object.keys(overlay)) {
    if (!textKeys.includes(key)) {
      problems.add(
        file,
        key,
        key in english
          ? `a setting of the English file: the translation holds only the scene's text (${textKeys.join(', ')})`
          : `not a key of the English file: the translation holds only the scene's text (${textKeys.join(', ')})`,
      );
      walk.ok = false;
    }
  }
  for (const key of textKeys) if (key in english) merged[key] = walk.walk(english[key], overlay[key], key);
  return walk.ok ? merged : null;
}
