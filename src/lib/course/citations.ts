// Citations in lesson text: an author writes `[@R5]` or `[@R5; @R57]` after a statement, and may name
// the label section read, `[@R1 §2.5; @R6 §4.2]`; the course shows numbered superscripts (with the
// section) and a numbered reference list at the end of the lesson (LessonReferences.svelte).
// Numbers follow first appearance in the lesson (Vancouver style, as nursing journals use).
import type { Reference } from './schemas';

const key = '[A-Za-z][A-Za-z0-9-]*';
// A label locator is a numbered section (§2.5) or the label's unnumbered Boxed Warning (21 CFR 201.57(c)(1)).
const locator = '(?:[ ,]+(?:§|Boxed Warning)[^;\\]@]*)?';

/**
 * Matches one citation group: `[@R1]`, `[@R1; @R2]`, `[@R1, @R2]`, `[@R1 §2.5; @R2 §5.1, §5.2]`,
 * `[@R1 Boxed Warning; @R6 §4.2]`.
 */
export const citationGroup = new RegExp(`\\[@(${key}${locator}(?:\\s*[;,]?\\s*@${key}${locator})*)\\]`, 'g');

export interface CitationEntry {
  key: string;
  /** The section cited, such as `§2.5`, or '' when the whole source is cited. */
  locator: string;
}

export function citedKeys(body: string): string[] {
  const keys: string[] = [];
  for (const match of body.matchAll(citationGroup)) {
    for (const { key } of splitGroup(match[1] ?? '')) if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

/** Splits the inside of a citation group into its keys, each with its section (if any). */
export function splitGroup(group: string): CitationEntry[] {
  return group
    .split(/[;,]?\s*@/)
    .filter((part) => part.trim() !== '')
    .map((part) => {
      const found = /^([A-Za-z][A-Za-z0-9-]*)(.*)$/s.exec(part.trim());
      return {
        key: found?.[1] ?? part.trim(),
        locator: (found?.[2] ?? '').replace(/^[\s,]+|[\s,;]+$/g, ''),
      };
    });
}

/** Escapes text for Svelte markup: HTML entities plus braces, which Svelte would read as code. */
export function escapeMarkup(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\{/g, '&#123;')
    .replace(/\}/g, '&#125;');
}

/** The component that prints a lesson's reference list from the course's reference texts. */
export const referenceListImport = "import LessonReferences from '$lib/course/LessonReferences.svelte';";

/**
 * Replaces citation groups with numbered superscript links and appends the reference list. The
 * lesson carries keys only: the list (LessonReferences.svelte) prints each text from the one module
 * of reference texts, so a text cited by many lessons ships once. Each link is named by its number
 * and section and described by its list entry (WAI-ARIA 1.2 aria-describedby), so a screen reader
 * still reads the source. Unknown keys are the loader's job to report; here they show visibly as "?".
 * Returns the markup and the imports it needs (none when nothing is cited).
 */
export function renderCitations(
  body: string,
  references: Record<string, Reference>,
): { markup: string; imports: string[] } {
  const order = citedKeys(body);
  const number = (key: string) => order.indexOf(key) + 1;
  const linked = body.replace(citationGroup, (_whole, group: string) => {
    const links = splitGroup(group).map(({ key, locator }) => {
      const known = Object.hasOwn(references, key);
      const where = locator ? `, ${locator}` : '';
      const label = known ? `Reference ${number(key)}${where}` : `Unknown reference ${key}`;
      const section = locator
        ? `<span class="cite-locator" aria-hidden="true">${escapeMarkup(locator)}</span>`
        : '';
      const described = known ? ` aria-describedby="ref-${key}"` : '';
      return `<a class="cite" href="#ref-${key}" data-ref="${key}" aria-label="${escapeMarkup(label)}"${described}>${known ? number(key) : '?'}</a>${section}`;
    });
    return `<sup class="cites">${links.join('<span aria-hidden="true">,</span>')}</sup>`;
  });
  if (order.length === 0) return { markup: linked, imports: [] };
  return {
    markup: `${linked.trimEnd()}\n\n<LessonReferences keys={${JSON.stringify(order)}} />\n`,
    imports: [referenceListImport],
  };
}
