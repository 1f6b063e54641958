// Drives the Moodle-like test LMS (tests/lms/moodle.html) from Playwright: launches a package for a
// learner's attempt, reads what the LMS stored (tests/support/moodle-lms.ts), leaves the way a
// learner leaves (the page unloads), and plays the course's lessons the way a learner reads them.
import { expect, type APIRequestContext, type FrameLocator, type Page } from '@playwright/test';
import { loadContent } from '../../src/lib/course/load-content';
import { LessonKeys } from '../../src/lib/progress/lesson-keys';
import { decodeSuspendData } from '../../src/lib/progress/suspend-codec';
import type { AttemptRecord } from './moodle-lms';
import type { UnpackedPackage, Version } from './scorm-packages';

export const content = loadContent(process.cwd());
export const nursingLessons = content.lessons.filter((lesson) => lesson.tracks.nursing);
type Lesson = (typeof nursingLessons)[number];

/** How the course names a lesson on its pages (and in the decoded record): its folder. */
export const lessonKey = (lesson: Lesson) => lesson.slug;
/** The place the course saves while the learner reads a nursing lesson: by the lesson's stable id. */
export const lessonPlace = (lesson: Lesson) => `/nursing/${lesson.id}`;
const recordKeys = LessonKeys.of(content);
/** Nursing lesson statuses in the record the LMS holds (suspend_data), as the progress model reads it. */
export const savedLessons = (tracks: Record<string, string>) =>
  decodeSuspendData(tracks['cmi.suspend_data'] ?? '', recordKeys)?.lessons.nursing;

export interface ApiCall {
  name: string;
  args: string[];
  result: string;
  error: string;
}

export interface Launch {
  version: Version;
  attempt: string;
  pkg: UnpackedPackage;
  display?: 'frame' | 'window';
  profile?: 'moodle' | 'strict';
  refuse?: string;
  refuseCode?: string;
}

export function playerUrl(launch: Launch): string {
  const params = new URLSearchParams({
    version: launch.version,
    attempt: launch.attempt,
    course: launch.pkg.launchUrl,
    passing: launch.pkg.passing,
    threshold: launch.pkg.threshold,
    primaryObjective: launch.pkg.primaryObjective,
    display: launch.display ?? 'frame',
    profile: launch.profile ?? 'moodle',
    refuse: launch.refuse ?? '',
    refuseCode: launch.refuseCode ?? '',
  });
  return `/lms/moodle.html?${params}`;
}

/** Opens the player in the page (Moodle's "Current window"); returns the course frame. */
export async function openPlayer(page: Page, launch: Launch): Promise<FrameLocator> {
  await page.goto(playerUrl(launch));
  const frame = page.frameLocator('#sco');
  await expect(frame.getByRole('heading', { level: 1 })).toBeVisible();
  return frame;
}

export async function resetAttempt(request: APIRequestContext, attempt: string) {
  expect((await request.post(`/lms/moodle/reset?attempt=${attempt}`)).ok()).toBe(true);
}

/** The next `count` datamodel posts of the attempt fail without storing (answer "false", 101). */
export async function startOutage(request: APIRequestContext, attempt: string, count: number) {
  expect((await request.post(`/lms/moodle/outage?attempt=${attempt}&count=${count}`)).ok()).toBe(true);
}

/** What the LMS holds for the attempt. */
export async function stored(request: APIRequestContext, attempt: string): Promise<AttemptRecord> {
  const response = await request.get(`/lms/moodle/record?attempt=${attempt}`);
  return (await response.json()) as AttemptRecord;
}

/** Every API call the player recorded in this launch. */
export const apiCalls = (player: Page) =>
  player.evaluate(() => (window as unknown as { lms: { calls: ApiCall[] } }).lms.calls);

/**
 * Waits until the LMS has received every request the leaving page sent: the count of stored
 * requests stops changing (beacons are queued before the page goes, but arrive on their own time).
 */
