// Citation rendering: numbering by first appearance, grouped citations, escaping, the reference list
// by key (its texts come from the one module of reference texts, not from each lesson).
import { describe, expect, it } from 'vitest';
import { citedKeys, escapeMarkup, renderCitations } from '../../../src/lib/course/citations';
import type { Reference } from '../../../src/lib/course/schemas';

const references: Record<string, Reference> = {
  R1: { citation: 'Alpha <label> {2024}', kind: 'trial' },
  R5: { citation: 'Beta & Co.', kind: 'review' },
};

const listImport = "import LessonReferences from '$lib/course/LessonReferences.svelte';";

describe('citations', () => {
  it('lists cited keys once each, in order of first appearance', () => {
    expect(citedKeys('a [@R5] b [@R1; @R5] c [@R1,@R9]')).toEqual(['R5', 'R1', 'R9']);
  });

  it('numbers citations by first appearance and links each to its list entry', () => {
    const { markup } = renderCitations('First [@R5]. Then [@R1; @R5].', references);
    expect(markup).toContain('First <sup class="cites"><a class="cite" href="#ref-R5" data-ref="R5"');
    expect(markup).toMatch(/data-ref="R5"[^>]*>1<\/a><\/sup>/);
    expect(markup).toMatch(
      /data-ref="R1"[^>]*>2<\/a><span aria-hidden="true">,<\/span><a[^>]*data-ref="R5"[^>]*>1</,
    );
    expect(markup.endsWith('\n\n<LessonReferences keys={["R5","R1"]} />\n')).toBe(true);
  });

  it('names each link by number and section, described by its list entry, and leaves the text to the list', () => {
    const { markup, imports } = renderCitations('x [@R1]. y [@R5 §4.2].', references);
    expect(markup).toContain(
      '<a class="cite" href="#ref-R1" data-ref="R1" aria-label="Reference 1" aria-describedby="ref-R1">1</a>',
    );
    expect(markup).toContain('aria-label="Reference 2, §4.2" aria-describedby="ref-R5">2</a>');
    expect(markup).not.toContain('Alpha');
    expect(markup).not.toContain('Beta');
    expect(imports).toEqual([listImport]);
  });

  it('escapes markup characters in what it writes', () => {
    expect(escapeMarkup('a & "b" <c> {d}')).toBe('a &amp; &quot;b&quot; &lt;c&gt; &#123;d&#125;');
  });

  it('leaves text without citations unchanged and marks unknown keys visibly', () => {
    expect(renderCitations('No citations here.', references)).toEqual({
      markup: 'No citations here.',
      imports: [],
    });
    const unknown = renderCitations('x [@R404]', references).markup;
    expect(unknown).toContain('aria-label="Unknown reference R404">?</a>');
    expect(unknown).not.toContain('aria-describedby');
  });

  it('reads the label section after a key and shows it beside the number', () => {
    const body = 'Hold it [@R1 §2.5; @R5]. Stop it [@R1 §5.1, §5.2]. Both [@R5, @R1].';
    expect(citedKeys(body)).toEqual(['R1', 'R5']);
    const { markup } = renderCitations(body, references);
    expect(markup).toContain('aria-label="Reference 1, §2.5" aria-describedby="ref-R1">1</a>');
    expect(markup).toContain('<span class="cite-locator" aria-hidden="true">§2.5</span>');
    expect(markup).toContain('<span class="cite-locator" aria-hidden="true">§5.1, §5.2</span>');
    expect(markup).toContain('<LessonReferences keys={["R1","R5"]} />');
  });

  it("reads the label's Boxed Warning as a locator, so the keys after it are cited too", () => {
    const body = 'Serious [@R1 Boxed Warning; @R5]. Again [@R5 Boxed Warning].';
    expect(citedKeys(body)).toEqual(['R1', 'R5']);
    const { markup } = renderCitations(body, references);
    expect(markup).not.toContain('[@');
    expect(markup).toContain('aria-label="Reference 1, Boxed Warning" aria-describedby="ref-R1">1</a>');
    expect(markup.match(/<span class="cite-locator" aria-hidden="true">Boxed Warning<\/span>/g)).toHaveLength(
      2,
    );
  });
});
