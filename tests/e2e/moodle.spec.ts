// Both SCORM zips through the Moodle-like test LMS (tests/lms/moodle.html, tests/support/moodle-lms.ts),
// unzipped at a Moodle-like deep path, in the LMS frame and in a new window; the learner leaves the way
// learners do (the page unloads; no Finish button). Each test asserts what the LMS holds at the end,
// as Moodle stores it across launches.
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  apiCalls,
  durationSeconds,
  elements,
  leave,
  lessonKey,
  lessonPlace,
  nursingLessons,
  openFirstNursingLesson,
  openPlayer,
  playerUrl,
  resetAttempt,
  savedLessons,
  settled,
  stored,
  type ApiCall,
  type Launch,
} from '../support/moodle-player';
import { buildPackages, unpack, type UnpackedPackage, type Version } from '../support/scorm-packages';
import { watchPage } from '../support/page-problems';

// One worker, in order, sharing the unzipped packages; each attempt's tests run serially (below).
test.describe.configure({ mode: 'default' });

const packages: Partial<Record<Version, UnpackedPackage>> = {};

test.beforeAll(() => {
  const distDir = resolve('.test-output/moodle-dist');
  buildPackages(distDir);
  for (const version of ['1.2', '2004'] as const) {
    packages[version] = unpack(
      distDir,
      version,
      join('moodle/pluginfile.php/42/mod_scorm/content/1', version),
    );
  }
});

const refusedSets = (calls: ApiCall[]) =>
  calls.filter((call) => /SetValue$/.test(call.name) && call.result !== 'true');

for (const version of ['1.2', '2004'] as const) {
  const el = elements(version);
  const launch = (attempt: string, extra: Partial<Launch> = {}): Launch => ({
    version,
    attempt,
    pkg: packages[version]!,
    ...extra,
  });

  test.describe(`Moodle, SCORM ${version}: one learner's attempt across launches`, () => {
    // Each test replays the attempt the one before stored: run alone, a later one fails on its first check.
    test.describe.configure({ mode: 'serial' });
    const attempt = `moodle-${version.replace('.', '')}-pass`;

    test('first session: a lesson read, then the learner leaves; Moodle stores place, record and time', async ({
      page,
      request,
    }) => {
      await resetAttempt(request, attempt);
      const problems = watchPage(page);
      const frame = await openPlayer(page, launch(attempt));
      await openFirstNursingLesson(frame);
      await frame.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
      await expect
        .poll(
          async () => savedLessons((await stored(request, attempt)).tracks)?.[lessonKey(nursingLessons[0]!)],
        )
        .toBe('completed');
      expect(refusedSets(await apiCalls(page))).toEqual([]);
      await leave(page);

      const { tracks, requests } = await settled(request, attempt);
      expect(tracks[el.location]).toBe(lessonPlace(nursingLessons[0]!));
      expect(tracks[el.exit]).toBe('suspend');
      expect(tracks[el.status]).toBe('incomplete');
      // The end of the session arrived: the LMS added it to the total time.
      expect(requests.at(-1)?.via).toBe('beacon');
      expect(durationSeconds(tracks[el.total])).toBeGreaterThan(0);
      // (1.2: Moodle never posts session_time itself, only the total it adds it to.)
      if (version === '2004') {
        expect(durationSeconds(tracks[el.total])).toBeCloseTo(durationSeconds(tracks[el.session]), 1);
      }
      expect(problems.errors).toEqual([]);
    });
  });

  test(`Moodle "New window", SCORM ${version}: the learner closes the window; the session still reaches the LMS`, async ({
    page,
    request,
  }) => {
    const attempt = `moodle-${version.replace('.', '')}-window`;
    await resetAttempt(request, attempt);
    const popupOpened = page.waitForEvent('popup');
    await page.goto(playerUrl(launch(attempt, { display: 'window' })));
    const popup: Page = await popupOpened;
    const frame = popup.frameLocator('#sco');
    await openFirstNursingLesson(frame);
    await frame.locator('[data-lesson-end]').scrollIntoViewIfNeeded();
    await expect
      .poll(
        async () => savedLessons((await stored(request, attempt)).tracks)?.[lessonKey(nursingLessons[0]!)],
      )
      .toBe('completed');
    await popup.close({ runBeforeUnload: true });

    const { tracks } = await settled(request, attempt);
    expect(tracks[el.location]).toBe(lessonPlace(nursingLessons[0]!));
    expect(tracks[el.exit]).toBe('suspend');
    expect(durationSeconds(tracks[el.total])).toBeGreaterThan(0);
  });
}
