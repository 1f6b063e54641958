// The real SCORM packages run as an LMS runs them: each zip from `scripts/package.ts` is unzipped and
// served from a deep folder, launched by a scorm-again LMS page (tests/lms/package-lms.html) in an
// iframe or a new window, played through to a completed and passed course (every lesson, the final
// assessment, Finish) and relaunched with the data the LMS stored. Also runs with no LMS at all (standalone and the offline zip from file://).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { loadContent } from '../../src/lib/course/load-content';
import { LessonKeys } from '../../src/lib/progress/lesson-keys';
import { decodeSuspendData } from '../../src/lib/progress/suspend-codec';
import { packageIdentifiers } from '../../scripts/scorm-package/package-identifiers';
import type { SimpleItem } from '../../src/lib/quiz/item-types';
import { finalQuiz, journalParts, passFinalAssessment } from '../support/final-assessment';
import { expectedLmsIdentifier } from '../support/lms-identifier';
import { foreignRequests, watchPage } from '../support/page-problems';

// In order, in one worker: the packages are built and unzipped once into folders all tests share, and
// the relaunch test replays what the first session stored.
test.describe.configure({ mode: 'default' });

const content = loadContent(process.cwd());
const { course } = content;
const lessonKeys = LessonKeys.of(content);
const nursingLessons = content.lessons.filter((lesson) => lesson.tracks.nursing);

type Version = '1.2' | '2004';
const packages: Record<Version, string> = { '1.2': 'scorm12', '2004': 'scorm2004' };
const outputDir = resolve('.test-output');
const distDir = join(outputDir, 'dist');
const packagesDir = join(outputDir, 'packages');
const launchUrl = (name: string) => `/lms/packages/${name}/scormcontent/index.html`;

function unzipTo(zipPath: string, folder: string): Record<string, Uint8Array> {
  const files = unzipSync(new Uint8Array(readFileSync(zipPath)));
  rmSync(folder, { recursive: true, force: true });
  for (const [path, data] of Object.entries(files)) {
    if (path.endsWith('/')) continue;
    mkdirSync(dirname(join(folder, path)), { recursive: true });
    writeFileSync(join(folder, path), data);
  }
  return files;
}

/** What the manifest tells the LMS, read back from the zip (so the runtime gets what an LMS would). */
const manifests: Partial<Record<Version, string>> = {};
const manifestValue = (version: Version, pattern: RegExp) => manifests[version]?.match(pattern)?.[1] ?? '';
let packagingSummary = '';

test.beforeAll(() => {
  // The packaging step itself: builds the zips from the course build and runs every package check.
  packagingSummary = execFileSync('npx', ['tsx', 'scripts/package.ts'], {
    env: { ...process.env, COURSE_DIST_DIR: distDir },
    encoding: 'utf8',
  });
  for (const version of ['1.2', '2004'] as const) {
    const name = packages[version];
    const files = unzipTo(
      join(distDir, `herceptin-${course.version}-${name}.zip`),
      join(packagesDir, name, 'scormcontent'),
    );
    manifests[version] = strFromU8(files['imsmanifest.xml'] ?? new Uint8Array());
  }
  unzipTo(join(distDir, `herceptin-${course.version}-offline.zip`), join(packagesDir, 'offline'));
});

