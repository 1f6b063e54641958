// A hand-made SCORM runtime (1.2 or 2004) for unit tests: it stores what is set, counts every call,
// and can be rigged to refuse values (data-model errors), fail reads, fail commits or throw, the way
// stricter LMSs do. What a commit stored is kept per commit, so tests see what the LMS really holds.

export type Version = '1.2' | '2004';

export interface Call {
  name: 'Initialize' | 'GetValue' | 'SetValue' | 'Commit' | 'Terminate';
  element?: string;
  value?: string;
  result: string;
}

export interface Rig {
  /** Values the LMS holds at launch (cmi.entry, cmi.mode, cmi.suspend_data, ...). */
  preload?: Record<string, string>;
  /** Error code to refuse a SetValue with, or null to accept it. */
  refuse?: (element: string, value: string) => string | null;
  /** Error code for a GetValue of this element (e.g. 301 for an objective id it cannot return). */
  failGet?: Record<string, string>;
  /** Results of successive Commits ('true' once the list runs out); 'throw' throws. */
  commits?: string[];
  initialize?: 'true' | 'false';
}

const names: Record<
  Version,
  Record<Call['name'] | 'GetLastError' | 'GetErrorString' | 'GetDiagnostic', string>
> = {
  '1.2': {
    Initialize: 'LMSInitialize',
    GetValue: 'LMSGetValue',
    SetValue: 'LMSSetValue',
    Commit: 'LMSCommit',
    Terminate: 'LMSFinish',
    GetLastError: 'LMSGetLastError',
    GetErrorString: 'LMSGetErrorString',
    GetDiagnostic: 'LMSGetDiagnostic',
  },
  '2004': {
    Initialize: 'Initialize',
    GetValue: 'GetValue',
    SetValue: 'SetValue',
    Commit: 'Commit',
    Terminate: 'Terminate',
    GetLastError: 'GetLastError',
    GetErrorString: 'GetErrorString',
    GetDiagnostic: 'GetDiagnostic',
  },
};

export function fakeLms(version: Version, rig: Rig = {}) {
  const values: Record<string, string> = { ...rig.preload };
  const calls: Call[] = [];
  const stored: Array<Record<string, string>> = [];
  const commitResults = [...(rig.commits ?? [])];
  let state: 'new' | 'open' | 'closed' = 'new';
  let lastError = '0';
  const record = (call: Call) => (calls.push(call), call.result);
  const n = names[version];
  const api: Record<string, (...args: string[]) => string> = {
    [n.Initialize]: () => {
      const ok = (rig.initialize ?? 'true') === 'true' && state === 'new';
      if (ok) state = 'open';
      lastError = ok ? '0' : '101';
      return record({ name: 'Initialize', result: String(ok) });
    },
    [n.GetValue]: (element = '') => {
      if (state !== 'open') {
        lastError = version === '2004' ? '123' : '301';
        return record({ name: 'GetValue', element, result: '' });
      }
      const failure = rig.failGet?.[element];
      if (failure) {
        lastError = failure;
        return record({ name: 'GetValue', element, result: '' });
      }
      if (element in values) {
        lastError = '0';
        return record({ name: 'GetValue', element, result: values[element]! });
      }
      lastError = version === '2004' ? '403' : '0';
      return record({ name: 'GetValue', element, result: '' });
    },
    [n.SetValue]: (element = '', value = '') => {
      if (state !== 'open') {
        lastError = version === '2004' ? '133' : '301';
        return record({ name: 'SetValue', element, value, result: 'false' });
      }
      const refused = rig.refuse?.(element, value) ?? null;
      if (refused) {
        lastError = refused;
        return record({ name: 'SetValue', element, value, result: 'false' });
      }
      values[element] = value;
      lastError = '0';
      return record({ name: 'SetValue', element, value, result: 'true' });
    },
    [n.Commit]: () => {
      if (state !== 'open') {
        lastError = version === '2004' ? '143' : '301';
        return record({ name: 'Commit', result: 'false' });
      }
      const result = commitResults.shift() ?? 'true';
      if (result === 'throw') {
        calls.push({ name: 'Commit', result: 'throw' });
        throw new Error('network down');
      }
      lastError = result === 'true' ? '0' : result === 'false0' ? '0' : version === '2004' ? '391' : '101';
      if (result === 'true') stored.push({ ...values });
      return record({ name: 'Commit', result: result === 'true' ? 'true' : 'false' });
    },
    [n.Terminate]: () => {
      const ok = state === 'open';
      // Terminate commits by rule (2004 RTE §3.1.3.2; 1.2 LMSFinish): what was set is stored.
      if (ok) stored.push({ ...values });
      state = 'closed';
      lastError = ok ? '0' : '112';
      return record({ name: 'Terminate', result: String(ok) });
    },
    [n.GetLastError]: () => lastError,
    [n.GetErrorString]: (code = '') => `error ${code}`,
    [n.GetDiagnostic]: () => '',
  };
  return {
    api,
    values,
    calls,
    /** What the LMS holds after each successful commit (and Terminate). */
    stored,
    count: (name: Call['name'], element?: string | RegExp) =>
      calls.filter(
        (call) =>
          call.name === name &&
          (element === undefined ||
            (typeof element === 'string' ? call.element === element : element.test(call.element ?? ''))),
      ).length,
    sets: (element: string | RegExp) =>
      calls
        .filter((call) => call.name === 'SetValue')
        .filter((call) =>
          typeof element === 'string' ? call.element === element : element.test(call.element!),
        )
        .map((call) => call.value!),
  };
}

export const globalsFor = (version: Version, api: unknown) =>
  version === '2004' ? { API_1484_11: api } : { API: api };
