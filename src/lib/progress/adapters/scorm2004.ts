// SCORM 2004 4th ed. table for the one SCORM adapter (scorm-adapter.ts): completion and success
// reported separately (RTE §4.2.4, §4.2.22), the score as scaled AND raw/min/max (Moodle grades from
// raw), progress_measure, one objective per lesson (RTE §4.2.17), ISO 8601 durations.
import { interactionFields2004 } from '../interaction-format';
import { lessonObjectiveId } from '../scorm-identifiers';
import { iso8601Duration } from '../scorm-time';
import type { CourseReport } from './adapter';
import { ScormAdapter, type ScormTable } from './scorm-adapter';
import { calls2004, type ScormLog } from './scorm-connection';

export function statuses2004(report: CourseReport): {
  completion: string;
  success: string;
  progress: number;
} {
  const progress = report.lessonsTotal ? report.lessonsCompleted / report.lessonsTotal : 1;
  return {
    completion: progress >= 1 ? 'completed' : 'incomplete',
    success:
      report.finalBest === null || !report.finalRequired
        ? 'unknown'
        : report.finalPassed
          ? 'passed'
          : 'failed',
    progress: Math.round(progress * 10000) / 10000,
  };
}

const lessonObjectiveStatus = {
  completed: 'completed',
  'in-progress': 'incomplete',
  'not-started': 'not attempted',
} as const;

export const scorm2004Table: ScormTable = {
  version: '2004',
  calls: calls2004,
  elements: {
    mode: 'cmi.mode',
    entry: 'cmi.entry',
    credit: 'cmi.credit',
    location: 'cmi.location',
    sessionTime: 'cmi.session_time',
    exit: 'cmi.exit',
    learnerName: 'cmi.learner_name',
    interactionCount: 'cmi.interactions._count',
  },
  // RTE §4.2.14: cmi.location is characterstring(SPM 1000).
  locationLimit: 1000,
  // Moodle restores data only after exit=suspend; "normal" ends a finished attempt.
  exit: (done) => (done ? 'normal' : 'suspend'),
  sessionTime: iso8601Duration,
  masteryPercent: (read) => {
    // scaled_passing_score is -1..1 (RTE §4.2.20); the course thinks in percent.
    const passing = Number.parseFloat(read('cmi.scaled_passing_score'));
    return Number.isFinite(passing) && passing >= 0 && passing <= 1
      ? Math.round(passing * 10000) / 100
      : null;
  },
  standing: (report) => {
    const { completion, success, progress } = statuses2004(report);
    const fields: Array<[string, string]> = [
      ['cmi.completion_status', completion],
      ['cmi.success_status', success],
      ['cmi.progress_measure', String(progress)],
    ];
    if (report.finalBest !== null)
      fields.push(
        ['cmi.score.scaled', String(Math.round(report.finalBest * 100) / 10000)],
        ['cmi.score.min', '0'],
        ['cmi.score.max', '100'],
        ['cmi.score.raw', String(Math.round(report.finalBest * 100) / 100)],
      );
    return [fields];
  },
  readStanding: (read) => {
    const completion = read('cmi.completion_status');
    const success = read('cmi.success_status');
    const raw = Number.parseFloat(read('cmi.score.raw'));
    const scaled = Number.parseFloat(read('cmi.score.scaled'));
    return {
      completed: completion === 'completed' ? true : completion === 'incomplete' ? false : null,
      passed: success === 'passed' ? true : success === 'failed' ? false : null,
      scoreRaw: Number.isFinite(raw)
        ? raw
        : Number.isFinite(scaled)
          ? Math.round(scaled * 10000) / 100
          : null,
    };
  },
  interactionFields: interactionFields2004,
  lessonObjectives: { id: lessonObjectiveId, status: (status) => lessonObjectiveStatus[status] },
};

/** The SCORM 2004 adapter (kept as its own module so it can be loaded on its own). */
export class Scorm2004Adapter extends ScormAdapter {
  constructor(api: unknown, log?: ScormLog) {
    super(scorm2004Table, api, log);
  }
}
