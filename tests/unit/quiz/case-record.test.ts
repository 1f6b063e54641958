// An unfolding case's record at each part: tabs replaced by id, added in order, marked as changed.
import { describe, expect, it } from 'vitest';
import { changedTabs, exhibitsAt, showsExhibits } from '../../../src/lib/quiz/case-record';
import type { CaseItem } from '../../../src/lib/quiz/item-types';
import { caseSet } from './sample-items';

function unfolding(): CaseItem {
  const item = caseSet('u');
  item.exhibits = [
    { id: 'notes', title: 'Notes', text: '09:00 first' },
    { id: 'vitals', title: 'Vitals', text: 'P 72' },
  ];
  item.items[1] = { ...item.items[1]!, exhibits: [{ id: 'vitals', title: 'Vitals', text: 'P 72, P 118' }] };
  item.items[2] = { ...item.items[2]!, exhibits: [{ id: 'orders', title: 'Orders', text: 'Call' }] };
  return item;
}

describe('case record', () => {
  it('starts with the case’s tabs, then replaces and adds tabs part by part', () => {
    const item = unfolding();
    expect(exhibitsAt(item, 0).map((tab) => tab.text)).toEqual(['09:00 first', 'P 72']);
    expect(exhibitsAt(item, 1).map((tab) => tab.text)).toEqual(['09:00 first', 'P 72, P 118']);
    expect(exhibitsAt(item, 2).map((tab) => tab.id)).toEqual(['notes', 'vitals', 'orders']);
  });

  it('shows the record with the first part and again only where a part changes it', () => {
    const item = unfolding();
    expect([0, 1, 2].map((i) => showsExhibits(item, i))).toEqual([true, true, true]);
    item.items[2] = { ...item.items[2]!, exhibits: undefined };
    expect(showsExhibits(item, 2)).toBe(false);
    expect([...changedTabs(item, 1)]).toEqual(['vitals']);
    expect([...changedTabs(item, 0)]).toEqual([]);
  });

  it('a case without tabs shows none', () => {
    expect(showsExhibits(caseSet('plain'), 0)).toBe(false);
  });
});
