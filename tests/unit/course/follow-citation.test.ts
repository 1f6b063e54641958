// Citation links focus their entry in the page's reference list instead of letting the hash router read
// "#ref-R1" as a route (WCAG 2.4.3); any other click is left alone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { followCitation } from '../../../src/lib/course/follow-citation';

afterEach(() => vi.unstubAllGlobals());

function page(entries: string[]) {
  const calls: string[] = [];
  const targets = new Map(
    entries.map((id) => [
      id,
      {
        scrollIntoView: (options: unknown) => calls.push(`scroll ${id} ${JSON.stringify(options)}`),
        focus: (options: unknown) => calls.push(`focus ${id} ${JSON.stringify(options)}`),
      },
    ]),
  );
  vi.stubGlobal('document', { getElementById: (id: string) => targets.get(id) ?? null });
  return calls;
}

function click(link: { ref: string } | null) {
  let prevented = false;
  const target = {
    closest: (selector: string) => (selector === 'a.cite' && link ? { dataset: { ref: link.ref } } : null),
  };
  followCitation({ target, preventDefault: () => (prevented = true) } as unknown as MouseEvent);
  return prevented;
}

describe('followCitation', () => {
  it('moves focus to the cited entry, scrolled to the middle of the view', () => {
    const calls = page(['ref-R1', 'ref-R22']);
    expect(click({ ref: 'R22' })).toBe(true);
    expect(calls).toEqual(['scroll ref-R22 {"block":"center"}', 'focus ref-R22 {"preventScroll":true}']);
  });

  it('leaves a click outside a citation link to the browser', () => {
    const calls = page(['ref-R1']);
    expect(click(null)).toBe(false);
    expect(calls).toEqual([]);
  });

  it('still keeps the router from reading the fragment when the entry is missing', () => {
    const calls = page([]);
    expect(click({ ref: 'R99' })).toBe(true);
    expect(calls).toEqual([]);
  });
});
