// Turns a lesson file into the plain prose a reader actually reads, so a readability formula can score it.
// Frontmatter, <script>, HTML comments (embed markers), citations [@R1] and markup are removed; each
// block (heading, list item, table cell, summary line) becomes its own sentence, because readability
// formulas only see sentence ends and would otherwise glue a bullet list into one very long "sentence".
import { citationGroup } from '../../../src/lib/course/citations';

const entities: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#123;': '{',
  '&#125;': '}',
  '&nbsp;': ' ',
};

/** Plain prose of a lesson file, one block per sentence. */
export function lessonProse(source: string): string {
  let text = source.replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n?/, '');
  text = text
    .replace(/<script[\s\S]*?<\/script>/gi, '\n')
    .replace(/<style[\s\S]*?<\/style>/gi, '\n')
    .replace(/<!--[\s\S]*?-->/g, '\n')
    // The space before a citation goes too, so no stray " ." is left behind.
    .replace(new RegExp(`\\s*${citationGroup.source}`, 'g'), '')
    // Block-level tags end a block; inline tags (Term, strong, em) only lose their brackets.
    .replace(/<\/?(?:aside|details|summary|p|div|section|li|ul|ol|h[1-6]|table|tr|td|th|br)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/&[#a-z0-9]+;/gi, (entity) => entities[entity.toLowerCase()] ?? ' ');
  const blocks: string[] = [];
  for (const rawLine of text.split('\n')) {
    if (/^\s*\|?\s*:?-{3,}/.test(rawLine)) continue; // table separator row
    for (const cell of rawLine.split('|')) {
      let block = cell
        .replace(/^\s*#{1,6}\s+/, '')
        .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
        .replace(/[*_`]/g, '')
        .replace(/\s+/g, ' ')
        .trim();
      if (!block) continue;
      block = block.replace(/:$/, '.');
      if (!/[.?!]["')\]]*$/.test(block)) block += '.';
      blocks.push(block.charAt(0).toUpperCase() + block.slice(1));
    }
  }
  return blocks.join(' ');
}
