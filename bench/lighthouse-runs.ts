// Lighthouse (mobile: its default Moto G Power emulation, simulated slow 4G and 4× CPU) on one page,
// repeated; the benchmark reports the median of each figure. Chromium runs headless, the system one
// where Playwright's own is not installed (docs/build-notes.md §5).
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';

export interface LighthouseRun {
  performance: number;
  accessibility: number;
  bestPractices: number;
  /** Cumulative layout shift (unitless). */
  cls: number;
  /** Total blocking time, ms. */
  tbtMs: number;
  lcpMs: number;
  fcpMs: number;
  /** Audits of the three categories that did not score full marks, by id. */
  failing: string[];
}

const categories = ['performance', 'accessibility', 'best-practices'] as const;

export const chromeFlags = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const score = (value: number | null | undefined) => Math.round((value ?? 0) * 100);

/** One Lighthouse run of `url` in a fresh Chromium (cold cache, as a learner's first visit). */
export async function lighthouseRun(url: string, chromePath: string | undefined): Promise<LighthouseRun> {
  const chrome = await launch({ chromePath, chromeFlags });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: [...categories],
    });
    if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
    const { lhr } = result;
    if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
    const numeric = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
    const failing = categories.flatMap((category) =>
      (lhr.categories[category]?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0)
        .map((ref) => lhr.audits[ref.id])
        .filter((audit) => audit && audit.score !== null && audit.score < 1)
        .map((audit) => audit!.id),
    );
    return {
      performance: score(lhr.categories.performance?.score),
      accessibility: score(lhr.categories.accessibility?.score),
      bestPractices: score(lhr.categories['best-practices']?.score),
      cls: numeric('cumulative-layout-shift'),
      tbtMs: numeric('total-blocking-time'),
      lcpMs: numeric('largest-contentful-paint'),
      fcpMs: numeric('first-contentful-paint'),
      failing: [...new Set(failing)],
    };
  } finally {
    chrome.kill();
  }
}

export function median(values: number[]): number {
  const sorted = [...values].filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Medians over runs; an audit counts as failing when it failed in most runs. */
export function medianRun(runs: LighthouseRun[]): LighthouseRun {
  const pick = (key: Exclude<keyof LighthouseRun, 'failing'>) => median(runs.map((run) => run[key]));
  const counts = new Map<string, number>();
  for (const id of runs.flatMap((run) => run.failing)) counts.set(id, (counts.get(id) ?? 0) + 1);
  return {
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    cls: pick('cls'),
    tbtMs: pick('tbtMs'),
    lcpMs: pick('lcpMs'),
    fcpMs: pick('fcpMs'),
    failing: [...counts].filter(([, count]) => count * 2 > runs.length).map(([id]) => id),
  };
}
