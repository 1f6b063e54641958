// Both SCORM zips through the Moodle-like test LMS (tests/lms/moodle.html, tests/support/moodle-lms.ts),
// unzipped at a Moodle-like deep path: a first session, resume at the saved place, the final passed,
// the learner leaves (the page unloads; no Finish button), the attempt reopened in review, and the
// fail path. Each test asserts what the LMS holds at the end, as Moodle stores it across launches.
import { join, resolve } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  failFinalAssessment,
  journalParts,
  missOneCriticalQuestion,
  passFinalAssessment,
} from '../support/final-assessment';
import {
  apiCalls,
  content,
  durationSeconds,
  elements,
  expectAllLessonsCompleted,
  leave,
  lessonKey,
  lessonPlace,
  nursingLessons,
  openFirstNursingLesson,
  openPlayer,
  playerUrl,
  readLessonsFrom,
  resetAttempt,
  savedLessons,
  settled,
  stored,
  storedInteractions,
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
    let afterFirst: Record<string, string> = {};
    let afterPass: Record<string, string> = {};

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
      afterFirst = tracks;
    });

    test('second session: resumes at the saved place, reads the rest, passes the final, leaves; Moodle holds status, score, time and every response', async ({
      page,
      request,
    }) => {
      test.setTimeout(180_000);
      expect(afterFirst[el.location], 'the first session stored a place').toBe(
        lessonPlace(nursingLessons[0]!),
      );
      const problems = watchPage(page);
      const frame = await openPlayer(page, launch(attempt));
      expect((await stored(request, attempt)).launches.at(-1)).toEqual({ mode: 'normal', entry: 'resume' });
      await frame.getByRole('link', { name: 'Resume', exact: true }).click();
      await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
        nursingLessons[0]!.tracks.nursing!.title,
      );
      await frame.locator('a[rel="next"]').click();
      await readLessonsFrom(frame, 1);
      await expectAllLessonsCompleted(frame);
      const answered = await passFinalAssessment(frame);
      const calls = await apiCalls(page);
      await leave(page);

      expect.soft(refusedSets(calls), 'Moodle accepted every value').toEqual([]);
      const { tracks, completionPassed } = await settled(request, attempt);
      if (version === '1.2') {
        expect(tracks['cmi.core.lesson_status']).toBe('passed');
        // "Require status: Passed" is met (Moodle checks it when the score arrives).
        expect.soft(completionPassed, 'Moodle activity completion "Require status: Passed"').toBe(true);
      } else {
        expect(tracks['cmi.completion_status']).toBe('completed');
        expect(tracks['cmi.success_status']).toBe('passed');
        expect(Number(tracks['cmi.score.scaled'])).toBe(1);
        expect(tracks['cmi.exit']).toBe('normal');
      }
      expect(Number(tracks[el.raw])).toBe(100);
      // Total time holds both sessions: the end of this one reached the LMS when the page unloaded.
      expect(durationSeconds(tracks[el.total])).toBeGreaterThan(durationSeconds(afterFirst[el.total]) + 1);
      if (version === '2004') {
        expect(durationSeconds(tracks[el.total])).toBeCloseTo(
          durationSeconds(afterFirst[el.total]) + durationSeconds(tracks[el.session]),
          1,
        );
      }
      // Every journaled part (the attempt's first ones) is stored with the learner's response.
      const interactions = storedInteractions(tracks);
      expect(interactions).toHaveLength(Math.min(answered.length, journalParts));
      for (const interaction of interactions) {
        expect(interaction.id, 'interaction id').toMatch(/\S/);
        expect(interaction[el.response], `response of ${interaction.id}`).toMatch(/\S/);
        expect(interaction.result).toBe('correct');
      }
      expect(savedLessons(tracks)).toEqual(
        Object.fromEntries(nursingLessons.map((lesson) => [lessonKey(lesson), 'completed'])),
      );
      expect(problems.errors).toEqual([]);
      afterPass = tracks;
    });

    test('reopened after passing: Moodle launches in review; the course shows the result and the record stays as it was', async ({
      page,
      request,
    }) => {
      expect(afterPass[el.raw], 'the second session stored a score').toBe('100');
      const before = await stored(request, attempt);
      const frame = await openPlayer(page, launch(attempt));
      const review = (await stored(request, attempt)).launches.at(-1);
      expect(review?.mode).toBe('review');
      await frame.getByRole('link', { name: 'Progress', exact: true }).click();
      await expect(frame.locator('[data-final-status]')).toContainText('Passed, best score 100%');
      await frame.getByRole('link', { name: 'Lessons', exact: true }).click();
      await leave(page);

      const after = await settled(request, attempt);
      for (const element of [el.status, el.raw, el.location, el.exit, 'cmi.suspend_data']) {
        expect(after.tracks[element], element).toBe(before.tracks[element]);
      }
      expect(durationSeconds(after.tracks[el.total]), 'review time is not added').toBeCloseTo(
        durationSeconds(before.tracks[el.total]),
        1,
      );
      expect(storedInteractions(after.tracks)).toEqual(storedInteractions(before.tracks));
    });
  });

  test(`Moodle, SCORM ${version}: the final failed, then the learner leaves; Moodle stores the fail with every response`, async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const attempt = `moodle-${version.replace('.', '')}-fail`;
    await resetAttempt(request, attempt);
    const frame = await openPlayer(page, launch(attempt));
    await openFirstNursingLesson(frame);
    await readLessonsFrom(frame, 0);
    const answered = await failFinalAssessment(frame, 6);
    const calls = await apiCalls(page);
    await leave(page);

    expect.soft(refusedSets(calls), 'Moodle accepted every value').toEqual([]);
    const { tracks } = await settled(request, attempt);
    const raw = Number(tracks[el.raw]);
    expect(raw).toBeLessThan(content.course.passMark);
    if (version === '1.2') {
      expect(tracks['cmi.core.lesson_status']).toBe('failed');
    } else {
      expect(tracks['cmi.success_status']).toBe('failed');
      expect(tracks['cmi.completion_status']).toBe('completed');
    }
    expect(durationSeconds(tracks[el.total])).toBeGreaterThan(1);
    if (version === '2004') {
      expect(durationSeconds(tracks[el.total])).toBeCloseTo(durationSeconds(tracks[el.session]), 1);
    }
    // Each part answered is stored correct with the learner's response; the unanswered ones as not correct.
    const interactions = storedInteractions(tracks);
    const correct = interactions.filter((interaction) => interaction.result === 'correct');
    expect(correct).toHaveLength(answered.length);
    for (const interaction of correct) expect(interaction[el.response], interaction.id).toMatch(/\S/);
    for (const interaction of interactions.filter((candidate) => candidate.result !== 'correct')) {
      expect(interaction.result, interaction.id).toMatch(
        version === '1.2' ? /^(wrong|0(\.\d+)?)$/ : /^(incorrect|0(\.\d+)?)$/,
      );
    }
  });

  test(`Moodle, SCORM ${version}: a score above the pass mark with a critical safety question missed stays a fail in Moodle`, async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const attempt = `moodle-${version.replace('.', '')}-critical`;
    await resetAttempt(request, attempt);
    const frame = await openPlayer(page, launch(attempt));
    await openFirstNursingLesson(frame);
    await readLessonsFrom(frame, 0);
    const { percent } = await missOneCriticalQuestion(frame);
    expect(percent).toBeGreaterThanOrEqual(content.course.passMark);
    await leave(page);

    const { tracks } = await settled(request, attempt);
    // The score is reported as earned …
    expect(Number(tracks[el.raw])).toBeCloseTo(percent, 1);
    // … and the LMS keeps the course's verdict: the manifest gives it no mastery score to judge by
    // (with one, Moodle's 1.2 player rewrites the status from the score when the session ends).
    expect(packages[version]!.passing).toBe('');
    if (version === '1.2') {
      expect(tracks['cmi.core.lesson_status']).toBe('failed');
    } else {
      expect(tracks['cmi.success_status']).toBe('failed');
      expect(tracks['cmi.completion_status']).toBe('completed');
    }
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
