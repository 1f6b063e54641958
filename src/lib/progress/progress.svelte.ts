// The one progress model (docs/architecture.md): lesson status per track, quiz attempts, drafts, location, time and
// track, saved through the adapter chosen once at launch (SCORM 2004 → SCORM 1.2 → this browser) and
// mirrored to browser storage. Components read and change progress only through the `progress` singleton.
import type { CourseOutline } from '$lib/course/course-content';
import type { QuizAttemptResult, QuizDraft, QuizProgressPort } from './contract';
import type {
  CourseReport,
  LaunchInfo,
  ProgressAdapter,
  QueuedInteractions,
  SaveRequest,
  SaveTarget,
} from './adapters/adapter';
import type { FrameLike } from './adapters/find-api';
import type { ScormLog } from './adapters/scorm-connection';
import { browserStore, defaultStorage, type KeyValueStore } from './browser-store';
import { courseReport } from './course-report';
import { mergeProgress } from './merge-progress';
import { notices, type NoticeId } from './progress-notices';
import {
  emptyState,
  hasProgress,
  MAX_RECORDED_ATTEMPTS,
  trackIds,
  type ChosenLanguage,
  type LessonStatus,
  type ProgressState,
  type TrackId,
} from './progress-state';
import { realTimers, SaveScheduler, type SaveOutcome, type Timers } from './save-scheduler';
import { openProgressStore } from './launch';
import { LessonKeys } from './lesson-keys';
import { recordFromStanding } from './review-standing';
import { decodeSuspendData, encodeSuspendData } from './suspend-codec';

export type { CourseOutline };

type EventHost = FrameLike & {
  addEventListener?: (type: string, listener: (event: Event) => void) => void;
  document?: { visibilityState?: string; addEventListener?: (type: string, listener: () => void) => void };
};

/** Everything the model touches outside itself, so tests can stand in for browser and LMS. */
export interface ProgressEnvironment {
  window?: EventHost | null;
  storage?: () => Storage | null | undefined;
  now?: () => number;
  log?: ScormLog;
  timers?: Timers;
}

export class ProgressModel implements QuizProgressPort {
  record: ProgressState = $state(emptyState());
  saveTarget: SaveTarget = $state('memory');
  saveOutcome: SaveOutcome | 'idle' = $state('idle');
  notice = $state<NoticeId | ''>('');
  learnerName = $state('');
  /** True when the name came from the LMS (then it is not editable). */
  learnerNameFromLms = $state(false);
  passMark = $state(80);
  mode: LaunchInfo['mode'] = $state('normal');
  /** Where the learner left off, offered once at launch ("Resume where you left off?"). */
  resumeLocation: string | null = $state(null);
  finished = $state(false);
  started = $state(false);

  private slugsByTrack: Record<TrackId, string[]> = { nursing: [], patient: [] };
  private keys = new LessonKeys([]);
  private adapter: ProgressAdapter | null = null;
  private scheduler: SaveScheduler | null = null;
  private mirror: KeyValueStore | null = null;
  private storageKeys = { record: '', mirror: '', name: '', language: '' };
  private protectLmsCopy = false;
  private readonly interactions: QueuedInteractions[] = [];
  private sessionStart = 0;
  private now: () => number = () => Date.now();

  get track(): TrackId | null {
    return this.record.track;
  }

  get location(): string {
    return this.record.location;
  }

