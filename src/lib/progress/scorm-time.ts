// Time values in each SCORM version's own format; mixing them is rejected by LMSs (docs/lms-behaviour.md §3, §6:
// a 1.2 ISO duration -> 405, a 2004 HHHH:MM:SS -> 406).

const pad = (value: number, width = 2) => String(value).padStart(width, '0');

function split(seconds: number): { hours: number; minutes: number; secs: number } {
  const total = Math.max(0, Math.round(seconds * 100) / 100);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const secs = Math.round((total - hours * 3600 - minutes * 60) * 100) / 100;
  return { hours, minutes, secs };
}

/** SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (RTE §3.4.2.1.14; hours at most 4 digits). */
export function scorm12Timespan(seconds: number): string {
  const { hours, minutes, secs } = split(Math.min(seconds, 9999 * 3600 + 3599.99));
  const whole = Math.floor(secs);
  const hundredths = Math.round((secs - whole) * 100);
  return `${pad(hours, 4)}:${pad(minutes)}:${pad(whole)}.${pad(hundredths)}`;
}

/** SCORM 2004 timeinterval, ISO 8601 duration `PT#H#M#S` (RTE §4.1.1.7), seconds to 2 decimals. */
export function iso8601Duration(seconds: number): string {
  const { hours, minutes, secs } = split(seconds);
  const parts = [
    hours ? `${hours}H` : '',
    minutes ? `${minutes}M` : '',
    secs || (!hours && !minutes) ? `${secs}S` : '',
  ];
  return `PT${parts.join('')}`;
}

/** SCORM 1.2 CMITime, a time of day `HH:MM:SS` (RTE §3.4.2.7.4); UTC so records compare across sites. */
export function scorm12TimeOfDay(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  if (Number.isNaN(date.getTime())) return '00:00:00';
  return `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
}

/**
 * SCORM 2004 time(second,10,0) `YYYY-MM-DDTHH:MM:SS.ssZ` (RTE §4.1.1.6): the zone designator is only
 * allowed after a fractional second, so hundredths are always written.
 */
export function scorm2004Timestamp(isoDateTime: string): string {
  const date = new Date(isoDateTime);
  return Number.isNaN(date.getTime()) ? '' : `${date.toISOString().slice(0, 22)}Z`;
}