test('packaging writes the three zips, each passing its checks, with the manifest at the SCORM zip root', () => {
  for (const name of ['scorm12', 'scorm2004', 'offline']) {
    expect(packagingSummary).toMatch(
      new RegExp(`herceptin-${course.version.replace(/\./g, '\\.')}-${name}\\.zip +\\d+ files`),
    );
  }
  expect(packagingSummary.match(/checks passed: official schema \(xmllint\)/g)).toHaveLength(2);
  // What an LMS reads from the manifests: the course's identity and pass mark (lessons/course.yaml).
  for (const version of ['1.2', '2004'] as const) {
    expect(manifests[version]).toContain(
      `<manifest identifier="${packageIdentifiers(course.id).manifest}" version="${course.version}"`,
    );
    expect(manifestValue(version, /<resource [^>]*href="([^"]+)"/)).toBe('index.html');
  }
  // No pass mark for the LMS to judge by (it would rewrite a critical-question fail as passed): the
  // course reports passed or failed itself.
  expect(manifests['1.2']).not.toContain('masteryscore');
  expect(manifests['2004']).not.toContain('minNormalizedMeasure');
  expect(manifestValue('2004', /<imsss:primaryObjective [^>]*satisfiedByMeasure="([^"]+)"/)).toBe('false');
});

// ---- the test LMS ------------------------------------------------------------------------------

interface ApiCall {
  name: string;
  args: string[];
  result: string;
  error: string;
}

/** Data an LMS holds before launch: the manifest's completion threshold (it gives no passing score). */
function firstLaunchData(version: Version): Record<string, unknown> {
  if (version === '1.2') {
    return {
      core: { student_id: 'learner-1', student_name: 'Doe, Jane', credit: 'credit', lesson_mode: 'normal' },
    };
  }
  return {
    learner_id: 'learner-1',
    learner_name: 'Doe, Jane',
    credit: 'credit',
    mode: 'normal',
    completion_threshold: manifestValue('2004', /minProgressMeasure="([^"]+)"/),
  };
}

/** The last value the course set for each element during one session. */
function lastValues(calls: ApiCall[]): Map<string, string> {
  const values = new Map<string, string>();
  for (const call of calls) {
    if ((call.name === 'LMSSetValue' || call.name === 'SetValue') && call.result === 'true') {
      values.set(call.args[0] ?? '', call.args[1] ?? '');
    }
  }
  return values;
}

/** What an LMS gives back on relaunch after a suspended session (docs/lms-behaviour.md §6: resume needs exit=suspend). */
function relaunchData(version: Version, stored: Map<string, string>): Record<string, unknown> {
  const base = firstLaunchData(version);
  if (version === '1.2') {
    const core = base.core as Record<string, string>;
    return {
      ...base,
      core: {
        ...core,
        entry: 'resume',
        lesson_location: stored.get('cmi.core.lesson_location') ?? '',
        lesson_status: stored.get('cmi.core.lesson_status') ?? 'incomplete',
      },
      suspend_data: stored.get('cmi.suspend_data') ?? '',
    };
  }
  return {
    ...base,
    entry: 'resume',
    location: stored.get('cmi.location') ?? '',
    suspend_data: stored.get('cmi.suspend_data') ?? '',
    completion_status: stored.get('cmi.completion_status') ?? 'unknown',
    success_status: stored.get('cmi.success_status') ?? 'unknown',
  };
}

async function openLms(
  page: Page,
  version: Version,
  preload: Record<string, unknown>,
  display: 'frame' | 'window' = 'frame',
) {
  await page.goto('/lms/package-lms.html');
  await page.evaluate(
    (options) => (window as unknown as { lms: { launch(o: unknown): void } }).lms.launch(options),
    { version, course: launchUrl(packages[version]), display, preload },
  );
}

const apiCalls = (page: Page) =>
  page.evaluate(() => (window as unknown as { lms: { calls: ApiCall[] } }).lms.calls);

async function expectInitialized(page: Page, version: Version) {
  const name = version === '1.2' ? 'LMSInitialize' : 'Initialize';
  await expect
    .poll(async () => (await apiCalls(page)).filter((call) => call.name === name).map((call) => call.result))
    .toEqual(['true']);
}

async function expectTerminated(page: Page, version: Version) {
  const name = version === '1.2' ? 'LMSFinish' : 'Terminate';
  await expect.poll(async () => (await apiCalls(page)).filter((call) => call.name === name).length).toBe(1);
}

// ---- playing the course ------------------------------------------------------------------------

