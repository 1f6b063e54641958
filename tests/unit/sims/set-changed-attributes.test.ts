// setChangedAttributes writes an attribute only when its value changes, and removes it for null, so
// shapes that stand still cost no style or paint work from one frame to the next.
import { selectAll } from 'd3-selection';
import { describe, expect, it } from 'vitest';
import { setChangedAttributes } from '../../../src/lib/sims/set-changed-attributes';

/** The part of an Element the helper uses, counting every write. */
class FakeElement {
  readonly attributes = new Map<string, string>();
  writes = 0;
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string) {
    this.writes++;
    this.attributes.set(name, value);
  }
  removeAttribute(name: string) {
    this.writes++;
    this.attributes.delete(name);
  }
}

function shapes(data: { x: number; state: string | null }[]) {
  const nodes = data.map(() => new FakeElement());
  const selection = selectAll(nodes as unknown as Element[]).data(data);
  return { nodes, selection };
}

describe('setChangedAttributes', () => {
  it('writes each value once, as text, from the datum', () => {
    const { nodes, selection } = shapes([
      { x: 1, state: 'free' },
      { x: 2.5, state: 'bound' },
    ]);
    setChangedAttributes(selection, (d) => ({
      transform: `translate(${d.x}, 0)`,
      'data-state': d.state,
      r: 4,
    }));
    expect(nodes.map((node) => Object.fromEntries(node.attributes))).toEqual([
      { transform: 'translate(1, 0)', 'data-state': 'free', r: '4' },
      { transform: 'translate(2.5, 0)', 'data-state': 'bound', r: '4' },
    ]);
    expect(nodes.map((node) => node.writes)).toEqual([3, 3]);
  });

  it('does not write again when nothing changed', () => {
    const { nodes, selection } = shapes([{ x: 1, state: 'free' }]);
    const values = (d: { x: number; state: string | null }) => ({ cx: d.x, 'data-state': d.state });
    setChangedAttributes(selection, values);
    setChangedAttributes(selection, values);
    expect(nodes[0]?.writes).toBe(2);
  });

  it('writes only the attribute that changed, and removes one set to null', () => {
    const { nodes, selection } = shapes([{ x: 1, state: 'free' }]);
    setChangedAttributes(selection, (d) => ({ cx: d.x, 'data-state': d.state }));
    setChangedAttributes(selection, (d) => ({ cx: d.x + 1, 'data-state': null }));
    expect(Object.fromEntries(nodes[0]?.attributes ?? [])).toEqual({ cx: '2' });
    expect(nodes[0]?.writes).toBe(4);
    setChangedAttributes(selection, () => ({ 'data-state': null }));
    expect(nodes[0]?.writes).toBe(4);
  });
});
