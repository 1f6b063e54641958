// The largest request a SCORM 2004 session can put on unload when the LMS player re-posts every
// element it holds on Terminate (Moodle 4.4's 2004 player does, by sendBeacon): it must stay inside
// Chromium's 64 KB keepalive budget, or the browser refuses it and the session's end is lost. Measured
// as multipart form data over everything the course can have set in one attempt: the interaction
// journal at its cap with the real course's longest items, every lesson objective, the worst-case
// record, plus an allowance for the LMS's own fields.
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../../src/lib/course/load-content';
import { MAX_INTERACTIONS } from '../../../src/lib/progress/adapters/scorm-adapter';
import type { InteractionRecord } from '../../../src/lib/progress/contract';
import { ProgressModel, type ProgressEnvironment } from '../../../src/lib/progress/progress.svelte';
import { SUSPEND_DATA_LIMIT } from '../../../src/lib/progress/suspend-codec';
import type { SimpleItem } from '../../../src/lib/quiz/item-types';
import { fakeLms } from './fake-lms';
import { attempt, fakeWindow, MemoryStorage } from './fixtures';

const KEEPALIVE_BUDGET = 64 * 1024;
/** Fields the LMS player posts of its own (learner, attempt, totals): generous for Moodle's ~30. */
const LMS_OWN_FIELDS_BYTES = 40 * 200;
/** Chromium's multipart boundary is 38 characters ("----WebKitFormBoundary" + 16). */
const BOUNDARY = `----WebKitFormBoundary${'x'.repeat(16)}`;

const multipartBytes = (fields: Record<string, string>) =>
  Object.entries(fields).reduce(
    (sum, [name, value]) =>
      sum +
      new TextEncoder().encode(
        `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`,
      ).length,
    BOUNDARY.length + 6,
  );

const content = loadContent(process.cwd());
const catalog = content.quizzes;

/** The real items with their longest responses, as the biggest interactions the course can send. */
function biggestInteractions(): InteractionRecord[] {
  const items = Object.values(catalog.banks)
    .flatMap((bank) => bank.items)
    .flatMap((item) => (item.type === 'case' ? item.items : [item])) as SimpleItem[];
  const records = items.map((item): InteractionRecord => {
    const ids = Object.values(item)
      .filter((value): value is Array<{ id: string }> => Array.isArray(value) && value.every((e) => e?.id))
      .flatMap((list) => list.map((entry) => entry.id));
    return {
      id: item.id,
      kind: item.type === 'matching' ? 'matching' : item.type === 'ordering' ? 'sequencing' : 'choice',
      description: item.stem,
      objectiveId: item.objective,
      response: ids,
      correct: ids,
      credit: 0.67,
      weighting: 1,
      latencySeconds: 3599.99,
      answeredAt: '2026-11-27T10:11:12.345Z',
    };
  });
  const size = (r: InteractionRecord) => JSON.stringify(r).length;
  return records.sort((a, b) => size(b) - size(a));
}

describe('unload payload under re-post-everything', () => {
  it('fits the keepalive budget with the journal at its cap', () => {
    const lms = fakeLms('2004');
    const model = new ProgressModel();
    model.start(
      { course: content.course, lessons: content.lessons },
      {
        window: fakeWindow({ API_1484_11: lms.api }) as ProgressEnvironment['window'],
        storage: () => new MemoryStorage(),
        now: () => 0,
        log: () => {},
      },
    );
    model.setTrack('nursing');
    for (const lesson of content.lessons) model.markLessonCompleted('nursing', lesson.slug);
    model.setLocation(`/nursing/${content.lessons.at(-1)!.slug}`);
    const biggest = biggestInteractions();
    // More final attempts than the cap allows, each with the biggest items.
    for (let round = 0; round < 5; round++)
      model.recordQuizAttempt(attempt({ percent: 40 + round, interactions: biggest.slice(0, 24) }));
    model.finish();
    const held = { ...lms.stored.at(-1)! };
    expect(Object.keys(held).filter((k) => /^cmi\.interactions\.\d+\.id$/.test(k))).toHaveLength(
      MAX_INTERACTIONS,
    );
    // The saved record at its limit, whatever this learner's happens to be.
    held['cmi.suspend_data'] = 'x'.repeat(SUSPEND_DATA_LIMIT);
    const bytes = multipartBytes(held) + LMS_OWN_FIELDS_BYTES;
    console.info(
      `largest 2004 unload request: ${bytes} bytes (${Object.keys(held).length} course fields + LMS allowance)`,
    );
    expect(bytes).toBeLessThanOrEqual(KEEPALIVE_BUDGET);
  });
});
