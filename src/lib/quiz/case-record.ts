// An unfolding case's record (its exhibit tabs) as it stands at each part: the case's own tabs,
// then each part's tabs replacing a tab of the same id or adding a new one, in part order.
import type { CaseItem, Exhibit } from './item-types.ts';

/** The tabs shown with part `index` of the case. */
export function exhibitsAt(item: CaseItem, index: number): Exhibit[] {
  const tabs = [...item.exhibits];
  for (const part of item.items.slice(0, index + 1)) {
    for (const exhibit of part.exhibits ?? []) {
      const at = tabs.findIndex((tab) => tab.id === exhibit.id);
      if (at >= 0) tabs[at] = exhibit;
      else tabs.push(exhibit);
    }
  }
  return tabs;
}

/** True when part `index` shows the record anew: the first part of a case with tabs, or a part that changes a tab. */
export function showsExhibits(item: CaseItem, index: number): boolean {
  const part = item.items[index];
  if (!part) return false;
  return index === 0 ? exhibitsAt(item, 0).length > 0 : (part.exhibits?.length ?? 0) > 0;
}

/** The ids of the tabs part `index` changed or added (marked "updated" in the tab list). */
export function changedTabs(item: CaseItem, index: number): Set<string> {
  return index === 0 ? new Set() : new Set((item.items[index]?.exhibits ?? []).map((tab) => tab.id));
}