type Scope = FrameLocator | Page;

async function openFirstNursingLesson(scope: Scope) {
  const nursing = course.tracks.find((track) => track.id === 'nursing');
  const first = nursingLessons[0]?.tracks.nursing;
  await scope
    .getByRole('link', { name: new RegExp(nursing?.title ?? 'Nursing') })
    .first()
    .click();
  await scope.getByRole('link', { name: `Lesson 1: ${first?.title}` }).click();
  await expect(scope.getByRole('heading', { level: 1 })).toHaveText(first?.title ?? '');
}

/** Reads a lesson to its end, which is what completes it (LessonProgress.svelte: the end in view). */
async function completeLesson(scope: Scope, lms: Page, slug: string) {
  await scope.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
  // Each change is committed at once: the LMS's copy of the record shows the lesson completed.
  await expect
    .poll(async () => {
      const record = decodeSuspendData(
        lastValues(await apiCalls(lms)).get('cmi.suspend_data') ?? '',
        lessonKeys,
      );
      return record?.lessons.nursing[slug];
    })
    .toBe('completed');
}

/** The learner's "Finish and save" (progress page): final commit and Terminate (docs/lms-behaviour.md §2). */
async function finishCourse(scope: Scope) {
  // Through the site's own links: the learner never edits the address (the SCO stays loaded).
  await scope.getByRole('link', { name: 'Progress', exact: true }).click();
  await scope.getByRole('button', { name: 'Finish and save' }).click();
}

// ---- what the course reported ------------------------------------------------------------------

const iso8601Duration = /^P(?!$)(\d+Y)?(\d+M)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;
const cmiTimespan = /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/;

/** Interactions reported in one session, grouped by index: { n: { field: value } }. */
function interactions(values: Map<string, string>): Array<Record<string, string>> {
  const found: Array<Record<string, string>> = [];
  for (const [element, value] of values) {
    const match = element.match(/^cmi\.interactions\.(\d+)\.(.+)$/);
    if (!match) continue;
    const n = Number(match[1]);
    found[n] = { ...found[n], [match[2] ?? '']: value };
  }
  return found;
}

const interactionType2004: Record<SimpleItem['type'], string> = {
  single: 'choice',
  multiple: 'choice',
  hotspot: 'choice',
  'true-false': 'true-false',
  ordering: 'sequencing',
  matching: 'matching',
  numeric: 'numeric',
  matrix: 'matching',
  cloze: 'matching',
  bowtie: 'matching',
  highlight: 'choice',
};
const responseFormat2004: Record<string, RegExp> = {
  choice: /^[^[\]]+(\[,\][^[\]]+)*$/,
  sequencing: /^[^[\]]+(\[,\][^[\]]+)*$/,
  'true-false': /^(true|false)$/,
  matching: /^[^[\]]+\[\.\][^[\]]+(\[,\][^[\]]+\[\.\][^[\]]+)*$/,
  numeric: /^-?\d+(\.\d+)?$/,
};
const responseFormat12: Record<string, RegExp> = {
  choice: /^[a-z0-9](,[a-z0-9])*$/,
  sequencing: /^[a-z0-9](,[a-z0-9])*$/,
  'true-false': /^[tf]$/,
  matching: /^[a-z0-9]\.[a-z0-9](,[a-z0-9]\.[a-z0-9])*$/,
  numeric: /^-?\d+(\.\d+)?$/,
  'fill-in': /^.{1,255}$/,
};

function expectCleanSession(calls: ApiCall[], version: Version) {
  const terminate = version === '1.2' ? 'LMSFinish' : 'Terminate';
  const failed = calls.filter(
    (call) => call.result === 'false' || (call.name.includes('SetValue') && call.error !== '0'),
  );
  expect(failed, 'every API call succeeded').toEqual([]);
  const end = calls.findIndex((call) => call.name === terminate);
  expect(calls.slice(end + 1), `no API call after ${terminate}`).toEqual([]);
}

