// Citation rendering: numbering by first appearance, grouped citations, escaping, the reference list.
import { describe, expect, it } from 'vitest';
import { citedKeys, escapeMarkup, renderCitations } from '../../../src/lib/course/citations';
import type { Reference } from '../../../src/lib/course/schemas';

const references: Record<string, Reference> = {
  R1: { citation: 'Alpha <label> {2024}', kind: 'trial' },
  R5: { citation: 'Beta & Co.', kind: 'review' },
};

describe('citations', () => {
  it('lists cited keys once each, in order of first appearance', () => {
    expect(citedKeys('a [@R5] b [@R1; @R5] c [@R1,@R9]')).toEqual(['R5', 'R1', 'R9']);
  });

  it('numbers citations by first appearance and links each to its list entry', () => {
    const html = renderCitations('First [@R5]. Then [@R1; @R5].', references);
    expect(html).toContain('First <sup class="cites"><a class="cite" href="#ref-R5" data-ref="R5"');
    expect(html).toMatch(/data-ref="R5"[^>]*>1<\/a><\/sup>/);
    expect(html).toMatch(
      /data-ref="R1"[^>]*>2<\/a><span aria-hidden="true">,<\/span><a[^>]*data-ref="R5"[^>]*>1</,
    );
    const list = html.slice(html.indexOf('<ol>'));
    expect(list.indexOf('id="ref-R5"')).toBeLessThan(list.indexOf('id="ref-R1"'));
  });

  it('escapes reference text so Svelte does not read braces or tags as markup', () => {
    const html = renderCitations('x [@R1]', references);
    expect(html).toContain('Alpha &lt;label&gt; &#123;2024&#125;');
    expect(escapeMarkup('a & "b"')).toBe('a &amp; &quot;b&quot;');
  });

  it('leaves text without citations unchanged and marks unknown keys visibly', () => {
    expect(renderCitations('No citations here.', references)).toBe('No citations here.');
    expect(renderCitations('x [@R404]', references)).toContain('>?</a>');
  });

  it('reads the label section after a key and shows it beside the number', () => {
    const body = 'Hold it [@R1 §2.5; @R5]. Stop it [@R1 §5.1, §5.2]. Both [@R5, @R1].';
    expect(citedKeys(body)).toEqual(['R1', 'R5']);
    const html = renderCitations(body, references);
    expect(html).toContain('aria-label="Reference 1, §2.5: Alpha &lt;label&gt; &#123;2024&#125;">1</a>');
    expect(html).toContain('<span class="cite-locator" aria-hidden="true">§2.5</span>');
    expect(html).toContain('<span class="cite-locator" aria-hidden="true">§5.1, §5.2</span>');
    expect(html.match(/<li id="ref-/g)).toHaveLength(2);
  });

  it("reads the label's Boxed Warning as a locator, so the keys after it are cited too", () => {
    const body = 'Serious [@R1 Boxed Warning; @R5]. Again [@R5 Boxed Warning].';
    expect(citedKeys(body)).toEqual(['R1', 'R5']);
    const html = renderCitations(body, references);
    expect(html).not.toContain('[@');
    expect(html).toContain(
      'aria-label="Reference 1, Boxed Warning: Alpha &lt;label&gt; &#123;2024&#125;">1</a>',
    );
    expect(html.match(/<span class="cite-locator" aria-hidden="true">Boxed Warning<\/span>/g)).toHaveLength(
      2,
    );
  });
});
