// Size budgets, deterministic for a build (timings belong in bench/): what a learner on a phone
// downloads before the course home appears, what each lesson, quiz and animation scene adds when
// opened, the SCORM zips an LMS administrator uploads and the offline single file. Bytes are counted
// as a web host sends them (tests/support/load-bytes.ts), with the course at a deep LMS-like path.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';
import { readBundleReport } from '../../scripts/bundle-report/read-report';
import { assemblePackage, zipFiles } from '../../scripts/scorm-package/assemble-package';
import { readBuildFolder } from '../../scripts/scorm-package/build-folder';
import { loadContent } from '../../src/lib/course/load-content';
import { followLink, kib, watchLoads, type LoadTally } from '../support/load-bytes';
import { seedRandom } from '../support/seed-random';
import { courseUrl, coursePath } from '../support/paths';

const KiB = 1024;
// Issue 14's budgets: each held at the figure measured last plus a little headroom, so it cannot grow
// (README "Size and speed" has the figures). Requests count too: inside an LMS every file is one slow
// request (docs/build-notes.md §6).
const budget = {
  // Target 45 KiB in 10 requests; measured 74.7 KiB in 11 with the interface messages, 76.3 KiB in 11
  // with the English / Español switch on the home page and the Spanish letters in the fonts (its
  // Spanish lessons load only when opened), 77.8 KiB in 11 with the Spanish course words. Each interface
  // message carries its English and Spanish text in the one chunk (Paraglide), so the Spanish words
  // travel with the English first load.
  // SvelteKit writes an entry file per route node and one for its runtime.
  home: { gzipBytes: 79 * KiB, requests: 11 },
  // Target 60 KiB. Measured at most 55.1 KiB in 12 (nursing lesson 2) and 53.8 KiB in 13 (patient
  // lesson 2, with its self-check) once the scenes and drills take their words from the messages: lesson bodies cite by key and print their reference lists from
  // the one reference-texts file (src/lib/course/vite-plugin-course.ts).
  lessonAdds: { gzipBytes: 57 * KiB, requests: 13 },
  // Target 40 KiB. A quiz whose drawn questions print italic text also loads the italic face
  // (7.1 KiB, one request): the draw is seeded here, and these hold for any draw. A practice quiz
  // measured 34.6 and 32.0 KiB in 6 without the italic face (41.7 in 7 with it); its feedback fetches
  // the reference texts when it first appears, not with the quiz.
  practiceQuizAdds: { gzipBytes: 43 * KiB, requests: 7 },
  // Measured 48.3 KiB in 7 without the italic face. The final's blueprint draws from every bank.
  finalQuizAdds: { gzipBytes: 57 * KiB, requests: 8 },
  sceneCode: 30 * KiB,
  // Target 250 KiB; measured 340.5 (1.2) and 371.1 (2004, which also carries its XML schema files)
  // with the Spanish patient track (its pages, glossary, scene words and messages add about 38 KiB),
  // each reference text stored once and no file shipped that nothing loads.
  scormZip: { scorm12: 343 * KiB, scorm2004: 374 * KiB },
  // Measured 279.9 KiB with the Spanish patient track inlined (target 350).
  offlineGzip: 283 * KiB,
};

const buildDir = process.env.COURSE_BUILD_DIR ?? 'build';
const offlineDir = process.env.COURSE_OFFLINE_DIR ?? 'build-offline';
const content = loadContent(process.cwd());
const catalog = content.quizzes;
// A question of the first quiz's own bank: that quiz's page loads the bank, the home page must not.
const firstQuiz = catalog.quizzes[0]!;
const firstQuizBank = firstQuiz.draw.find((rule) => rule.bank)?.bank ?? Object.keys(catalog.banks)[0]!;
const quizStem = catalog.banks[firstQuizBank]!.items[0]!.stem.slice(0, 60);
const lessonRoutes = content.lessons.flatMap((lesson) =>
  (['nursing', 'patient'] as const).flatMap((track) => {
    const meta = lesson.tracks[track];
    return meta ? [{ hash: `#/${track}/${lesson.slug}`, file: meta.file, title: meta.title }] : [];
  }),
);
// The last Spanish patient lesson's title, as the Spanish outline carries it.
const spanishTitle =
  Object.values(content.translations.es?.lessons ?? {}).at(-1)?.title ?? '(no Spanish track)';