function expectInteractions(values: Map<string, string>, version: Version, answered: SimpleItem[]) {
  const reported = interactions(values);
  // The journal holds the attempt's first parts in the order they were answered; a longer attempt
  // keeps the rest in its score only.
  expect(reported.map((interaction) => interaction.id)).toEqual(
    answered.slice(0, journalParts).map((item) => expectedLmsIdentifier(item.id)),
  );
  for (const interaction of reported) {
    const item = answered.find((candidate) => interaction.id === expectedLmsIdentifier(candidate.id));
    expect(item, `interaction ${interaction.id} is an item of the final assessment`).toBeDefined();
    if (!item) continue;
    if (version === '2004') {
      expect(interaction.type).toBe(interactionType2004[item.type]);
      expect(interaction.learner_response).toMatch(responseFormat2004[interaction.type ?? ''] ?? /^$/);
      expect(interaction.result).toBe('correct');
      expect(interaction.latency).toMatch(iso8601Duration);
      expect(interaction.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/);
      if (item.type !== 'numeric')
        expect(interaction['correct_responses.0.pattern']).toBe(interaction.learner_response);
    } else {
      // 1.2 reports long option ids honestly as fill-in (interaction-format.ts), never renamed.
      expect(['choice', 'sequencing', 'true-false', 'matching', 'numeric', 'fill-in']).toContain(
        interaction.type,
      );
      expect(interaction.student_response).toMatch(responseFormat12[interaction.type ?? ''] ?? /^$/);
      expect(interaction.result).toBe('correct');
      expect(interaction.latency).toMatch(cmiTimespan);
      expect(interaction.time).toMatch(/^\d{2}:\d{2}:\d{2}$/);
    }
  }
}

// ---- the tests ---------------------------------------------------------------------------------

const locationElement = (version: Version) =>
  version === '1.2' ? 'cmi.core.lesson_location' : 'cmi.location';
const rawScoreElement = (version: Version) => (version === '1.2' ? 'cmi.core.score.raw' : 'cmi.score.raw');

const scoFrame = (page: Page) => page.frames().find((frame) => /scormcontent\/index\.html/.test(frame.url()));

/** Relaunches with what the LMS stored, takes the resume offer and checks the learner is back in place. */
async function relaunchAndResume(page: Page, version: Version, stored: Map<string, string>) {
  const saved = stored.get(locationElement(version)) ?? '';
  expect(saved, 'the previous session stored a location').toBeTruthy();
  await openLms(page, version, relaunchData(version, stored));
  await expectInitialized(page, version);
  const frame = page.frameLocator('#sco');
  await frame.getByRole('link', { name: 'Resume', exact: true }).click();
  await expect.poll(() => scoFrame(page)?.evaluate(() => location.hash)).toBe(`#${lessonKeys.pathOf(saved)}`);
  // Progress intact: the lesson completed in an earlier session still shows as completed.
  await frame.getByRole('link', { name: 'Lessons', exact: true }).click();
  await expect(
    frame.locator(`[data-status-slot="${nursingLessons[0]?.slug}"] [data-lesson-status]`),
  ).toHaveAttribute('data-lesson-status', 'completed');
  return frame;
}

/** The record the course keeps in suspend_data, as the progress model reads it back. */
const storedRecord = (values: Map<string, string>) =>
  decodeSuspendData(values.get('cmi.suspend_data') ?? '', lessonKeys);

