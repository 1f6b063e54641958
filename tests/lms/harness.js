// Test LMS shared by scorm12.html and scorm2004.html: creates the scorm-again API the page's
// <body data-version> names, pre-loads the learner's stored data, records every API call with its
// result and error code, then launches the course in the iframe.
//   ?course=<url>   course to launch (default: the built course at the deep LMS sub-path)
//   ?data=<json>    data the LMS holds for the learner (scorm-again loadFromJSON); or set
//                   window.lmsPreload before this script runs (Playwright addInitScript).
/* global Scorm12API, Scorm2004API -- defined by runtime/scorm12.js or runtime/scorm2004.js */
(function () {
  const version = document.body.dataset.version;
  const params = new URLSearchParams(location.search);
  const course = params.get('course') || 'content/pkg-42/scormcontent/index.html';
  const preload = window.lmsPreload || (params.get('data') ? JSON.parse(params.get('data')) : {});
  const api =
    version === '1.2'
      ? new Scorm12API({ autocommit: false, logLevel: 5 })
      : new Scorm2004API({ autocommit: false, logLevel: 5 });
  api.loadFromJSON(preload);
  const names =
    version === '1.2'
      ? ['LMSInitialize', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSFinish']
      : ['Initialize', 'GetValue', 'SetValue', 'Commit', 'Terminate'];
  const lastError = (version === '1.2' ? api.LMSGetLastError : api.GetLastError).bind(api);
  const lms = { version, calls: [], commits: [], terminated: 0, api };
  for (const name of names) {
    const original = api[name].bind(api);
    api[name] = (...args) => {
      const result = String(original(...args));
      lms.calls.push({ name, args, result, error: String(lastError()) });
      if (/Commit$/.test(name) && result === 'true') lms.commits.push(api.renderCMIToJSONObject());
      if (name === 'LMSFinish' || name === 'Terminate') lms.terminated += 1;
      return result;
    };
  }
  /** Everything the LMS would store for this learner, flattened ('cmi.core.lesson_status': ...). */
  lms.stored = () => api.getFlattenedCMI();
  /** SetValue calls that the runtime refused. */
  lms.refused = () => lms.calls.filter((c) => /SetValue$/.test(c.name) && c.result !== 'true');
  /** Latest value written to an element (reads write-only elements such as session_time). */
  lms.lastSet = (element) => {
    const call = [...lms.calls].reverse().find((c) => /SetValue$/.test(c.name) && c.args[0] === element);
    return call ? call.args[1] : undefined;
  };
  window.lms = lms;
  if (version === '1.2') window.API = api;
  else window.API_1484_11 = api;
  document.getElementById('sco').src = course;
})();
