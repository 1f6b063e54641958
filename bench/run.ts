// `npm run bench`: the course's size and speed, measured on this machine (never asserted as timed
// tests; the byte and request budgets are asserted in tests/e2e/build-budget.spec.ts). Needs a built
// course: `npm run build && npm run build:offline && npm run bench`. Reports, as tables and as JSON in
// bench/results/ with the machine's CPU and load average and the change since the previous run:
//  - bytes (gzip, as a host sends them) and requests of the home page and of each lesson and quiz,
//    with the modules each file carries; each SCORM zip; the offline single file;
//  - Lighthouse mobile on the home page, a lesson with a scene and a quiz: medians of BENCH_RUNS (3);
//  - frame times of each scene at its densest setting at 4× (the budget) and 6× CPU throttling.
// BENCH_PARTS=sizes,lighthouse,frames picks parts. Exits non-zero when the 4× frame budget is missed.
import { execSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { readBundleReport } from '../scripts/bundle-report/read-report';
import { assemblePackage, zipFiles } from '../scripts/scorm-package/assemble-package';
import { readBuildFolder } from '../scripts/scorm-package/build-folder';
import { loadContent } from '../src/lib/course/load-content';
import { benchScenes } from './densest-settings';
import { measureFrames, type FrameResult } from './frames';
import { frameBudget } from './frame-stats';
import { chromeFlags, lighthouseRun, medianRun, type LighthouseRun } from './lighthouse-runs';
import { changes, previousRecord, writeRecord, type Headlines } from './results-file';
import { measureRoutes, type RouteSize, type RouteTarget } from './route-sizes';
import { serveBuild } from './serve-build';

const buildDir = process.env.COURSE_BUILD_DIR ?? 'build';
const offlineDir = process.env.COURSE_OFFLINE_DIR ?? 'build-offline';
const runs = Number(process.env.BENCH_RUNS ?? 3);
const parts = new Set((process.env.BENCH_PARTS ?? 'sizes,lighthouse,frames').split(','));
const throttles = [4, 6];

// Playwright's own Chromium where installed; otherwise the system one (docs/build-notes.md §5).
function chromiumPath(): string | undefined {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  if (existsSync(chromium.executablePath())) return undefined;
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
}

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;
const table = (rows: (string | number)[][]) => {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  return rows
    .map((row, index) =>
      row
        .map((cell, column) =>
          typeof cell === 'number' || (index > 0 && column > 0)
            ? String(cell).padStart(widths[column]!)
            : String(cell).padEnd(widths[column]!),
        )
        .join('  '),
    )
    .join('\n');
};

const root = process.cwd();
const content = loadContent(root);
const catalog = content.quizzes;
const lessonTargets: RouteTarget[] = content.lessons.flatMap((lesson) =>
  (['nursing', 'patient'] as const).flatMap((track) => {
    const meta = lesson.tracks[track];
    return meta
      ? [{ route: `${track}/${lesson.slug}`, hash: `#/${track}/${lesson.slug}`, heading: meta.title }]
      : [];
  }),
);
const quizTargets: RouteTarget[] = catalog.quizzes.map((quiz) => ({
  route: `quiz/${quiz.id}`,
  hash: `#/quiz/${quiz.id}`,
  heading: quiz.title,
}));
// The three pages Lighthouse scores: the home page, the lesson of the densest scene, a quiz.
const sceneLesson = lessonTargets.find((target) => target.hash === benchScenes.at(-1)!.hash)!;
const lighthousePages = [
  { page: 'home', hash: '' },
  { page: `lesson ${sceneLesson.route}`, hash: sceneLesson.hash },
  { page: quizTargets[0]!.route, hash: quizTargets[0]!.hash },
];

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  loadAverageBefore: loadavg().map((value) => Math.round(value * 100) / 100),
  loadAverageAfter: [] as number[],
};
console.log(`${machine.cpu}, ${machine.cores} cores, load average ${machine.loadAverageBefore.join(' ')}\n`);

const headlines: Headlines = {};
let routes: RouteSize[] = [];
const packages: Record<string, { bytes: number; files: number }> = {};
let offlineGzip = Number.NaN;
const lighthouse: { page: string; runs: LighthouseRun[]; median: LighthouseRun }[] = [];
const frames: FrameResult[] = [];

const before = previousRecord();
const recordedAt = new Date().toISOString();
const commit = execSync('git rev-parse --short HEAD', { encoding: 'utf8' }).trim();
// Written after each part, so a run cut short still leaves what it measured.
const save = () => {
  machine.loadAverageAfter = loadavg().map((value) => Math.round(value * 100) / 100);
  return writeRecord({
    recordedAt,
    commit,
    machine,
    headlines,
    routes,
    packages,
    offlineGzip,
    lighthouse,
    frames,
  });
};