  /** Called once by the layout at launch; later calls do nothing (discovery runs once, docs/lms-behaviour.md §1). */
  start(outline: CourseOutline, environment: ProgressEnvironment = {}): void {
    if (this.started) return;
    this.started = true;
    const win =
      environment.window === undefined
        ? typeof window === 'undefined'
          ? null
          : (window as unknown as EventHost)
        : environment.window;
    this.now = environment.now ?? (() => Date.now());
    this.sessionStart = this.now();
    this.passMark = outline.course.passMark;
    for (const track of trackIds) {
      this.slugsByTrack[track] = outline.lessons
        .filter((lesson) => lesson.tracks[track])
        .map((lesson) => lesson.slug);
    }
    this.keys = LessonKeys.of(outline);
    const prefix = `course:${outline.course.id}`;
    this.storageKeys = {
      record: `${prefix}:progress`,
      mirror: `${prefix}:lms-copy`,
      name: `${prefix}:learner-name`,
      language: `${prefix}:language`,
    };
    const store = browserStore(environment.storage ?? defaultStorage);
    this.mirror = store;

    const opened = openProgressStore(
      win,
      {
        store,
        key: this.storageKeys.record,
        keys: this.keys,
        events: win?.addEventListener ? (win as Pick<Window, 'addEventListener'>) : null,
        onExternalChange: (other) => {
          // Take the other tab's lessons and scores, but keep this tab's own clock: the other copy's
          // time already includes this session's seconds (added at save), and would count them twice.
          const secondsBefore = this.record.secondsBefore;
          this.record = {
            ...mergeProgress($state.snapshot(this.record) as ProgressState, other),
            secondsBefore,
          };
        },
        onStorageLost: () => {
          this.saveTarget = 'memory';
          this.notice = notices.storageLost;
        },
      },
      environment.log,
    );
    this.adapter = opened.adapter;
    const launch = opened.launch;
    if (opened.notice) this.notice = opened.notice;
    this.saveTarget = this.adapter.target;
    this.mode = launch.mode;
    if (launch.masteryPercent !== null) this.passMark = launch.masteryPercent;
    this.learnerNameFromLms = Boolean(launch.learnerName);
    this.learnerName = launch.learnerName || (store.read(this.storageKeys.name) ?? '');

    const decoded = decodeSuspendData(launch.suspendData, this.keys);
    if (launch.suspendData && !decoded) {
      this.notice = notices.unreadableRecord;
      // Keep the LMS's copy until there is something better to put there (issue 6, faults).
      this.protectLmsCopy = this.adapter.target === 'lms';
    }
    if (decoded) this.record = decoded;
    else if (launch.standing)
      this.record = recordFromStanding(
        launch.standing,
        this.keys,
        outline.lessons.map((lesson) => lesson.id),
      );
    const location = (launch.location && this.keys.pathOf(launch.location)) || this.record.location;
    this.record.location = location;
    const returning = launch.entry === 'resume' || (decoded !== null && hasProgress(decoded));
    this.resumeLocation = returning && location ? location : null;

    this.scheduler = new SaveScheduler(
      () => this.attemptSave(),
      (outcome) => this.onSaveOutcome(outcome),
      environment.timers ?? realTimers,
    );
    // Tell the LMS at once that the attempt is under way (1.2 "incomplete" rather than Moodle turning a
    // still "not attempted" status into "completed" on finish, docs/lms-behaviour.md §6).
    if (this.adapter.target === 'lms') this.scheduler.request();
    // Commit when the page is hidden; Terminate once when it goes away (docs/lms-behaviour.md §2, "Unload").
    win?.addEventListener?.('pagehide', () => this.finish());
    win?.document?.addEventListener?.('visibilitychange', () => {
      if (win.document?.visibilityState === 'hidden') this.flush();
    });
  }

  // ---- lessons -------------------------------------------------------------------------------

  lessonStatus(track: TrackId, slug: string): LessonStatus {
    return this.record.lessons[track][slug] ?? 'not-started';
  }

  markLessonOpened(track: TrackId, slug: string): void {
    if (!this.recording || this.lessonStatus(track, slug) !== 'not-started') return;
    this.record.lessons[track][slug] = 'in-progress';
    this.changed();
  }

  markLessonCompleted(track: TrackId, slug: string): void {
    if (!this.recording || this.lessonStatus(track, slug) === 'completed') return;
    this.record.lessons[track][slug] = 'completed';
    this.changed();
  }

