// The server half of the Moodle-like test LMS (tests/lms/moodle.html): keeps each learner attempt's
// stored elements across launches, as Moodle's mod_scorm keeps its tracks, and answers the player.
//   GET  /lms/moodle/launch?attempt&version   the data a launch starts from (Moodle get_scorm_default)
//   POST /lms/moodle/datamodel?attempt&version every element the player posts (Moodle datamodel.php)
//   GET  /lms/moodle/record?attempt            what the LMS holds, every request it got, completion
//   POST /lms/moodle/reset?attempt             forgets the attempt (a test starts from nothing)
//   POST /lms/moodle/outage?attempt&count=N    the next N datamodel posts fail without storing, as when
//                                              Moodle's database is briefly unavailable (answer "false", 101)
// The launch rules are the ones measured in Moodle 4.4 and read in its source (docs/ is silent on
// LMS internals, so the behaviour is written out here):
// - SCORM 1.2 always gives the stored tracks back; entry is `ab-initio` with no status yet, `resume`
//   after exit=suspend, otherwise empty.
// - SCORM 2004 gives location, suspend_data and the rest back only after exit=suspend (RTE 4.2.8);
//   otherwise entry is `ab-initio` and only status, success, score and total time stay readable.
// - An attempt whose status is completed, passed or failed reopens in review: mode `review`, credit
//   `no-credit`; whatever the content posts then is still stored into that attempt.
// - SCORM 1.2 activity completion ("Require status: Passed") is checked when `cmi.core.score.raw`
//   arrives, against the status stored at that moment; a later status change does not re-check.
import type { IncomingMessage, ServerResponse } from 'node:http';

export type ScormVersion = '1.2' | '2004';

export interface StoredRequest {
  /** Body size in bytes as sent. */
  bytes: number;
  /** `beacon` when the player posted with navigator.sendBeacon while its window was closing. */
  via: 'xhr' | 'beacon';
  /** The elements posted, in the order the player sent them. */
  elements: string[];
}

export interface AttemptRecord {
  version: ScormVersion;
  tracks: Record<string, string>;
  requests: StoredRequest[];
  /** Moodle activity completion with "Require status: Passed" (SCORM 1.2 only; see above). */
  completionPassed: boolean;
  launches: Array<{ mode: string; entry: string }>;
  /** Datamodel posts still to fail (an outage), and the posts that failed so far. */
  outage: number;
  failedPosts: number;
}

const attempts = new Map<string, AttemptRecord>();

function attemptFor(key: string, version: ScormVersion): AttemptRecord {
  let record = attempts.get(key);
  if (!record) {
    record = {
      version,
      tracks: {},
      requests: [],
      completionPassed: false,
      launches: [],
      outage: 0,
      failedPosts: 0,
    };
    attempts.set(key, record);
  }
  return record;
}

const statusElement = (version: ScormVersion) =>
  version === '1.2' ? 'cmi.core.lesson_status' : 'cmi.completion_status';
const exitElement = (version: ScormVersion) => (version === '1.2' ? 'cmi.core.exit' : 'cmi.exit');

/** Elements a SCORM 2004 launch after a non-suspended exit still reads (measured in Moodle 4.4). */
const readableWithoutResume2004 = [
  'cmi.completion_status',
  'cmi.success_status',
  'cmi.score.scaled',
  'cmi.score.raw',
  'cmi.score.min',
  'cmi.score.max',
  'cmi.progress_measure',
  'cmi.total_time',
];

export interface LaunchOptions {
  version: ScormVersion;
  /** From the manifest: 1.2 `adlcp:masteryscore` (0–100), 2004 `minNormalizedMeasure` (0–1). */
  passing: string;
  /** 2004 `adlcp:completionThreshold minProgressMeasure`. */
  threshold: string;
  /** 2004: the item's `imsss:primaryObjective objectiveID`; Moodle puts it at cmi.objectives.0.id. */
  primaryObjective?: string;
  learnerId: string;
  learnerName: string;
}

/** The values the player's data model starts with, flattened (`cmi.objectives.0.id`, ...). */
export function launchValues(
  record: AttemptRecord | undefined,
  options: LaunchOptions,
): Record<string, string> {
  const { version } = options;
  // session_time is write-only and never handed back (Moodle builds the launch from named tracks).
  const tracks = Object.fromEntries(
    Object.entries(record?.tracks ?? {}).filter(([element]) => !element.endsWith('session_time')),
  );
  const status = tracks[statusElement(version)] ?? '';
  const exit = tracks[exitElement(version)] ?? '';
  const finished = ['completed', 'passed', 'failed'].includes(status);
  const mode = finished ? 'review' : 'normal';
  const credit = mode === 'normal' ? 'credit' : 'no-credit';
  if (version === '1.2') {
    const entry = status === '' ? 'ab-initio' : exit === 'suspend' ? 'resume' : '';
    return {
      ...tracks,
      'cmi.core.student_id': options.learnerId,
      'cmi.core.student_name': options.learnerName,
      'cmi.core.credit': credit,
      'cmi.core.entry': entry,
      'cmi.core.lesson_mode': mode,
      'cmi.student_data.mastery_score': options.passing,
      'cmi.core.total_time': tracks['cmi.core.total_time'] ?? '00:00:00',
      'cmi.core.lesson_status': status,
    };
  }
  const resume = exit === 'suspend' || exit === 'logout';
  const kept = resume
    ? tracks
    : Object.fromEntries(
        Object.entries(tracks).filter(([element]) => readableWithoutResume2004.includes(element)),
      );
  return {
    ...kept,
    ...(options.primaryObjective ? { 'cmi.objectives.0.id': options.primaryObjective } : {}),
    'cmi.learner_id': options.learnerId,
    'cmi.learner_name': options.learnerName,
    'cmi.mode': mode,
    'cmi.credit': credit,
    'cmi.entry': resume ? 'resume' : 'ab-initio',
    'cmi.scaled_passing_score': options.passing,
    'cmi.completion_threshold': options.threshold,
    'cmi.completion_status': kept['cmi.completion_status'] ?? 'unknown',
    'cmi.success_status': kept['cmi.success_status'] ?? 'unknown',
    'cmi.total_time': kept['cmi.total_time'] ?? 'PT0H0M0S',
  };
}

