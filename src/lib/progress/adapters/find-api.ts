// Finds the LMS's SCORM API object the way ADL's sample content does (docs/lms-behaviour.md §1; SCORM 2004 RTE
// §3.1.2, SCORM 1.2 RTE §3.3.6): climb the parent frames, then the opener chain (the LMS's
// "new window" mode), tolerating cross-origin frames, and never throwing.

export type ApiName = 'API_1484_11' | 'API';

/** The smallest window shape discovery needs, so tests can pass fake frame trees. */
export interface FrameLike {
  parent?: FrameLike | null;
  opener?: FrameLike | null;
  top?: FrameLike | null;
}

const MAX_HOPS = 500;

function scan(start: FrameLike | null | undefined, name: ApiName): unknown {
  let win = start;
  for (let hops = 0; win && hops <= MAX_HOPS; hops++) {
    try {
      const api = (win as Record<string, unknown>)[name];
      if (api) return api;
    } catch {
      // A cross-origin ancestor throws SecurityError on property access: keep climbing.
    }
    let parent: FrameLike | null | undefined;
    try {
      parent = win.parent;
    } catch {
      parent = null;
    }
    if (!parent || parent === win) break;
    win = parent;
  }
  return null;
}

function readOpener(win: FrameLike | null | undefined): FrameLike | null {
  try {
    return win?.opener ?? null;
  } catch {
    return null;
  }
}

/** Looks for one API by name: parents first, then the opener, then the top window's opener. */
export function findApi(win: FrameLike, name: ApiName): unknown {
  let top: FrameLike | null;
  try {
    top = win.top ?? null;
  } catch {
    top = null;
  }
  return scan(win, name) ?? scan(readOpener(win), name) ?? scan(readOpener(top), name) ?? null;
}

/** SCORM 2004 first, then 1.2 (docs/lms-behaviour.md §1: look for API_1484_11 first and remember which was found). */
export function discoverApi(
  win: FrameLike,
): { version: '2004'; api: unknown } | { version: '1.2'; api: unknown } | null {
  const api2004 = findApi(win, 'API_1484_11');
  if (api2004) return { version: '2004', api: api2004 };
  const api12 = findApi(win, 'API');
  if (api12) return { version: '1.2', api: api12 };
  return null;
}
