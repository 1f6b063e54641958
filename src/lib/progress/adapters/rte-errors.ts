// Which LMS refusals are final. A data-model error says "this element will not take this value"
// (2004 RTE §3.1.7.6 codes 401–408; 1.2 RTE §3.3.3 codes 201, 401–405): sending the same value again
// can only fail again, so it is reported once and never resent. Anything else (a general or commit
// failure, `false` with error 0, an exception) may pass on a later try and is retried with back-off.

export type Refusal = 'permanent' | 'transient';

export const permanentCodes = {
  '2004': new Set(['401', '402', '403', '404', '405', '406', '407', '408']),
  '1.2': new Set(['201', '401', '402', '403', '404', '405']),
} as const;

export function classify(version: keyof typeof permanentCodes, code: string): Refusal {
  return permanentCodes[version].has(code) ? 'permanent' : 'transient';
}

/** What kind of value was refused, for the one console line (never the learner's data itself). */
export function valueKind(element: string, value: string): string {
  if (/\.id$/.test(element)) return `identifier of ${value.length} characters`;
  if (/suspend_data$/.test(element)) return `saved record of ${value.length} characters`;
  if (/(session_time|latency|timestamp|\.time)$/.test(element)) return 'time';
  if (/^-?\d+(\.\d+)?$/.test(value)) return 'number';
  if (/(response|pattern)$/.test(element)) return `response of ${value.length} characters`;
  if (/^[a-z -]+$/.test(value) && value.length <= 16) return `vocabulary word "${value}"`;
  return `text of ${value.length} characters`;
}