  setLocation(location: string): void {
    if (location === this.record.location) return;
    this.record.location = location;
    this.changed();
  }

  setTrack(track: TrackId): void {
    if (track === this.record.track) return;
    this.record.track = track;
    this.changed();
  }

  /**
   * The learner chose a language for the patient track: kept in this browser and, in a normal launch,
   * in the record (the LMS's suspend_data), so the next launch opens in it. Review and browse launches
   * keep the choice in this browser only (RTE cmi.mode; docs/lms-behaviour.md §2).
   */
  setLanguage(language: ChosenLanguage): void {
    this.mirror?.write(this.storageKeys.language, language);
    if (!this.recording || language === this.record.language) return;
    this.record.language = language;
    this.changed();
  }

  /** The language the learner chose last: the record's (from the LMS), else this browser's; null: none. */
  get chosenLanguage(): ChosenLanguage | null {
    if (this.record.language) return this.record.language;
    const stored = this.mirror?.read(this.storageKeys.language);
    return stored === 'en' || stored === 'es' ? stored : null;
  }

  /** The launch offer was taken or declined: it is not shown again this session. */
  dismissResume(): void {
    this.resumeLocation = null;
  }

  dismissNotice(): void {
    this.notice = '';
  }

  // ---- quizzes (QuizProgressPort, contract.ts) -----------------------------------------------

  recordQuizAttempt(result: QuizAttemptResult): void {
    if (!this.recording) return;
    const percent = Math.min(100, Math.max(0, Math.round(result.percent * 100) / 100));
    const previous = this.record.quizzes[result.quizId];
    this.record.quizzes[result.quizId] = {
      attempts: (previous?.attempts ?? 0) + 1,
      best: Math.max(previous?.best ?? percent, percent),
      last: percent,
      history: [...(previous?.history ?? []), percent].slice(-MAX_RECORDED_ATTEMPTS),
      passed: Boolean(previous?.passed) || result.passed,
    };
    if (result.isFinal) this.record.finalQuiz = result.quizId;
    delete this.record.drafts[result.quizId];
    this.interactions.push({
      quizId: result.quizId,
      graded: result.isFinal,
      interactions: result.interactions,
    });
    this.changed();
  }

  saveQuizDraft(quizId: string, draft: QuizDraft | null): void {
    if (draft)
      this.record.drafts[quizId] = {
        seed: draft.seed,
        position: draft.position,
        answers: draft.answers.map((a) => (a ? [...a] : null)),
      };
    else if (this.record.drafts[quizId]) delete this.record.drafts[quizId];
    else return;
    // An answer in progress is of little weight: a few seconds of clicks share one LMS commit (a
    // hidden page flushes it).
    this.changed('soon');
  }

  quizDraft(quizId: string): QuizDraft | null {
    const draft = this.record.drafts[quizId];
    return draft ? $state.snapshot(draft) : null;
  }

  quizSummary(quizId: string): { attempts: number; best: number | null; last: number | null } {
    const quiz = this.record.quizzes[quizId];
    return { attempts: quiz?.attempts ?? 0, best: quiz?.best ?? null, last: quiz?.last ?? null };
  }

  // ---- overall -------------------------------------------------------------------------------

  /** The course's standing for a track (default: the chosen one, else nursing). */
  report(track: TrackId | null = this.record.track): CourseReport {
    const chosen = track ?? 'nursing';
    return courseReport(this.record, chosen, this.slugsByTrack[chosen], this.keys, this.passMark);
  }

  /**
   * What the LMS is told. Looking at the other track must never lower a status already earned (a
   * nurse who passed, then opens the patient version of a lesson, stays "passed"): a completed track
   * wins, a graded one first; otherwise the chosen track.
   */
  lmsReport(): CourseReport {
    const reports = trackIds.map((track) => this.report(track));
    const complete = reports
      .filter((report) => report.courseComplete)
      .sort((a, b) => Number(b.finalRequired) - Number(a.finalRequired));
    return complete[0] ?? this.report();
  }

