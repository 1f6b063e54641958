// Opens the one place the learner's record is kept, once at launch: the LMS's SCORM 2004 API, else
// its SCORM 1.2 API, else this browser (or memory when storage is blocked). Apart from the progress
// model, so the model only sees an adapter and what it handed back at launch.
import type { LaunchInfo, ProgressAdapter } from './adapters/adapter';
import { discoverApi, type FrameLike } from './adapters/find-api';
import { LocalAdapter, type LocalAdapterOptions } from './adapters/local';
import { Scorm12Adapter } from './adapters/scorm12';
import { Scorm2004Adapter } from './adapters/scorm2004';
import type { ScormLog } from './adapters/scorm-connection';
import { notices, type NoticeId } from './progress-notices';

export interface Opened {
  adapter: ProgressAdapter;
  launch: LaunchInfo;
  /** A notice for the learner about where progress is (or is not) being kept, or ''. */
  notice: NoticeId | '';
}

export function openProgressStore(win: FrameLike | null, local: LocalAdapterOptions, log?: ScormLog): Opened {
  let notice: NoticeId | '' = '';
  const found = win ? discoverApi(win) : null;
  if (found) {
    const adapter =
      found.version === '2004' ? new Scorm2004Adapter(found.api, log) : new Scorm12Adapter(found.api, log);
    const launch = adapter.launch();
    if (launch) return { adapter, launch, notice };
    notice = notices.lmsUnavailable;
  }
  const adapter = new LocalAdapter(local);
  const launch = adapter.launch();
  if (adapter.target === 'memory' && !notice) notice = notices.storageBlocked;
  return { adapter, launch, notice };
}
