// Turns one answered quiz item (contract.ts InteractionRecord) into the cmi.interactions.n.* values of
// each SCORM version: 1.2 RTE §3.4.2.7 (single-character choices, `t`/`f`, `wrong`, CMITime) and
// 2004 RTE §4.2.9 (`[,]` / `[.]` / `[:]` delimiters, `incorrect`, ISO timestamps). Pure functions.
// Every identifier (item, objective, option, step, region, prompt, target) goes through the one
// scheme in scorm-identifiers.ts: letters and digits only, which every LMS runtime accepts.
import type { InteractionRecord } from './contract';
import { scormId } from './scorm-identifiers';
import { iso8601Duration, scorm12Timespan, scorm12TimeOfDay, scorm2004Timestamp } from './scorm-time';

/** Ordered [element suffix, value] pairs: order matters (2004: id before type before responses, RTE 408). */
export type InteractionFields = Array<[string, string]>;

const single12 = /^[a-z0-9]$/;

/**
 * The description is the only free text the course adds to each interaction, and LMS players
 * re-post it with every commit: a short start of the stem identifies the item in a report while
 * keeping the end-of-session request small (RTE §4.2.9.2 allows up to 250 characters).
 */
export const DESCRIPTION_LIMIT = 60;

function shortDescription(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= DESCRIPTION_LIMIT) return flat;
  const cut = flat.slice(0, DESCRIPTION_LIMIT - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > DESCRIPTION_LIMIT / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

function result12(credit: number): string {
  if (credit >= 1) return 'correct';
  if (credit <= 0) return 'wrong';
  return String(Math.round(credit * 100) / 100);
}

function result2004(credit: number): string {
  if (credit >= 1) return 'correct';
  if (credit <= 0) return 'incorrect';
  return String(Math.round(credit * 100) / 100);
}

function decimal(value: number): string {
  return String(Math.round(value * 10000) / 10000);
}

/** Splits `source.target` on the first dot. */
function pair(text: string): [string, string] {
  const dot = text.indexOf('.');
  return dot < 0 ? [text, ''] : [text.slice(0, dot), text.slice(dot + 1)];
}

/**
 * 1.2 response text and the type it can honestly be reported as. 1.2 choice/sequencing/matching
 * take single-character ids only (RTE §3.4.2.7.5); longer ids are reported as `fill-in` text instead
 * of being silently renamed.
 */
function response12(record: InteractionRecord, values: string[]): { type: string; text: string } {
  switch (record.kind) {
    case 'true-false':
      return { type: 'true-false', text: values[0] === 'true' ? 't' : values[0] === 'false' ? 'f' : '' };
    case 'choice':
    case 'sequencing': {
      const ids = values.map(scormId);
      const fits = [...record.response, ...record.correct].every((id) => single12.test(scormId(id)));
      return fits
        ? { type: record.kind, text: ids.join(',') }
        : { type: 'fill-in', text: ids.join(',').slice(0, 255) };
    }
    case 'matching': {
      const fits = [...record.response, ...record.correct].every((p) =>
        pair(p).every((part) => single12.test(scormId(part))),
      );
      const text = values.map((p) => pair(p).map(scormId).join('.')).join(',');
      return { type: fits ? 'matching' : 'fill-in', text: text.slice(0, 255) };
    }
    case 'numeric':
      return { type: 'numeric', text: values[0] ?? '' };
    default:
      return { type: 'fill-in', text: values.join(' ').slice(0, 255) };
  }
}

export function interactionFields12(record: InteractionRecord): InteractionFields {
  const learner = response12(record, record.response);
  const correct =
    record.kind === 'numeric' && record.correct.length === 0 && record.correctRange
      ? { text: decimal(record.correctRange.min) }
      : response12(record, record.correct);
  const fields: InteractionFields = [
    ['id', scormId(record.id)],
    ['objectives.0.id', scormId(record.objectiveId)],
    ['time', scorm12TimeOfDay(record.answeredAt)],
    ['type', learner.type],
  ];
  if (correct.text) fields.push(['correct_responses.0.pattern', correct.text]);
  fields.push(
    ['weighting', decimal(record.weighting)],
    ['student_response', learner.text],
    ['result', result12(record.credit)],
    ['latency', scorm12Timespan(record.latencySeconds)],
  );
  return fields;
}

function response2004(record: InteractionRecord, values: string[]): string {
  switch (record.kind) {
    case 'true-false':
      return values[0] === 'true' ? 'true' : 'false';
    case 'choice':
    case 'sequencing':
      return values.map(scormId).join('[,]');
    case 'matching':
      // The pairs of a matching response are a set (RTE §4.2.9.1): one canonical order, so a response
      // given in the shuffled display order reads the same as the authored correct pattern.
      return values
        .map((p) => pair(p).map(scormId).join('[.]'))
        .sort()
        .join('[,]');
    case 'numeric':
      return values[0] ?? '';
    default:
      return values.join(' ').slice(0, 4000);
  }
}

function correctPattern2004(record: InteractionRecord): string {
  if (record.kind === 'numeric' && record.correctRange) {
    return `${decimal(record.correctRange.min)}[:]${decimal(record.correctRange.max)}`;
  }
  if (record.kind === 'numeric' && record.correct[0] !== undefined) {
    return `${record.correct[0]}[:]${record.correct[0]}`;
  }
  return response2004(record, record.correct);
}

export function interactionFields2004(record: InteractionRecord): InteractionFields {
  const fields: InteractionFields = [
    ['id', scormId(record.id)],
    ['type', record.kind],
    ['objectives.0.id', scormId(record.objectiveId)],
    ['timestamp', scorm2004Timestamp(record.answeredAt)],
  ];
  const pattern = correctPattern2004(record);
  if (pattern) fields.push(['correct_responses.0.pattern', pattern]);
  fields.push(
    ['weighting', decimal(record.weighting)],
    ['learner_response', response2004(record, record.response)],
    ['result', result2004(record.credit)],
    ['latency', iso8601Duration(record.latencySeconds)],
    ['description', shortDescription(record.description)],
  );
  return fields.filter(([, value]) => value !== '');
}
