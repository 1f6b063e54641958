// The one SCORM adapter: the session rules every version shares, driven by a per-version table
// (scorm12.ts, scorm2004.ts) that names the elements and formats the values.
//
// - Only what changed since the last successful commit is sent, element by element, so a save is a
//   handful of calls, not the whole record.
// - An element the LMS refuses with a data-model error is not sent again this session (rte-errors.ts):
//   such a refusal is systematic (a type or vocabulary the runtime reads more strictly), so resending
//   would only repeat it;
//   a transient failure (commit failure, general error, exception) keeps the value for the next try,
//   so nothing is dropped, and the save scheduler retries with back-off.
// - Review and browse launches write nothing (RTE cmi.mode / cmi.core.lesson_mode): no record, place,
//   exit or time; the session only ends with Terminate.
// - The end of a session is one request: Terminate alone, which commits by rule (2004 RTE §3.1.3.2;
//   1.2 RTE §3.3.2.1 LMSFinish). LMS players send it by sendBeacon on unload, and a Commit beacon just
//   before it can use up the browser's keepalive budget and lose the Terminate.
import type { InteractionRecord } from '../contract';
import type { InteractionFields } from '../interaction-format';
import type { CourseReport, LaunchInfo, LmsStanding, ProgressAdapter, SaveRequest } from './adapter';
import { ScormConnection, type ScormCalls, type ScormLog } from './scorm-connection';

/** What differs between SCORM 1.2 and 2004: element names, value formats, vocabularies. */
export interface ScormTable {
  version: '1.2' | '2004';
  calls: (api: unknown) => ScormCalls;
  elements: {
    mode: string;
    entry: string;
    credit: string;
    location: string;
    sessionTime: string;
    exit: string;
    learnerName: string;
    interactionCount: string;
  };
  locationLimit: number;
  exit: (done: boolean) => string;
  sessionTime: (seconds: number) => string;
  /** The pass mark the LMS imposes, in percent, or null. */
  masteryPercent: (read: (element: string) => string) => number | null;
  /**
   * Status and score elements with their values, in groups. A later group waits for a commit of an
   * earlier group that changed (SCORM 1.2: Moodle checks completion when the score arrives, so the
   * status must already be stored then).
   */
  standing: (report: CourseReport) => Array<Array<[string, string]>>;
  /** What the LMS holds about the attempt, for a review launch without a saved record. */
  readStanding: (read: (element: string) => string) => Omit<LmsStanding, 'objectives'>;
  interactionFields: (record: InteractionRecord) => InteractionFields;
  /** 2004 only: one objective per lesson (RTE §4.2.17), by lesson objective id. */
  lessonObjectives: null | {
    id: (lessonId: string) => string;
    status: (status: CourseReport['lessons'][number]['status']) => string;
  };
}

/**
 * Interactions journaled in one LMS attempt: the final assessment's items, up to this many. LMS
 * players re-post every element on each commit and on Terminate (Moodle's 2004 player does, by
 * sendBeacon on unload), so the journal is what makes the end-of-session request large; this cap keeps
 * it inside the browser's 64 KB keepalive budget (tests/unit/progress/unload-payload.test.ts). Scores
 * and statuses are always reported; only the per-item journal stops.
 */
export const MAX_INTERACTIONS = 32;

interface QueuedInteraction {
  fields: InteractionFields;
  /** Index of the next field to send. */
  done: number;
  /** cmi.interactions.n once its id has been accepted. */
  n: number | null;
}

export class ScormAdapter implements ProgressAdapter {
  readonly target = 'lms' as const;
  private readonly lms: ScormConnection;
  private mode: LaunchInfo['mode'] = 'normal';
  /** Element → value the LMS has stored (last successful commit) or holds uncommitted. */
  private readonly committed = new Map<string, string>();
  private readonly pending = new Map<string, string>();
  /** Elements refused with a data-model error: not sent again this session (the next one tries again). */
  private readonly refused = new Set<string>();
  private readonly queue: QueuedInteraction[] = [];
  private nextInteraction = 0;
  private nextObjective = 0;
  private readonly objectiveIndex = new Map<string, number>();
  private readonly refusedObjectives = new Set<string>();

  constructor(
    private readonly table: ScormTable,
    api: unknown,
    log?: ScormLog,
  ) {
    this.lms = new ScormConnection(table.calls(api), table.version, log);
  }

  launch(): LaunchInfo | null {
    if (!this.lms.initialize()) return null;
    const read = (element: string) => this.lms.get(element);
    const { elements } = this.table;
    const mode = read(elements.mode);
    this.mode = mode === 'browse' || mode === 'review' ? mode : 'normal';
    const entry = read(elements.entry);
    this.nextInteraction = Number.parseInt(read(elements.interactionCount), 10) || 0;
    const objectives: LmsStanding['objectives'] = [];
    if (this.table.lessonObjectives) {
      this.nextObjective = Number.parseInt(read('cmi.objectives._count'), 10) || 0;
      for (let n = 0; n < this.nextObjective; n++) {
        // An id the LMS cannot return (e.g. 301) reads as empty: that slot stays unused.
        const id = read(`cmi.objectives.${n}.id`);
        if (!id) continue;
        this.objectiveIndex.set(id, n);
        this.committed.set(`cmi.objectives.${n}.id`, id);
        const completion = read(`cmi.objectives.${n}.completion_status`);
        if (completion) this.committed.set(`cmi.objectives.${n}.completion_status`, completion);
        objectives.push({ id, completion });
      }
    }
    return {
      suspendData: read('cmi.suspend_data'),
      location: read(elements.location),
      entry: entry === 'resume' || entry === 'ab-initio' ? entry : '',
      mode: this.mode,
      credit: read(elements.credit) !== 'no-credit',
      masteryPercent: this.table.masteryPercent(read),
      learnerName: nameFromLms(read(elements.learnerName)),
      standing: this.mode === 'normal' ? null : { ...this.table.readStanding(read), objectives },
    };
  }

