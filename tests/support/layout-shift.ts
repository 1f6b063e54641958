// Records every layout shift in a page and its frames (Layout Instability API), naming the elements
// that moved, so a test can assert the page's cumulative layout shift and say what shifted.
import type { Frame, Page } from '@playwright/test';

export interface RecordedShift {
  value: number;
  hadRecentInput: boolean;
  /** The moved nodes, as `tag#id.class` or `text "…"`. */
  sources: string[];
}

/** Call before the page loads: starts recording in the page and in every frame it opens. */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const shifts: unknown[] = [];
    (window as unknown as { __layoutShifts: unknown[] }).__layoutShifts = shifts;
    const describe = (node: Node | null | undefined): string => {
      if (!node) return '(removed node)';
      if (node.nodeType !== Node.ELEMENT_NODE)
        return `text "${(node.textContent ?? '').trim().slice(0, 40)}"`;
      const element = node as Element;
      const classes = [...element.classList].filter((name) => !name.startsWith('svelte-'));
      return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${classes.map((name) => `.${name}`).join('')}`;
    };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as {
        value: number;
        hadRecentInput: boolean;
        sources?: { node?: Node | null }[];
      }[]) {
        shifts.push({
          value: entry.value,
          hadRecentInput: entry.hadRecentInput,
          sources: (entry.sources ?? []).map((source) => describe(source.node)),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** Shifts recorded so far in `target` (a page or one of its frames), not counting those after input. */
export async function layoutShifts(target: Page | Frame): Promise<RecordedShift[]> {
  const all = await target.evaluate(
    () => (window as unknown as { __layoutShifts: RecordedShift[] }).__layoutShifts,
  );
  // CLS leaves out shifts within 500 ms of a tap or key press (Layout Instability API §2.3).
  return all.filter((shift) => !shift.hadRecentInput);
}

/** Waits until nothing is loading and every font the page asked for is settled. */
export async function settle(target: Page | Frame): Promise<void> {
  const page = 'page' in target ? target.page() : target;
  await page.waitForLoadState('networkidle');
  await target.evaluate(() => document.fonts.ready.then(() => undefined));
  // Two animation frames: layout and paint of whatever the last response caused.
  await target.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))),
  );
}