// A run of plain words from the last nursing lesson (no quotes or dashes, which the markdown
// compiler may turn into typographic characters).
const lessonLine = readFileSync(content.lessons.at(-1)!.tracks.nursing!.file, 'utf8')
  .match(/\n[A-Z][a-z]+(?: [a-z]+){5,}/)![0]
  .trim();

// Scenes are the folders of src/lib/sims/ with a Scene.svelte; the files beside them are their player.
const sceneFolders = readdirSync('src/lib/sims').filter((name) =>
  existsSync(`src/lib/sims/${name}/Scene.svelte`),
);
const isSceneModule = (id: string) =>
  /^src\/lib\/sims\/[^/]+\.(ts|svelte)$/.test(id) ||
  sceneFolders.some((folder) => id.startsWith(`src/lib/sims/${folder}/`)) ||
  id.startsWith('node_modules/d3-');

const describeTally = (what: string, loaded: LoadTally) =>
  `${what}: ${kib(loaded.gzipBytes)} gzip in ${loaded.requests} requests\n` +
  loaded.files.map((file) => `  ${kib(file.gzipBytes).padStart(9)}  ${file.path}`).join('\n');

/** Opens the course home in a fresh page and returns what it loaded, with a watcher for what follows. */
async function openHome(page: Page) {
  const loads = watchLoads(page, coursePath);
  await page.goto(courseUrl);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.course.title);
  await loads.quiet();
  return { home: await loads.take(), loads };
}