const served = await serveBuild(buildDir);
const executablePath = chromiumPath();
try {
  if (parts.has('sizes')) {
    const browser = await chromium.launch({ executablePath, args: chromeFlags });
    try {
      const report = readBundleReport(buildDir);
      routes = await measureRoutes(
        browser,
        served.url,
        content.course.title,
        [...lessonTargets, ...quizTargets],
        report,
      );
    } finally {
      await browser.close();
    }
    const build = readBuildFolder(buildDir);
    for (const version of ['scorm12', 'scorm2004'] as const) {
      const assembled = assemblePackage(version, content.course, build);
      const zip = zipFiles(assembled.files, new Date(`${content.course.lastReviewed}T12:00:00Z`));
      packages[version] = { bytes: zip.length, files: assembled.files.size };
    }
    offlineGzip = gzipSync(readFileSync(`${offlineDir}/index.html`), { level: 6 }).length;

    console.log('Bytes as a host sends them (gzip), first load of the home page and what each route adds');
    console.log(
      table([
        ['route', 'KiB', 'requests'],
        ...routes.map((size) => [`${size.route} (${size.kind})`, kib(size.gzipBytes), size.requests]),
      ]),
    );
    const home = routes[0]!;
    console.log('\nHome page files and the largest modules in each');
    for (const file of home.files)
      console.log(
        `  ${String(kib(file.gzipBytes)).padStart(5)} KiB  ${file.path}  ${file.modules.slice(0, 3).join(', ')}`,
      );
    console.log(
      `\nSCORM zips: ${Object.entries(packages)
        .map(([version, zip]) => `${version} ${kib(zip.bytes)} KiB (${zip.files} files)`)
        .join(', ')}`,
    );
    console.log(`offline single file: ${kib(offlineGzip)} KiB gzip\n`);

    headlines['home KiB'] = kib(home.gzipBytes);
    headlines['home requests'] = home.requests;
    const adds = (prefix: string) => routes.filter((size) => size.route.startsWith(prefix));
    headlines['largest lesson adds KiB'] = Math.max(
      ...adds('nursing/')
        .concat(adds('patient/'))
        .map((size) => kib(size.gzipBytes)),
    );
    headlines['largest quiz adds KiB'] = Math.max(...adds('quiz/').map((size) => kib(size.gzipBytes)));
    for (const size of routes.slice(1)) headlines[`${size.route} KiB`] = kib(size.gzipBytes);
    for (const [version, zip] of Object.entries(packages)) headlines[`${version} zip KiB`] = kib(zip.bytes);
    headlines['offline gzip KiB'] = kib(offlineGzip);
    save();
  }

  if (parts.has('lighthouse')) {
    for (const target of lighthousePages) {
      const pageRuns: LighthouseRun[] = [];
      for (let run = 0; run < runs; run++)
        pageRuns.push(await lighthouseRun(`${served.url}${target.hash}`, executablePath));
      lighthouse.push({ page: target.page, runs: pageRuns, median: medianRun(pageRuns) });
    }
    console.log(`Lighthouse ${'mobile'}, medians of ${runs} runs`);
    console.log(
      table([
        ['page', 'performance', 'accessibility', 'best practices', 'CLS', 'TBT ms', 'LCP ms', 'FCP ms'],
        ...lighthouse.map(({ page, median }) => [
          page,
          median.performance,
          median.accessibility,
          median.bestPractices,
          median.cls.toFixed(3),
          Math.round(median.tbtMs),
          Math.round(median.lcpMs),
          Math.round(median.fcpMs),
        ]),
      ]),
    );
    for (const { page, median } of lighthouse)
      if (median.failing.length) console.log(`  ${page}: not full marks on ${median.failing.join(', ')}`);
    console.log('');
    for (const { page, median } of lighthouse) {
      headlines[`lighthouse ${page} performance`] = median.performance;
      headlines[`lighthouse ${page} accessibility`] = median.accessibility;
      headlines[`lighthouse ${page} best practices`] = median.bestPractices;
      headlines[`lighthouse ${page} CLS`] = Math.round(median.cls * 1000) / 1000;
      headlines[`lighthouse ${page} TBT ms`] = Math.round(median.tbtMs);
    }
    save();
  }

  if (parts.has('frames')) {
    const browser = await chromium.launch({ executablePath, args: chromeFlags });
    try {
      for (const throttle of throttles) frames.push(...(await measureFrames(browser, served.url, throttle)));
    } finally {
      await browser.close();
    }
    const ms = (value: number) => value.toFixed(1);
    console.log(
      `Scene frames at their densest settings (budget at 4×: p95 ≤ ${frameBudget.p95FrameMs} ms, no long task > ${frameBudget.longTaskMs} ms)`,
    );
    console.log(
      table([
        [
          'scene',
          'CPU',
          'state',
          'frames',
          'p50 ms',
          'p95 ms',
          'max ms',
          'long tasks',
          'longest ms',
          'verdict',
        ],
        ...frames.map((frame) => [
          frame.scene,
          `${frame.throttle}×`,
          frame.state,
          frame.frames,
          ms(frame.p50),
          ms(frame.p95),
          ms(frame.max),
          frame.longTasks,
          ms(frame.longestTask),
          frame.state === 'running' ? (frame.withinBudget ? 'within budget' : 'OVER BUDGET') : '',
        ]),
      ]),
    );
    console.log('');
    for (const frame of frames.filter((result) => result.state === 'running'))
      headlines[`${frame.scene} ${frame.throttle}x p95 frame ms`] = Math.round(frame.p95 * 10) / 10;
  }
} finally {
  await served.close();
}

const file = save();
console.log(
  `Change since the previous run${before ? ` (${before.recordedAt}, ${before.commit})` : ' (none recorded)'}`,
);
console.log(
  table([
    ['figure', 'now', 'before', 'change'],
    ...changes(headlines, before?.headlines ?? null).map((row) => [
      row.name,
      row.now,
      row.before ?? '—',
      row.change === null ? '—' : `${row.change > 0 ? '+' : ''}${Math.round(row.change * 1000) / 1000}`,
    ]),
  ]),
);
console.log(`\nload average after: ${machine.loadAverageAfter.join(' ')}; recorded in ${file}`);
const missed = frames.some(
  (frame) => frame.throttle === 4 && frame.state === 'running' && !frame.withinBudget,
);
process.exitCode = missed ? 1 : 0;
