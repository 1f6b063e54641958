// When an LMS refuses a value: the SCORM 2004 zip through the Moodle-like test LMS in its strict profile
// (objective ids with "-", "_" or "." refused with 406; on a resumed launch one stored objective id
// cannot be read back, 301). Every API call is counted.
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  apiCalls,
  leave,
  lessonKey,
  lessonPlace,
  nursingLessons,
  openFirstNursingLesson,
  openPlayer,
  resetAttempt,
  settled,
  stored,
  type Launch,
} from '../support/moodle-player';
import { buildPackages, unpack, type UnpackedPackage, type Version } from '../support/scorm-packages';

test.describe.configure({ mode: 'default' });

const packages: Partial<Record<Version, UnpackedPackage>> = {};

test.beforeAll(() => {
  const distDir = resolve('.test-output/strict-dist');
  buildPackages(distDir);
  for (const version of ['1.2', '2004'] as const) {
    packages[version] = unpack(distDir, version, join('strict/content', version));
  }
});

/** Console warnings of the course, in every frame of the page. */
function watchWarnings(page: Page): string[] {
  const warnings: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  return warnings;
}

test.describe('strict SCORM 2004 LMS: a stored objective it cannot read back', () => {
  // The relaunch replays the attempt the first session stored: run alone, it fails on its first check.
  test.describe.configure({ mode: 'serial' });
  const attempt = 'strict-2004-relaunch';
  const launch = (): Launch => ({ version: '2004', attempt, pkg: packages['2004']!, profile: 'strict' });

  test('first session: a lesson read, then the learner leaves', async ({ page, request }) => {
    await resetAttempt(request, attempt);
    const frame = await openPlayer(page, launch());
    await openFirstNursingLesson(frame);
    await frame.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
    await expect
      .poll(async () => (await stored(request, attempt)).tracks['cmi.location'])
      .toBe(lessonPlace(nursingLessons[0]!));
    await leave(page);
    expect((await settled(request, attempt)).tracks['cmi.exit']).toBe('suspend');
  });

  test('relaunch: the unreadable objective (301) is read once, logged once, and resume from suspend_data still works', async ({
    page,
    request,
  }) => {
    const before = await stored(request, attempt);
    expect(before?.tracks['cmi.exit'], 'the first session suspended the attempt').toBe('suspend');
    const warnings = watchWarnings(page);
    const frame = await openPlayer(page, launch());
    const failedReads = (await apiCalls(page)).filter(
      (call) => call.name === 'GetValue' && call.error === '301',
    );
    expect(failedReads).toHaveLength(1);
    expect(warnings.filter((text) => text.includes(failedReads[0]!.args[0]!))).toHaveLength(1);
    await frame.getByRole('link', { name: 'Resume', exact: true }).click();
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
      nursingLessons[0]!.tracks.nursing!.title,
    );
    await frame.getByRole('link', { name: 'Lessons', exact: true }).click();
    await expect(
      frame.locator(`[data-status-slot="${lessonKey(nursingLessons[0]!)}"] [data-lesson-status]`),
    ).toHaveAttribute('data-lesson-status', 'completed');
  });
});
