// Citations in lesson text: an author writes `[@R5]` or `[@R5; @R57]` after a statement; the course
// shows numbered superscripts and a numbered reference list at the end of the lesson.
// Numbers follow first appearance in the lesson (Vancouver style, as nursing journals use).
import type { Reference } from './schemas';

/** Matches one citation group: `[@R1]`, `[@R1; @R2]`, `[@R1, @R2]`. */
export const citationGroup = /\[@([A-Za-z][A-Za-z0-9-]*(?:\s*[;,]\s*@[A-Za-z][A-Za-z0-9-]*)*)\]/g;

export function citedKeys(body: string): string[] {
  const keys: string[] = [];
  for (const match of body.matchAll(citationGroup)) {
    for (const key of splitGroup(match[1] ?? '')) if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}

function splitGroup(group: string): string[] {
  return group.split(/[;,]/).map((k) => k.trim().replace(/^@/, ''));
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

/**
 * Replaces citation groups with numbered superscript links and appends the reference list.
 * Unknown keys are the loader's job to report; here they are rendered visibly as "?".
 */
export function renderCitations(body: string, references: Record<string, Reference>): string {
  const order = citedKeys(body);
  const number = (key: string) => order.indexOf(key) + 1;
  const linked = body.replace(citationGroup, (_whole, group: string) => {
    const links = splitGroup(group).map((key) => {
      const ref = references[key];
      const label = ref ? `Reference ${number(key)}: ${ref.citation}` : `Unknown reference ${key}`;
      return `<a class="cite" href="#ref-${key}" data-ref="${key}" aria-label="${escapeMarkup(label)}">${ref ? number(key) : '?'}</a>`;
    });
    return `<sup class="cites">${links.join('<span aria-hidden="true">,</span>')}</sup>`;
  });
  if (order.length === 0) return linked;
  const items = order
    .map((key) => {
      const ref = references[key];
      const text = ref ? escapeMarkup(ref.citation) : `Unknown reference ${escapeMarkup(key)}`;
      return `<li id="ref-${key}" tabindex="-1"><span class="ref-key">[${key}]</span> ${text}</li>`;
    })
    .join('\n');
  return (
    `${linked.trimEnd()}\n\n<section class="lesson-references" aria-labelledby="lesson-references-heading">\n` +
    `<h2 id="lesson-references-heading">References</h2>\n<ol>\n${items}\n</ol>\n</section>\n`
  );
}