for (const version of ['1.2', '2004'] as const) {
  test.describe(`SCORM ${version} package, current window`, () => {
    // Each session replays what the one before stored: run alone, a later one fails on its first check.
    test.describe.configure({ mode: 'serial' });
    // What the LMS stored at the end of each session, replayed on the next launch.
    const sessions: Array<Map<string, string>> = [];
    const last = nursingLessons.at(-1)!;

    test('session 1: every lesson read, Finish; the LMS stores place, status and time', async ({ page }) => {
      test.setTimeout(120_000);
      const problems = watchPage(page);
      await openLms(page, version, firstLaunchData(version));
      await expectInitialized(page, version);
      const frame = page.frameLocator('#sco');
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(course.title);
      await openFirstNursingLesson(frame);
      for (const [index, lesson] of nursingLessons.entries()) {
        await expect(frame.getByRole('heading', { level: 1 })).toHaveText(lesson.tracks.nursing?.title ?? '');
        await completeLesson(frame, page, lesson.slug);
        if (index + 1 < nursingLessons.length) await frame.locator('a[rel="next"]').click();
      }
      await finishCourse(frame);
      await expectTerminated(page, version);

      const calls = await apiCalls(page);
      expectCleanSession(calls, version);
      const values = lastValues(calls);
      expect(values.get(locationElement(version))).toBe(`/nursing/${last.id}`);
      expect(values.get(rawScoreElement(version))).toBeUndefined();
      if (version === '1.2') {
        expect(values.get('cmi.core.lesson_status')).toBe('incomplete');
        expect(values.get('cmi.core.session_time')).toMatch(cmiTimespan);
        expect(values.get('cmi.core.exit')).toBe('suspend');
        expect(values.get('cmi.suspend_data')?.length).toBeLessThanOrEqual(4096);
      } else {
        // Every lesson read: complete, though not passed until the final (docs/lms-behaviour.md §3: separate fields).
        expect(values.get('cmi.completion_status')).toBe('completed');
        expect(values.get('cmi.success_status')).toBe('unknown');
        expect(Number(values.get('cmi.progress_measure'))).toBe(1);
        expect(values.get('cmi.session_time')).toMatch(iso8601Duration);
        expect(values.get('cmi.exit')).toBe('suspend');
      }
      expect(storedRecord(values)?.lessons.nursing).toEqual(
        Object.fromEntries(nursingLessons.map((lesson) => [lesson.slug, 'completed'])),
      );
      expect(problems.errors).toEqual([]);
      sessions.push(values);
    });

    test('session 2: resumes at the saved place, passes the final assessment, Finish; score and interactions reported', async ({
      page,
    }) => {
      expect(sessions, 'session 1 ran first and stored its data').toHaveLength(1);
      test.setTimeout(180_000);
      const problems = watchPage(page);
      const frame = await relaunchAndResume(page, version, sessions[0]!);
      const quizPath = `#/quiz/${finalQuiz.id}`;
      const answered = await passFinalAssessment(frame);
      await finishCourse(frame);
      await expectTerminated(page, version);

      const calls = await apiCalls(page);
      expectCleanSession(calls, version);
      const values = lastValues(calls);
      if (version === '1.2') {
        // One status field: passed needs every lesson and the final (adapters/scorm12.ts; docs/lms-behaviour.md §3).
        expect(values.get('cmi.core.lesson_status')).toBe('passed');
        expect(Number(values.get('cmi.core.score.raw'))).toBe(100);
        expect(Number(values.get('cmi.core.score.raw'))).toBeGreaterThanOrEqual(course.passMark);
        expect(values.get('cmi.core.score.min')).toBe('0');
        expect(values.get('cmi.core.score.max')).toBe('100');
        expect(values.get('cmi.core.session_time')).toMatch(cmiTimespan);
        // Finished: no suspend, so the LMS does not offer this attempt for resuming (1.2 has no `normal`).
        expect(values.get('cmi.core.exit')).toBe('');
        expect(values.get('cmi.suspend_data')?.length).toBeLessThanOrEqual(4096);
      } else {
        expect(values.get('cmi.completion_status')).toBe('completed');
        expect(values.get('cmi.success_status')).toBe('passed');
        expect(Number(values.get('cmi.score.raw'))).toBe(100);
        expect(Number(values.get('cmi.score.scaled'))).toBe(1);
        expect(Number(values.get('cmi.score.scaled'))).toBeGreaterThanOrEqual(course.passMark / 100);
        expect(values.get('cmi.score.min')).toBe('0');
        expect(values.get('cmi.score.max')).toBe('100');
        expect(values.get('cmi.session_time')).toMatch(iso8601Duration);
        expect(values.get('cmi.exit')).toBe('normal');
      }
      expect(values.get(locationElement(version))).toBe(quizPath.slice(1));
      expectInteractions(values, version, answered);
      expect(storedRecord(values)?.lessons).toEqual(storedRecord(sessions[0]!)?.lessons);
      expect(problems.errors).toEqual([]);
      sessions.push(values);
    });

    test('session 3: relaunch keeps lessons and the final score intact', async ({ page }) => {
      expect(sessions, 'sessions 1 and 2 ran first and stored their data').toHaveLength(2);
      const problems = watchPage(page);
      const frame = await relaunchAndResume(page, version, sessions[1]!);
      await finishCourse(frame);
      await expectTerminated(page, version);
      const values = lastValues(await apiCalls(page));
      expect(storedRecord(values)?.lessons).toEqual(storedRecord(sessions[1]!)?.lessons);
      expect(storedRecord(values)?.quizzes).toEqual(storedRecord(sessions[1]!)?.quizzes);
      expect(values.get(rawScoreElement(version))).toBe(sessions[1]!.get(rawScoreElement(version)));
      expect(interactions(values)).toEqual([]);
      expect(problems.errors).toEqual([]);
    });
  });
}

