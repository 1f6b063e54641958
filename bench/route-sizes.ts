// What each route downloads, as a host sends it (tests/support/load-bytes.ts): the home page's first
// load, then what each lesson and quiz adds when opened from it, with the modules each file carries
// (from the build's bundle report, scripts/bundle-report/).
import type { Browser, Page } from 'playwright-core';
import type { BundleReportFile } from '../scripts/bundle-report/vite-plugin-bundle-report';
import { followLink, watchLoads, type LoadTally } from '../tests/support/load-bytes';
import { coursePath } from '../tests/support/paths';

export interface RouteFile {
  path: string;
  gzipBytes: number;
  /** The largest source modules in the file, by size before minification. */
  modules: string[];
}

export interface RouteSize {
  route: string;
  /** `first load` for the home page, `adds` for a route opened from it. */
  kind: 'first load' | 'adds';
  requests: number;
  gzipBytes: number;
  files: RouteFile[];
}

export interface RouteTarget {
  route: string;
  hash: string;
  /** Text of the page's level-1 heading once it has loaded. */
  heading: string;
}

function describe(
  route: string,
  kind: RouteSize['kind'],
  tally: LoadTally,
  report: Map<string, BundleReportFile>,
): RouteSize {
  return {
    route,
    kind,
    requests: tally.requests,
    gzipBytes: tally.gzipBytes,
    files: tally.files.map((file) => ({
      path: file.path,
      gzipBytes: file.gzipBytes,
      modules: (report.get(file.path)?.modules ?? []).slice(0, 5).map((module) => module.id),
    })),
  };
}

async function openHome(page: Page, url: string, homeHeading: string) {
  const loads = watchLoads(page, coursePath);
  await page.goto(url);
  await page.getByRole('heading', { level: 1, name: homeHeading }).waitFor();
  await loads.quiet();
  return { home: await loads.take(), loads };
}

/** The home page's first load, then each target opened from a fresh home page. */
export async function measureRoutes(
  browser: Browser,
  url: string,
  homeHeading: string,
  targets: RouteTarget[],
  report: Map<string, BundleReportFile>,
): Promise<RouteSize[]> {
  const sizes: RouteSize[] = [];
  for (const target of [null, ...targets]) {
    const page = await browser.newPage();
    const { home, loads } = await openHome(page, url, homeHeading);
    if (!target) sizes.push(describe('home', 'first load', home, report));
    else {
      await followLink(page, target.hash);
      await page.getByRole('heading', { level: 1, name: target.heading }).waitFor();
      await loads.quiet();
      sizes.push(describe(target.route, 'adds', await loads.take(), report));
    }
    await page.close();
  }
  return sizes;
}