/** Stores posted elements in order, as Moodle's scorm_insert_track does one by one. */
export function storeTracks(record: AttemptRecord, posted: Array<[string, string]>, request: StoredRequest) {
  record.requests.push(request);
  for (const [element, value] of posted) {
    if (record.version === '1.2' && element === 'cmi.core.score.raw') {
      // The grade changed: Moodle re-evaluates activity completion now, with the status stored so far.
      record.completionPassed = record.tracks['cmi.core.lesson_status'] === 'passed';
    }
    record.tracks[element] = value;
  }
}

/** Moodle's field names: `cmi__core__lesson_status`, `cmi__interactions__0__id` (datamodel.php). */
export const elementFromField = (field: string) => field.replace(/__/g, '.').replace(/_(\d+)/g, '.$1');

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function send(res: ServerResponse, status: number, type: string, body: string) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

/** Answers /lms/moodle/* requests; returns false for any other URL. */
export function handleMoodleRequest(req: IncomingMessage, res: ServerResponse): boolean {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  if (!url.pathname.startsWith('/lms/moodle/')) return false;
  const key = url.searchParams.get('attempt') ?? '';
  const version = (url.searchParams.get('version') === '1.2' ? '1.2' : '2004') as ScormVersion;
  const route = url.pathname.slice('/lms/moodle/'.length);
  if (!key) {
    send(res, 400, 'text/plain', 'attempt missing');
    return true;
  }
  if (route === 'launch' && req.method === 'GET') {
    const record = attemptFor(key, version);
    const values = launchValues(record, {
      version,
      passing: url.searchParams.get('passing') ?? '',
      threshold: url.searchParams.get('threshold') ?? '',
      primaryObjective: url.searchParams.get('primaryObjective') ?? '',
      learnerId: 'learner1',
      learnerName: 'Doe, Jane',
    });
    record.launches.push({
      mode: values[version === '1.2' ? 'cmi.core.lesson_mode' : 'cmi.mode'] ?? '',
      entry: values[version === '1.2' ? 'cmi.core.entry' : 'cmi.entry'] ?? '',
    });
    send(res, 200, 'application/json', JSON.stringify(values));
    return true;
  }
  if (route === 'datamodel' && req.method === 'POST') {
    void readBody(req).then(async (body) => {
      const type = req.headers['content-type'] ?? '';
      // XHR posts urlencoded; the unload beacon posts FormData (multipart), as Moodle's request.js does.
      const form = type.startsWith('multipart/')
        ? [
            ...(
              await new Response(new Uint8Array(body), { headers: { 'content-type': type } }).formData()
            ).entries(),
          ].map(([name, value]) => [name, String(value)] as [string, string])
        : [...new URLSearchParams(body.toString('utf8')).entries()];
      const posted = form
        .filter(([name]) => name.startsWith('cmi'))
        .map(([name, value]) => [elementFromField(name), value] as [string, string]);
      const record = attemptFor(key, version);
      if (record.outage > 0) {
        record.outage--;
        record.failedPosts++;
        send(res, 200, 'text/plain', 'false\n101');
        return;
      }
      storeTracks(record, posted, {
        bytes: body.length,
        via: form.some(([name]) => name === 'unloading') ? 'beacon' : 'xhr',
        elements: posted.map(([element]) => element),
      });
      send(res, 200, 'text/plain', 'true\n0');
    });
    return true;
  }
  if (route === 'record' && req.method === 'GET') {
    send(res, 200, 'application/json', JSON.stringify(attempts.get(key) ?? null));
    return true;
  }
  if (route === 'outage' && req.method === 'POST') {
    attemptFor(key, version).outage = Number(url.searchParams.get('count') ?? '0');
    send(res, 200, 'text/plain', 'ok');
    return true;
  }
  if (route === 'reset' && req.method === 'POST') {
    attempts.delete(key);
    send(res, 200, 'text/plain', 'ok');
    return true;
  }
  send(res, 404, 'text/plain', 'not found');
  return true;
}
