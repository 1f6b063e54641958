// One guarded line to an LMS's SCORM API, for either version: every call is wrapped so an LMS that
// throws or answers "false" is logged with its error string and diagnostic (docs/lms-behaviour.md §2 step 5) and
// never crashes the course; nothing is called before Initialize or after Terminate (RTE error 123/133/143).
import { classify, valueKind, type Refusal } from './rte-errors';

export interface ScormCalls {
  initialize(): unknown;
  getValue(element: string): unknown;
  setValue(element: string, value: string): unknown;
  commit(): unknown;
  terminate(): unknown;
  lastError(): unknown;
  errorString(code: string): unknown;
  diagnostic(code: string): unknown;
}

export type ScormLog = (message: string) => void;

export const consoleLog: ScormLog = (message) => console.warn(`[progress] ${message}`);

/** SCORM 2004 "value not initialized" (403) and 1.2 "not implemented" (401): read as empty, not a fault. */
const quietGetErrors = new Set(['0', '', '401', '403']);

export type SetOutcome = { ok: true } | { ok: false; refusal: Refusal; code: string };

export class ScormConnection {
  private state: 'new' | 'open' | 'failed' | 'closed' = 'new';
  /** Messages already written this session: the console says each thing once (issue: no floods). */
  private readonly said = new Set<string>();

  constructor(
    private readonly calls: ScormCalls,
    private readonly version: '1.2' | '2004',
    private readonly log: ScormLog = consoleLog,
  ) {}

  get isOpen(): boolean {
    return this.state === 'open';
  }

  /** Logs a message once per session. */
  say(message: string): void {
    if (this.said.has(message)) return;
    this.said.add(message);
    this.log(message);
  }

  private attempt(label: string, run: () => unknown): string {
    try {
      return String(run());
    } catch (error) {
      this.say(`${label} threw: ${(error as Error)?.message ?? String(error)}`);
      return 'false';
    }
  }

  private describeError(): { code: string; text: string } {
    const code = this.attempt('GetLastError', () => this.calls.lastError());
    const text = this.attempt('GetErrorString', () => this.calls.errorString(code));
    const diagnostic = this.attempt('GetDiagnostic', () => this.calls.diagnostic(code));
    return {
      code,
      text: diagnostic && diagnostic !== text && diagnostic !== 'false' ? `${text} (${diagnostic})` : text,
    };
  }

  private report(label: string): string {
    const { code, text } = this.describeError();
    this.say(`${label} failed: error ${code} ${text}`);
    return code;
  }

  initialize(): boolean {
    if (this.state !== 'new') return this.state === 'open';
    const ok = this.attempt('Initialize', () => this.calls.initialize()) === 'true';
    if (!ok) this.report('Initialize');
    this.state = ok ? 'open' : 'failed';
    return ok;
  }

  /**
   * Reads a value; any error reads as absent (''). 403 "not initialized" is normal on a first launch;
   * others (e.g. 301 for an objective the LMS cannot return) are logged once and never block resume.
   */
  get(element: string): string {
    if (!this.isOpen) return '';
    let value: string;
    try {
      value = String(this.calls.getValue(element) ?? '');
    } catch (error) {
      this.say(`GetValue ${element} threw: ${(error as Error)?.message ?? String(error)}`);
      return '';
    }
    const code = this.attempt('GetLastError', () => this.calls.lastError());
    if (!quietGetErrors.has(code)) {
      this.report(`GetValue ${element} (read as empty)`);
      return '';
    }
    return value;
  }

  /** Sets a value; a refusal says whether it is final for this value (rte-errors.ts). */
  set(element: string, value: string): SetOutcome {
    if (!this.isOpen) return { ok: false, refusal: 'transient', code: '' };
    let threw = false;
    let result: unknown;
    try {
      result = this.calls.setValue(element, value);
    } catch (error) {
      threw = true;
      this.say(`SetValue ${element} threw: ${(error as Error)?.message ?? String(error)}`);
    }
    if (!threw && String(result) === 'true') return { ok: true };
    if (threw) return { ok: false, refusal: 'transient', code: '' };
    const { code, text } = this.describeError();
    const refusal = classify(this.version, code);
    // One line per refused element per session: the element, what kind of value, the code.
    this.say(
      refusal === 'permanent'
        ? `The LMS refused ${element} (${valueKind(element, value)}): error ${code} ${text}; it is not sent again`
        : `SetValue ${element} failed: error ${code} ${text}; it is sent again with the next save`,
    );
    return { ok: false, refusal, code };
  }

  commit(): boolean {
    if (!this.isOpen) return false;
    const ok = this.attempt('Commit', () => this.calls.commit()) === 'true';
    if (!ok) this.report('Commit');
    return ok;
  }

  /** Terminates once; later calls do nothing (RTE: no API calls after Terminate). */
  terminate(): boolean {
    if (!this.isOpen) return false;
    this.state = 'closed';
    const ok = this.attempt('Terminate', () => this.calls.terminate()) === 'true';
    if (!ok) this.report('Terminate');
    return ok;
  }
}

type Api12 = Record<
  | 'LMSInitialize'
  | 'LMSGetValue'
  | 'LMSSetValue'
  | 'LMSCommit'
  | 'LMSFinish'
  | 'LMSGetLastError'
  | 'LMSGetErrorString'
  | 'LMSGetDiagnostic',
  (...args: string[]) => unknown
>;
type Api2004 = Record<
  | 'Initialize'
  | 'GetValue'
  | 'SetValue'
  | 'Commit'
  | 'Terminate'
  | 'GetLastError'
  | 'GetErrorString'
  | 'GetDiagnostic',
  (...args: string[]) => unknown
>;

/** SCORM 1.2 names (RTE §3.3.2). Methods are called on the API object itself (`this` matters). */
export function calls12(api: unknown): ScormCalls {
  const a = api as Api12;
  return {
    initialize: () => a.LMSInitialize(''),
    getValue: (el) => a.LMSGetValue(el),
    setValue: (el, value) => a.LMSSetValue(el, value),
    commit: () => a.LMSCommit(''),
    terminate: () => a.LMSFinish(''),
    lastError: () => a.LMSGetLastError(),
    errorString: (code) => a.LMSGetErrorString(code),
    diagnostic: (code) => a.LMSGetDiagnostic(code),
  };
}

/** SCORM 2004 names (RTE §3.1.3). */
export function calls2004(api: unknown): ScormCalls {
  const a = api as Api2004;
  return {
    initialize: () => a.Initialize(''),
    getValue: (el) => a.GetValue(el),
    setValue: (el, value) => a.SetValue(el, value),
    commit: () => a.Commit(''),
    terminate: () => a.Terminate(''),
    lastError: () => a.GetLastError(),
    errorString: (code) => a.GetErrorString(code),
    diagnostic: (code) => a.GetDiagnostic(code),
  };
}