  save(request: SaveRequest): boolean {
    if (!this.lms.isOpen) return false;
    if (this.mode !== 'normal') return true; // review/browse: nothing is written
    // exit=suspend on every save (sent once), so a closed tab still resumes (RTE cmi.exit).
    const written = this.write(request, this.table.exit(false));
    return this.commit() && written;
  }

  finish(request: SaveRequest, done: boolean): boolean {
    if (!this.lms.isOpen) return false;
    const written = this.mode === 'normal' ? this.write(request, this.table.exit(done)) : true;
    return this.lms.terminate() && written;
  }

  private commit(): boolean {
    const ok = this.lms.commit();
    if (ok) for (const [element, value] of this.pending) this.committed.set(element, value);
    // After a failed commit nothing counts as stored: every value is sent again with the next try.
    this.pending.clear();
    return ok;
  }

  private unchanged(element: string, value: string): boolean {
    return (
      this.pending.get(element) === value ||
      (!this.pending.has(element) && this.committed.get(element) === value) ||
      this.refused.has(element)
    );
  }

  /** Sends one value if it changed. false = a transient failure (try again later). */
  private send(element: string, value: string): boolean {
    if (this.unchanged(element, value)) return true;
    const outcome = this.lms.set(element, value);
    if (outcome.ok) {
      this.pending.set(element, value);
      return true;
    }
    if (outcome.refusal === 'permanent') {
      this.refused.add(element);
      return true; // the rest of the record keeps flowing
    }
    return false;
  }

  private write(request: SaveRequest, exit: string): boolean {
    let ok = true;
    let changed = false;
    this.table.standing(request.report).forEach((group, index) => {
      const pendingChange = group.some(([element, value]) => !this.unchanged(element, value));
      if (index > 0 && changed && pendingChange) ok = this.commit() && ok;
      for (const [element, value] of group) {
        if (!this.unchanged(element, value)) changed = true;
        ok = this.send(element, value) && ok;
      }
    });
    ok = this.writeObjectives(request.report) && ok;
    for (const batch of request.interactions.splice(0)) {
      if (!batch.graded) continue;
      for (const record of batch.interactions) {
        if (this.nextInteraction + this.queue.length >= MAX_INTERACTIONS) break;
        this.queue.push({ fields: this.table.interactionFields(record), done: 0, n: null });
      }
    }
    ok = this.drainInteractions() && ok;
    // An empty location is refused by some runtimes (406): leave it unset until there is one.
    if (request.place)
      ok = this.send(this.table.elements.location, request.place.slice(0, this.table.locationLimit)) && ok;
    if (request.suspendData !== null) ok = this.send('cmi.suspend_data', request.suspendData) && ok;
    ok = this.send(this.table.elements.sessionTime, this.table.sessionTime(request.sessionSeconds)) && ok;
    return this.send(this.table.elements.exit, exit) && ok;
  }

  private writeObjectives(report: CourseReport): boolean {
    const objectives = this.table.lessonObjectives;
    if (!objectives) return true;
    let ok = true;
    for (const lesson of report.lessons) {
      const id = objectives.id(lesson.id);
      let n = this.objectiveIndex.get(id);
      if (n === undefined) {
        if (this.refusedObjectives.has(id)) continue;
        const outcome = this.lms.set(`cmi.objectives.${this.nextObjective}.id`, id);
        if (!outcome.ok) {
          if (outcome.refusal === 'permanent') this.refusedObjectives.add(id);
          else ok = false;
          continue; // the slot stays free for the next objective (RTE: n must be _count)
        }
        n = this.nextObjective++;
        this.objectiveIndex.set(id, n);
      }
      ok = this.send(`cmi.objectives.${n}.completion_status`, objectives.status(lesson.status)) && ok;
    }
    return ok;
  }

  /** Sends queued interactions in order; stops at a transient failure and resumes there next save. */
  private drainInteractions(): boolean {
    while (this.queue.length) {
      const item = this.queue[0]!;
      item.n ??= this.nextInteraction;
      for (; item.done < item.fields.length; item.done++) {
        const [field, value] = item.fields[item.done]!;
        const outcome = this.lms.set(`cmi.interactions.${item.n}.${field}`, value);
        if (outcome.ok) {
          if (field === 'id') this.nextInteraction = item.n + 1;
          continue;
        }
        if (outcome.refusal === 'transient') return false;
        // Without its id the interaction does not exist: drop it, and its slot stays free.
        if (field === 'id') break;
      }
      this.queue.shift();
    }
    return true;
  }
}

export function nameFromLms(raw: string): string {
  // LMSs send "Last, First" (1.2 RTE §3.4.2.1.3, 2004 cmi.learner_name); Moodle sends "First Last".
  const [last, first] = raw.split(',').map((part) => part.trim());
  return first ? `${first} ${last}` : raw.trim();
}
