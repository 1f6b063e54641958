// What happened in this teaching session: which teach-back steps were opened and which points the
// patient explained in their own words. Held in this browser tab's memory only: never written to
// storage, never given to the progress model or an LMS, gone when the tab is closed or reloaded
// (no patient data leaves the room; issue: teaching sessions).
import { SvelteMap, SvelteSet } from 'svelte/reactivity';

const explained = new SvelteMap<string, SvelteSet<string>>();

function pointsOf(lesson: string): SvelteSet<string> {
  let points = explained.get(lesson);
  if (!points) {
    points = new SvelteSet();
    explained.set(lesson, points);
  }
  return points;
}

export const teachBackSession = {
  /** Records that the teach-back of `lesson` was opened (it then appears in the summary). */
  open(lesson: string): void {
    pointsOf(lesson);
  },
  isExplained(lesson: string, point: string): boolean {
    return explained.get(lesson)?.has(point) ?? false;
  },
  setExplained(lesson: string, point: string, yes: boolean): void {
    if (yes) pointsOf(lesson).add(point);
    else pointsOf(lesson).delete(point);
  },
  /** Lessons whose teach-back was opened in this tab, in the order they were opened. */
  lessons(): string[] {
    return [...explained.keys()];
  },
  clear(): void {
    explained.clear();
  },
};
