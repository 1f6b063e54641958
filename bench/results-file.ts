// The benchmark's record: one JSON file per run under bench/results/, named by its UTC time, and the
// change of each headline figure since the previous recorded run.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const resultsDir = 'bench/results';

/** Headline figures by name, e.g. `home gzip KiB` or `lighthouse home performance`; all numbers. */
export type Headlines = Record<string, number>;

export interface BenchRecord {
  recordedAt: string;
  commit: string;
  machine: { cpu: string; cores: number; loadAverageBefore: number[]; loadAverageAfter: number[] };
  headlines: Headlines;
  [detail: string]: unknown;
}

/** The most recent earlier record, or null when there is none. */
export function previousRecord(dir = resultsDir): BenchRecord | null {
  if (!existsSync(dir)) return null;
  const last = readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .at(-1);
  return last ? (JSON.parse(readFileSync(join(dir, last), 'utf8')) as BenchRecord) : null;
}

export function writeRecord(record: BenchRecord, dir = resultsDir): string {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${record.recordedAt.replace(/:/g, '-').replace(/\.\d+Z$/, 'Z')}.json`);
  writeFileSync(file, `${JSON.stringify(record, null, 1)}\n`);
  return file;
}

export interface Change {
  name: string;
  now: number;
  before: number | null;
  change: number | null;
}

/** Each headline now, before and the difference (null where the previous run did not have it). */
export function changes(now: Headlines, before: Headlines | null): Change[] {
  return Object.entries(now).map(([name, value]) => {
    const old = before?.[name];
    return {
      name,
      now: value,
      before: old ?? null,
      change: old === undefined || !Number.isFinite(old) ? null : value - old,
    };
  });
}