for (const version of ['1.2', '2004'] as const) {
  test(`new window, SCORM ${version}: the course finds the API in the opener and reports to it`, async ({
    page,
  }) => {
    const problems = watchPage(page);
    const popupOpened = page.waitForEvent('popup');
    await openLms(page, version, firstLaunchData(version), 'window');
    const popup = await popupOpened;
    const popupProblems = watchPage(popup);
    await expectInitialized(page, version);
    await openFirstNursingLesson(popup);
    // Closing the window is how learners often leave: the course still saves and terminates once.
    await popup.close({ runBeforeUnload: true });
    await expectTerminated(page, version);
    const calls = await apiCalls(page);
    expectCleanSession(calls, version);
    const values = lastValues(calls);
    expect(values.get(locationElement(version))).toBe(`/nursing/${nursingLessons[0]?.id}`);
    if (version === '1.2') {
      expect(values.get('cmi.core.exit')).toBe('suspend');
      expect(values.get('cmi.core.session_time')).toMatch(cmiTimespan);
    } else {
      expect(values.get('cmi.exit')).toBe('suspend');
      expect(values.get('cmi.session_time')).toMatch(iso8601Duration);
    }
    expect([...problems.errors, ...popupProblems.errors]).toEqual([]);
  });
}

for (const version of ['1.2', '2004'] as const) {
  test(`no LMS: the SCORM ${version} package runs standalone without errors`, async ({ page, baseURL }) => {
    const problems = watchPage(page);
    const url = launchUrl(packages[version]);
    await page.goto(url);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(course.title);
    await openFirstNursingLesson(page);
    expect(problems.errors).toEqual([]);
    expect(foreignRequests(problems.requests, [`${baseURL}${url.replace(/index\.html$/, '')}`])).toEqual([]);
  });
}

test('offline zip: index.html opened from disk runs without errors or outside requests', async ({ page }) => {
  const problems = watchPage(page);
  const url = pathToFileURL(join(packagesDir, 'offline', 'index.html')).href;
  await page.goto(url);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(course.title);
  await openFirstNursingLesson(page);
  expect(problems.errors).toEqual([]);
  expect(foreignRequests(problems.requests, [pathToFileURL(join(packagesDir, 'offline')).href])).toEqual([]);
});
