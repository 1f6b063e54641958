// The offline single-file course (COURSE_BUNDLE=inline build) zipped for standalone use: the learner
// unzips it and opens index.html from disk (file://), so nothing may be fetched from elsewhere.
import { unzipSync } from 'fflate';
import { launchPage } from './manifest-input';
import { zipFiles } from './assemble-package';
import { scanForOutsideReferences } from './verify-package';

export interface OfflineResult {
  zip: Uint8Array;
  entries: string[];
  problems: string[];
}

export function packageOffline(build: Map<string, Uint8Array>, timestamp: Date): OfflineResult {
  const problems: string[] = [];
  if (!build.has(launchPage)) problems.push(`the offline build has no ${launchPage}`);
  problems.push(...scanForOutsideReferences(build));
  const zip = zipFiles(build, timestamp);
  const entries = Object.keys(unzipSync(zip)).filter((path) => !path.endsWith('/'));
  const missing = [...build.keys()].filter((path) => !entries.includes(path));
  if (missing.length > 0)
    problems.push(`the offline zip lost ${missing.length} file(s): ${missing.slice(0, 5).join(', ')}`);
  return { zip, entries, problems };
}