export async function settled(request: APIRequestContext, attempt: string): Promise<AttemptRecord> {
  let last = -1;
  let record = await stored(request, attempt);
  await expect
    .poll(
      async () => {
        const before = last;
        record = await stored(request, attempt);
        last = record?.requests.length ?? 0;
        return last === before;
      },
      { intervals: [300, 300, 300, 500, 1000] },
    )
    .toBe(true);
  return record;
}

/** The learner leaves: the LMS page is replaced (as when following a Moodle link), so everything unloads. */
export async function leave(page: Page) {
  await page.goto('about:blank');
}

/** Seconds in a SCORM 2004 ISO duration or a 1.2 HHHH:MM:SS.SS timespan (independent of the course). */
export function durationSeconds(text: string | undefined): number {
  const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(text ?? '');
  if (iso)
    return (
      (+(iso[1] ?? 0) || 0) * 86400 +
      (+(iso[2] ?? 0) || 0) * 3600 +
      (+(iso[3] ?? 0) || 0) * 60 +
      (+(iso[4] ?? 0) || 0)
    );
  const span = /^(\d+):(\d+):([\d.]+)$/.exec(text ?? '');
  if (span) return +(span[1] ?? 0) * 3600 + +(span[2] ?? 0) * 60 + +(span[3] ?? 0);
  throw new Error(`not a SCORM duration: ${JSON.stringify(text)}`);
}

/** Interactions the LMS holds, by index: { field: value }. */
export function storedInteractions(tracks: Record<string, string>): Array<Record<string, string>> {
  const found: Array<Record<string, string>> = [];
  for (const [element, value] of Object.entries(tracks)) {
    const match = /^cmi\.interactions\.(\d+)\.(.+)$/.exec(element);
    if (!match) continue;
    const n = Number(match[1]);
    found[n] = { ...found[n], [match[2] ?? '']: value };
  }
  return found;
}

export const elements = (version: Version) =>
  version === '1.2'
    ? {
        status: 'cmi.core.lesson_status',
        raw: 'cmi.core.score.raw',
        location: 'cmi.core.lesson_location',
        exit: 'cmi.core.exit',
        total: 'cmi.core.total_time',
        session: 'cmi.core.session_time',
        response: 'student_response',
        set: 'LMSSetValue',
        get: 'LMSGetValue',
      }
    : {
        status: 'cmi.completion_status',
        raw: 'cmi.score.raw',
        location: 'cmi.location',
        exit: 'cmi.exit',
        total: 'cmi.total_time',
        session: 'cmi.session_time',
        response: 'learner_response',
        set: 'SetValue',
        get: 'GetValue',
      };

/** From the course's home: the nursing track's first lesson. */
export async function openFirstNursingLesson(frame: FrameLocator) {
  const nursing = content.course.tracks.find((track) => track.id === 'nursing');
  const first = nursingLessons[0]!.tracks.nursing!;
  await frame
    .getByRole('link', { name: new RegExp(nursing?.title ?? 'Nursing') })
    .first()
    .click();
  await frame.getByRole('link', { name: `Lesson 1: ${first.title}` }).click();
  await expect(frame.getByRole('heading', { level: 1 })).toHaveText(first.title);
}

/** Reads the open lesson to its end, then each following nursing lesson through Next. */
export async function readLessonsFrom(frame: FrameLocator, index: number) {
  for (let at = index; at < nursingLessons.length; at++) {
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
      nursingLessons[at]!.tracks.nursing!.title,
    );
    await frame.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
    if (at + 1 < nursingLessons.length) await frame.locator('a[rel="next"]').click();
  }
}

/** The lessons page shows every nursing lesson completed. */
export async function expectAllLessonsCompleted(frame: FrameLocator) {
  await frame.getByRole('link', { name: 'Lessons', exact: true }).click();
  await expect(frame.locator('[data-lesson-status="completed"]')).toHaveCount(nursingLessons.length);
}
