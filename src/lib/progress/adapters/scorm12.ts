// SCORM 1.2 table for the one SCORM adapter (scorm-adapter.ts): cmi.core.* (RTE §3.4.2), one status
// field for completion and pass/fail, score.raw 0–100 only for the final, HHHH:MM:SS.SS time.
import { interactionFields12 } from '../interaction-format';
import { scorm12Timespan } from '../scorm-time';
import type { CourseReport } from './adapter';
import { ScormAdapter, type ScormTable } from './scorm-adapter';
import { calls12, type ScormLog } from './scorm-connection';

export { nameFromLms } from './scorm-adapter';

export function lessonStatus12(report: CourseReport): string {
  const lessonsDone = report.lessonsCompleted >= report.lessonsTotal;
  if (!report.finalRequired) return lessonsDone ? 'completed' : 'incomplete';
  // A single status field (RTE §3.4.2.1.6): passed needs the lessons and the final; failed reports a
  // final below the pass mark; otherwise the attempt is still incomplete.
  if (report.finalBest !== null && !report.finalPassed) return 'failed';
  return lessonsDone && report.finalPassed ? 'passed' : 'incomplete';
}

const hundredths = (value: number) => String(Math.round(value * 100) / 100);

export const scorm12Table: ScormTable = {
  version: '1.2',
  calls: calls12,
  elements: {
    mode: 'cmi.core.lesson_mode',
    entry: 'cmi.core.entry',
    credit: 'cmi.core.credit',
    location: 'cmi.core.lesson_location',
    sessionTime: 'cmi.core.session_time',
    exit: 'cmi.core.exit',
    learnerName: 'cmi.core.student_name',
    interactionCount: 'cmi.interactions._count',
  },
  // RTE §3.4.2.1.8: CMIString255.
  locationLimit: 255,
  // 1.2 has no "normal" exit: "" ends the attempt (RTE §3.4.2.1.11).
  exit: (done) => (done ? '' : 'suspend'),
  sessionTime: scorm12Timespan,
  masteryPercent: (read) => {
    const mastery = Number.parseFloat(read('cmi.student_data.mastery_score'));
    return Number.isFinite(mastery) && mastery >= 0 && mastery <= 100 ? mastery : null;
  },
  // The status goes first, in a commit of its own when the score changes too: Moodle runs its
  // completion check when score.raw arrives, and its player posts the score before the status.
  standing: (report) => [
    [['cmi.core.lesson_status', lessonStatus12(report)]],
    report.finalBest === null
      ? []
      : [
          ['cmi.core.score.min', '0'],
          ['cmi.core.score.max', '100'],
          ['cmi.core.score.raw', hundredths(report.finalBest)],
        ],
  ],
  readStanding: (read) => {
    const status = read('cmi.core.lesson_status');
    const raw = Number.parseFloat(read('cmi.core.score.raw'));
    return {
      completed: status === 'passed' || status === 'completed' ? true : status ? false : null,
      passed: status === 'passed' ? true : status === 'failed' ? false : null,
      scoreRaw: Number.isFinite(raw) ? raw : null,
    };
  },
  interactionFields: interactionFields12,
  lessonObjectives: null,
};

/** The SCORM 1.2 adapter (kept as its own module so it can be loaded on its own). */
export class Scorm12Adapter extends ScormAdapter {
  constructor(api: unknown, log?: ScormLog) {
    super(scorm12Table, api, log);
  }
}
