// API discovery (docs/lms-behaviour.md §1): parents first, then the opener chain; cross-origin frames are skipped;
// SCORM 2004 is preferred over 1.2; nothing found is not an error.
import { describe, expect, it } from 'vitest';
import { discoverApi, findApi, type FrameLike } from '../../../src/lib/progress/adapters/find-api';

function frame(props: Record<string, unknown> = {}, parent?: FrameLike): FrameLike {
  const win: FrameLike & Record<string, unknown> = { ...props };
  win.parent = parent ?? win;
  return win;
}

/** A frame whose every property access throws, like a cross-origin ancestor. */
function crossOrigin(parent: FrameLike): FrameLike {
  return new Proxy({} as FrameLike, {
    get(_, key) {
      if (key === 'parent') return parent;
      throw new DOMException('Blocked a frame with origin', 'SecurityError');
    },
  });
}

describe('finding the SCORM API', () => {
  it('climbs parent frames, past a cross-origin one', () => {
    const api = { Initialize() {} };
    const lms = frame({ API_1484_11: api });
    const content = frame({}, crossOrigin(frame({}, lms)));
    expect(findApi(content, 'API_1484_11')).toBe(api);
  });

  it('looks in the opener chain when no parent has it (LMS "new window" mode)', () => {
    const api = { LMSInitialize() {} };
    const opener = frame({}, frame({ API: api }));
    const popup = frame({ opener });
    expect(findApi(popup, 'API')).toBe(api);
  });

  it('looks in the top window’s opener', () => {
    const api = { LMSInitialize() {} };
    const top = frame({ opener: frame({ API: api }) });
    const inner = frame({ top }, top);
    expect(findApi(inner, 'API')).toBe(api);
  });

  it('prefers SCORM 2004 when both are present, and reports the version', () => {
    const both = frame({ API: { v: 12 }, API_1484_11: { v: 2004 } });
    expect(discoverApi(both)).toEqual({ version: '2004', api: { v: 2004 } });
    expect(discoverApi(frame({ API: { v: 12 } }))).toEqual({ version: '1.2', api: { v: 12 } });
  });

  it('returns null without throwing when there is no API, even if every frame is hostile', () => {
    expect(discoverApi(frame())).toBeNull();
    expect(discoverApi(crossOrigin(frame()))).toBeNull();
  });

  it('stops on a parent cycle instead of looping forever', () => {
    const a = frame();
    const b = frame({}, a);
    a.parent = b;
    expect(findApi(b, 'API')).toBeNull();
  });
});
