// What LMSs accept for the values the course sends, written from the rules, not from the course's
// code: the SCORM data types (1.2 RTE §3.4, 2004 RTE §4.1.1 and §4.2.9.1), Moodle 4.4's 2004 player
// (mod/scorm/datamodels/scorm_13.js: CMIShortIdentifier `^[\w\.]{1,250}$`, split on the delimiters),
// and the strictest runtime seen, which refuses `-`, `_` and `.` in any identifier.

export type Rule = { name: string; identifier: RegExp };

export const identifierRules: Rule[] = [
  // 1.2 CMIIdentifier: no whitespace, at most 255 characters (RTE §3.4.2, data types).
  { name: 'SCORM 1.2 CMIIdentifier', identifier: /^[\u0021-\u007e]{1,255}$/ },
  // 2004 short_identifier_type: a URI (no spaces), SPM 250 (RTE §4.1.1.2).
  { name: 'SCORM 2004 short_identifier_type', identifier: /^[A-Za-z0-9\-._~:/?#[\]@!$&'()*+,;=%]{1,250}$/ },
  { name: 'Moodle CMIShortIdentifier', identifier: /^[\w.]{1,250}$/ },
  { name: 'strict LMS (letters and digits)', identifier: /^[A-Za-z0-9]{1,250}$/ },
];

/** 2004 learner_response / correct pattern: the identifier parts per interaction type. */
export function identifierParts2004(type: string, value: string): string[] | null {
  switch (type) {
    case 'choice':
    case 'sequencing':
      return value === '' ? [] : value.split('[,]');
    case 'likert':
      return [value];
    case 'matching':
      return value.split('[,]').flatMap((pair) => pair.split('[.]'));
    case 'performance':
      return value.split('[,]').map((pair) => pair.split('[.]')[0]!);
    default:
      return null; // true-false, numeric, fill-in, long-fill-in, other: no identifiers inside
  }
}

/** 1.2 student_response / pattern: choice and sequencing ids are single characters (RTE §3.4.2.7). */
export function identifierParts12(type: string, value: string): string[] | null {
  switch (type) {
    case 'choice':
    case 'sequencing':
      return value === '' ? [] : value.replace(/^\{|\}$/g, '').split(',');
    case 'likert':
      return [value];
    case 'matching':
      return value.split(',').flatMap((pair) => pair.split('.'));
    default:
      return null;
  }
}

/** 2004 value formats other than identifiers (RTE §4.2.9.1), for the non-identifier types. */
export const value2004: Record<string, RegExp> = {
  'true-false': /^(true|false)$/,
  numeric: /^-?\d+(\.\d+)?$/,
  numericPattern: /^(-?\d+(\.\d+)?)?\[:\](-?\d+(\.\d+)?)?$/,
  result: /^(correct|incorrect|unanticipated|neutral|-?\d+(\.\d+)?)$/,
  latency: /^P(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/,
  timestamp: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,2})?(Z|[+-]\d{2}(:\d{2})?)?$/,
  type: /^(true-false|choice|fill-in|long-fill-in|likert|matching|performance|sequencing|numeric|other)$/,
};

/** 1.2 value formats (RTE §3.4.2.7). */
export const value12: Record<string, RegExp> = {
  'true-false': /^[tf01]$/,
  numeric: /^-?\d+(\.\d+)?$/,
  result: /^(correct|wrong|unanticipated|neutral|-?\d+(\.\d+)?)$/,
  latency: /^\d{2,4}:\d{2}:\d{2}(\.\d{1,2})?$/,
  time: /^\d{2}:\d{2}:\d{2}(\.\d{1,2})?$/,
  type: /^(true-false|choice|fill-in|matching|performance|sequencing|likert|numeric)$/,
  choiceId: /^[a-z0-9]$/,
};
