// The glossary term component as a screen reader meets it (server render, no JS): a link to the
// glossary entry, described by the definition (WCAG 4.1.2), with the pop-up hidden until hover or focus.
import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import glossary from 'virtual:glossary';
import Term from '../../../src/lib/glossary/Term.svelte';

const text = (words: string) => createRawSnippet(() => ({ render: () => `<span>${words}</span>` }));

describe('<Term>', () => {
  const lvef = glossary.find((entry) => entry.id === 'lvef');

  it('links to the glossary entry and is described by the definition', () => {
    const { body } = render(Term, { props: { id: 'lvef', children: text('ejection fraction') } });
    const link = /<a[^>]*class="term-link[^"]*"[^>]*>/.exec(body)?.[0] ?? '';
    expect(link).toContain('href="#/glossary?term=lvef"');
    const describedBy = /aria-describedby="([^"]+)"/.exec(link)?.[1];
    expect(describedBy).toBeTruthy();
    const tooltip = new RegExp(
      `<span id="${describedBy}"[^>]*role="tooltip"[^>]*hidden[^>]*>([\\s\\S]*?)</span>\\s*</span>`,
    ).exec(body);
    expect(tooltip?.[1]).toContain(lvef?.definition);
    expect(body).toContain('ejection fraction');
  });

  it('shows the definition of the term it names, not another', () => {
    const muga = glossary.find((entry) => entry.id === 'muga');
    const { body } = render(Term, { props: { id: 'muga', children: text('MUGA scan') } });
    expect(body).toContain(muga?.definition);
    expect(body).not.toContain(lvef?.definition);
  });

  it('without a glossary entry, claims no description', () => {
    const { body } = render(Term, { props: { id: 'no-such-term', children: text('x') } });
    expect(body).not.toContain('aria-describedby');
  });
});
