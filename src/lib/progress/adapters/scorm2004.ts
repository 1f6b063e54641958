// SCORM 2004 4th ed. adapter: completion and success reported separately (RTE §4.2.4, §4.2.22), the
// score as scaled AND raw/min/max (Moodle grades from raw, NOTES.md §6), progress_measure, one
// objective per lesson (RTE §4.2.17), and answered items as interactions (RTE §4.2.9).
import { interactionFields2004 } from '../interaction-format';
import { lessonObjectiveId } from '../scorm-identifiers';
import { iso8601Duration } from '../scorm-time';
import type { CourseReport, LaunchInfo, ProgressAdapter, SaveRequest } from './adapter';
import { calls2004, ScormConnection, type ScormLog } from './scorm-connection';
import { nameFromLms } from './scorm12';

/** RTE §4.2.14: cmi.location is characterstring(SPM 1000). */
const LOCATION_LIMIT = 1000;

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

export class Scorm2004Adapter implements ProgressAdapter {
  readonly target = 'lms' as const;
  private readonly lms: ScormConnection;
  private mode: LaunchInfo['mode'] = 'normal';
  private nextInteraction = 0;
  private readonly objectiveIndex = new Map<string, number>();

  constructor(api: unknown, log?: ScormLog) {
    this.lms = new ScormConnection(calls2004(api), log);
  }

  launch(): LaunchInfo | null {
    if (!this.lms.initialize()) return null;
    const mode = this.lms.get('cmi.mode');
    this.mode = mode === 'browse' || mode === 'review' ? mode : 'normal';
    const entry = this.lms.get('cmi.entry');
    const passing = Number.parseFloat(this.lms.get('cmi.scaled_passing_score'));
    this.nextInteraction = Number.parseInt(this.lms.get('cmi.interactions._count'), 10) || 0;
    const objectives = Number.parseInt(this.lms.get('cmi.objectives._count'), 10) || 0;
    for (let n = 0; n < objectives; n++) this.objectiveIndex.set(this.lms.get(`cmi.objectives.${n}.id`), n);
    return {
      suspendData: this.lms.get('cmi.suspend_data'),
      location: this.lms.get('cmi.location'),
      entry: entry === 'resume' || entry === 'ab-initio' ? entry : '',
      mode: this.mode,
      credit: this.lms.get('cmi.credit') !== 'no-credit',
      // scaled_passing_score is -1..1 (RTE §4.2.20); the course thinks in percent.
      masteryPercent:
        Number.isFinite(passing) && passing >= 0 && passing <= 1 ? Math.round(passing * 10000) / 100 : null,
      learnerName: nameFromLms(this.lms.get('cmi.learner_name')),
    };
  }

  private objective(lessonId: string): number {
    const id = lessonObjectiveId(lessonId);
    let n = this.objectiveIndex.get(id);
    if (n === undefined) {
      n = this.objectiveIndex.size;
      if (!this.lms.set(`cmi.objectives.${n}.id`, id)) return -1;
      this.objectiveIndex.set(id, n);
    }
    return n;
  }

  private write(request: SaveRequest, exit: string): void {
    const { report } = request;
    if (this.mode === 'normal') {
      const { completion, success, progress } = statuses2004(report);
      this.lms.set('cmi.completion_status', completion);
      this.lms.set('cmi.success_status', success);
      this.lms.set('cmi.progress_measure', String(progress));
      if (report.finalBest !== null) {
        this.lms.set('cmi.score.scaled', String(Math.round(report.finalBest * 100) / 10000));
        this.lms.set('cmi.score.min', '0');
        this.lms.set('cmi.score.max', '100');
        this.lms.set('cmi.score.raw', String(Math.round(report.finalBest * 100) / 100));
      }
      for (const lesson of report.lessons) {
        const n = this.objective(lesson.id);
        if (n < 0) continue;
        const status =
          lesson.status === 'completed'
            ? 'completed'
            : lesson.status === 'in-progress'
              ? 'incomplete'
              : 'not attempted';
        this.lms.set(`cmi.objectives.${n}.completion_status`, status);
      }
      for (const batch of request.interactions.splice(0)) {
        for (const record of batch.interactions) {
          const n = this.nextInteraction++;
          for (const [field, value] of interactionFields2004(record)) {
            this.lms.set(`cmi.interactions.${n}.${field}`, value);
          }
        }
      }
    }
    // An empty location is refused by some runtimes (406): leave it unset until there is one.
    if (request.place) this.lms.set('cmi.location', request.place.slice(0, LOCATION_LIMIT));
    if (request.suspendData !== null) this.lms.set('cmi.suspend_data', request.suspendData);
    this.lms.set('cmi.session_time', iso8601Duration(request.sessionSeconds));
    this.lms.set('cmi.exit', exit);
  }

  save(request: SaveRequest): boolean {
    if (!this.lms.isOpen) return false;
    // Moodle restores data only after exit=suspend (NOTES.md §6): say so on every save.
    this.write(request, 'suspend');
    return this.lms.commit();
  }

  finish(request: SaveRequest, done: boolean): boolean {
    if (!this.lms.isOpen) return false;
    this.write(request, done ? 'normal' : 'suspend');
    const committed = this.lms.commit();
    return this.lms.terminate() && committed;
  }
}
