// SCORM 1.2 adapter: translates the course report into cmi.core.* (RTE §3.4.2) and journals answered
// items as cmi.interactions.n.*. Moodle facts designed for (NOTES.md §6): grades come from score.raw
// on 0–100, and the status is rewritten from raw vs. mastery, so raw is only set for the final.
import { interactionFields12 } from '../interaction-format';
import { scorm12Timespan } from '../scorm-time';
import type { CourseReport, LaunchInfo, ProgressAdapter, SaveRequest } from './adapter';
import { calls12, ScormConnection, type ScormLog } from './scorm-connection';

/** RTE §3.4.2.1.8: CMIString255. */
const LOCATION_LIMIT = 255;

export function lessonStatus12(report: CourseReport): string {
  const lessonsDone = report.lessonsCompleted >= report.lessonsTotal;
  if (!report.finalRequired) return lessonsDone ? 'completed' : 'incomplete';
  // A single status field (NOTES.md §3): passed needs the lessons and the final; failed reports a
  // final below the pass mark; otherwise the attempt is still incomplete.
  if (report.finalBest !== null && !report.finalPassed) return 'failed';
  return lessonsDone && report.finalPassed ? 'passed' : 'incomplete';
}

export function nameFromLms(raw: string): string {
  // LMSs send "Last, First" (RTE §3.4.2.1.3); Moodle sends "First Last" (NOTES.md §6).
  const [last, first] = raw.split(',').map((part) => part.trim());
  return first ? `${first} ${last}` : raw.trim();
}

export class Scorm12Adapter implements ProgressAdapter {
  readonly target = 'lms' as const;
  private readonly lms: ScormConnection;
  private mode: LaunchInfo['mode'] = 'normal';
  private nextInteraction = 0;

  constructor(api: unknown, log?: ScormLog) {
    this.lms = new ScormConnection(calls12(api), log);
  }

  launch(): LaunchInfo | null {
    if (!this.lms.initialize()) return null;
    const mode = this.lms.get('cmi.core.lesson_mode');
    this.mode = mode === 'browse' || mode === 'review' ? mode : 'normal';
    const entry = this.lms.get('cmi.core.entry');
    const mastery = Number.parseFloat(this.lms.get('cmi.student_data.mastery_score'));
    this.nextInteraction = Number.parseInt(this.lms.get('cmi.interactions._count'), 10) || 0;
    return {
      suspendData: this.lms.get('cmi.suspend_data'),
      location: this.lms.get('cmi.core.lesson_location'),
      entry: entry === 'resume' || entry === 'ab-initio' ? entry : '',
      mode: this.mode,
      credit: this.lms.get('cmi.core.credit') !== 'no-credit',
      masteryPercent: Number.isFinite(mastery) && mastery >= 0 && mastery <= 100 ? mastery : null,
      learnerName: nameFromLms(this.lms.get('cmi.core.student_name')),
    };
  }

  private write(request: SaveRequest, exit: string): void {
    const { report } = request;
    if (this.mode === 'normal') {
      this.lms.set('cmi.core.lesson_status', lessonStatus12(report));
      if (report.finalBest !== null) {
        this.lms.set('cmi.core.score.min', '0');
        this.lms.set('cmi.core.score.max', '100');
        this.lms.set('cmi.core.score.raw', String(Math.round(report.finalBest * 100) / 100));
      }
      for (const batch of request.interactions.splice(0)) {
        for (const record of batch.interactions) {
          const n = this.nextInteraction++;
          for (const [field, value] of interactionFields12(record)) {
            this.lms.set(`cmi.interactions.${n}.${field}`, value);
          }
        }
      }
    }
    // An empty location is refused by some runtimes (406): leave it unset until there is one.
    if (request.place) this.lms.set('cmi.core.lesson_location', request.place.slice(0, LOCATION_LIMIT));
    if (request.suspendData !== null) this.lms.set('cmi.suspend_data', request.suspendData);
    this.lms.set('cmi.core.session_time', scorm12Timespan(request.sessionSeconds));
    this.lms.set('cmi.core.exit', exit);
  }

  save(request: SaveRequest): boolean {
    if (!this.lms.isOpen) return false;
    // exit=suspend on every save, so a closed tab still resumes (RTE §3.4.2.1.11).
    this.write(request, 'suspend');
    return this.lms.commit();
  }

  finish(request: SaveRequest, done: boolean): boolean {
    if (!this.lms.isOpen) return false;
    // 1.2 has no "normal" exit: "" ends the attempt (NOTES.md §3).
    this.write(request, done ? '' : 'suspend');
    const committed = this.lms.commit();
    return this.lms.terminate() && committed;
  }
}