test(`the course home loads within ${kib(budget.home.gzipBytes)} gzip in ${budget.home.requests} requests, without lesson bodies or quiz banks`, async ({
  page,
}) => {
  const bodies: string[] = [];
  page.on('response', async (response) => {
    bodies.push((await response.body().catch(() => Buffer.alloc(0))).toString('utf8'));
  });
  const { home, loads } = await openHome(page);
  console.info(describeTally('home first load', home));
  expect(home.gzipBytes).toBeLessThanOrEqual(budget.home.gzipBytes);
  expect(home.requests).toBeLessThanOrEqual(budget.home.requests);
  expect(bodies.some((body) => body.includes(quizStem))).toBe(false);
  expect(bodies.some((body) => body.includes(lessonLine))).toBe(false);
  // None of the Spanish track's lesson text either (its outline and pages load when opened).
  if (spanishTitle) expect(bodies.some((body) => body.includes(spanishTitle))).toBe(false);

  // The same text does arrive once the learner opens that lesson or quiz: the checks above can see it.
  await followLink(page, `#/nursing/${content.lessons.at(-1)!.slug}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    content.lessons.at(-1)!.tracks.nursing!.title,
  );
  await loads.quiet();
  expect(bodies.some((body) => body.includes(lessonLine))).toBe(true);
  if (spanishTitle) {
    await followLink(page, '#/es');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es-US');
    await loads.quiet();
    expect(bodies.some((body) => body.includes(spanishTitle))).toBe(true);
  }
  await followLink(page, `#/quiz/${firstQuiz.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstQuiz.title);
  await loads.quiet();
  expect(bodies.some((body) => body.includes(quizStem))).toBe(true);
  await loads.take();
});

test(`each lesson adds at most ${kib(budget.lessonAdds.gzipBytes)} in ${budget.lessonAdds.requests} requests, and each animation scene's own code at most ${kib(budget.sceneCode)}`, async ({
  browser,
}) => {
  test.setTimeout(60_000 + lessonRoutes.length * 20_000);
  const report = readBundleReport(buildDir);
  let scenesSeen = 0;
  for (const route of lessonRoutes) {
    const page = await browser.newPage();
    const { loads } = await openHome(page);
    await followLink(page, route.hash);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(route.title);
    await loads.quiet();
    const added = await loads.take();
    console.info(describeTally(`${route.hash} adds`, added));
    expect(added.gzipBytes, `${route.hash} (${route.file})`).toBeLessThanOrEqual(budget.lessonAdds.gzipBytes);
    expect(added.requests, `${route.hash} requests`).toBeLessThanOrEqual(budget.lessonAdds.requests);

    // A scene's own code: the scripts that carry a scene's modules, the shared scene player or d3,
    // and the styles they bring (a static diagram beside the scene is not part of it).
    const sceneScripts = added.files.filter((file) =>
      report.get(file.path)?.modules.some((module) => isSceneModule(module.id)),
    );
    const sceneStyles = new Set(sceneScripts.flatMap((file) => report.get(file.path)!.css));
    const sceneFiles = added.files.filter(
      (file) => sceneScripts.includes(file) || sceneStyles.has(file.path),
    );
    if ((await page.locator('[data-scene]').count()) > 0) {
      scenesSeen++;
      const sceneBytes = sceneFiles.reduce((sum, file) => sum + file.gzipBytes, 0);
      console.info(`${route.hash} scene code: ${kib(sceneBytes)} in ${sceneFiles.length} files`);
      expect(sceneFiles.length).toBeGreaterThan(0);
      expect(sceneBytes, `scene code of ${route.hash}`).toBeLessThanOrEqual(budget.sceneCode);
    }
    await page.close();
  }
  expect(scenesSeen).toBeGreaterThanOrEqual(2);
});

test(`each practice quiz adds at most ${kib(budget.practiceQuizAdds.gzipBytes)} in ${budget.practiceQuizAdds.requests} requests, the final at most ${kib(budget.finalQuizAdds.gzipBytes)} in ${budget.finalQuizAdds.requests}`, async ({
  browser,
}) => {
  test.setTimeout(60_000 + catalog.quizzes.length * 20_000);
  expect(catalog.quizzes.filter((quiz) => quiz.isFinal)).toHaveLength(1);
  for (const quiz of catalog.quizzes) {
    const page = await browser.newPage();
    await seedRandom(page, 14);
    const { loads } = await openHome(page);
    await followLink(page, `#/quiz/${quiz.id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(quiz.title);
    await loads.quiet();
    const added = await loads.take();
    console.info(describeTally(`quiz ${quiz.id} adds`, added));
    const limit = quiz.isFinal ? budget.finalQuizAdds : budget.practiceQuizAdds;
    expect(added.gzipBytes, `quiz ${quiz.id}`).toBeLessThanOrEqual(limit.gzipBytes);
    expect(added.requests, `quiz ${quiz.id} requests`).toBeLessThanOrEqual(limit.requests);
    await page.close();
  }
});

test(`the SCORM 1.2 zip stays within ${kib(budget.scormZip.scorm12)} and the 2004 zip within ${kib(budget.scormZip.scorm2004)}`, () => {
  const build = readBuildFolder(buildDir);
  for (const version of ['scorm12', 'scorm2004'] as const) {
    const assembled = assemblePackage(version, content.course, build);
    const zip = zipFiles(assembled.files, new Date(`${content.course.lastReviewed}T12:00:00Z`));
    console.info(`${version} zip: ${kib(zip.length)}, ${assembled.files.size} files`);
    expect(zip.length, version).toBeLessThanOrEqual(budget.scormZip[version]);
    // woff2 only: no second copy of a font in another format.
    expect([...assembled.files.keys()].filter((name) => /\.(woff|ttf|otf|eot)$/.test(name))).toEqual([]);
    // The page carries its icon as a data URL, so the icon file is not shipped as well.
    expect(assembled.files.has('favicon.svg')).toBe(false);
  }
});

test(`the offline single file stays within ${kib(budget.offlineGzip)} gzip`, () => {
  const file = `${offlineDir}/index.html`;
  const gzipBytes = gzipSync(readFileSync(file), { level: 6 }).length;
  console.info(`offline single file: ${kib(statSync(file).size)}, ${kib(gzipBytes)} gzip`);
  expect(gzipBytes).toBeLessThanOrEqual(budget.offlineGzip);
});