  lessonsIn(track: TrackId): readonly string[] {
    return this.slugsByTrack[track];
  }

  sessionSeconds(): number {
    return this.started ? Math.max(0, (this.now() - this.sessionStart) / 1000) : 0;
  }

  /** Earlier sessions plus this one. */
  timeSpentSeconds(): number {
    return this.record.secondsBefore + this.sessionSeconds();
  }

  /** browse/review launches must not change the record (RTE cmi.mode; docs/lms-behaviour.md §2). */
  get recording(): boolean {
    return this.mode === 'normal' && !this.finished;
  }

  setLearnerName(name: string): void {
    if (this.learnerNameFromLms) return;
    this.learnerName = name;
    this.mirror?.write(this.storageKeys.name, name);
  }

  /** Standalone "Start again": forgets this browser's record (the caller asks for confirmation). */
  reset(): void {
    if (!this.adapter?.clear) return;
    this.adapter.clear();
    this.record = emptyState();
    this.record.secondsBefore = 0;
    this.sessionStart = this.now();
    this.resumeLocation = null;
    this.changed();
  }

  /** Saves now (page hidden, or before leaving). */
  flush(): void {
    this.scheduler?.flush();
  }

  /** Finish button or page unload: final save and Terminate exactly once (docs/lms-behaviour.md §2 step 4). */
  finish(): void {
    if (!this.started || this.finished || !this.adapter) return;
    this.scheduler?.cancel();
    const report = this.lmsReport();
    const ok = this.adapter.finish(this.request(), report.courseComplete);
    this.writeMirror();
    if (this.adapter.target === 'lms') {
      this.finished = true;
      this.notice =
        this.mode !== 'normal' ? notices.reviewEnded : ok ? notices.finished : notices.commitFailed;
    }
  }

  // ---- saving --------------------------------------------------------------------------------

  private changed(when: 'now' | 'soon' = 'now'): void {
    this.record.updatedAt = this.now();
    if (this.protectLmsCopy && hasProgress(this.record)) this.protectLmsCopy = false;
    this.writeMirror();
    // Only an LMS commit costs a request; the browser's own store is written at once.
    if (when === 'soon' && this.adapter?.target === 'lms') this.scheduler?.requestSoon();
    else this.scheduler?.request();
  }

  private request(): SaveRequest {
    const state = $state.snapshot(this.record) as ProgressState;
    const session = this.sessionSeconds();
    const stored: ProgressState = { ...state, secondsBefore: state.secondsBefore + session };
    return {
      state: stored,
      suspendData: this.protectLmsCopy ? null : encodeSuspendData(stored, this.keys),
      place: this.keys.placeOf(stored.location),
      sessionSeconds: session,
      report: this.lmsReport(),
      interactions: this.interactions,
    };
  }

  private attemptSave(): boolean {
    if (!this.adapter || this.finished) return true;
    const ok = this.adapter.save(this.request());
    this.saveTarget = this.adapter.target;
    return ok;
  }

  private writeMirror(): void {
    // The LMS holds the record; this browser keeps a copy for support and recovery (issue 6).
    if (this.adapter?.target !== 'lms' || !this.mirror) return;
    const state = $state.snapshot(this.record) as ProgressState;
    this.mirror.write(
      this.storageKeys.mirror,
      encodeSuspendData({ ...state, secondsBefore: state.secondsBefore + this.sessionSeconds() }, this.keys),
    );
  }

  private onSaveOutcome(outcome: SaveOutcome): void {
    this.saveOutcome = outcome;
    if (outcome === 'failed') this.notice = notices.commitFailed;
    else if (outcome === 'saved' && this.notice === notices.commitFailed) this.notice = '';
  }
}

export const progress = new ProgressModel();
