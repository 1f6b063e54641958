// SCORM 1.2 and 2004 runtime that behaves as Moodle 4.4's mod_scorm player does (written after reading
// mod/scorm/datamodels/scorm_12.js, scorm_13.js and request.js, and checked against what Moodle was
// measured doing with this course). Used by moodle.html; the store lives in tests/support/moodle-lms.ts.
// What it reproduces, because each of these broke the course in a real Moodle:
// - Moodle's value patterns, including CMIShortIdentifier ^[\w.]{1,250}$ for every choice, sequencing,
//   likert, matching and performance identifier in a 2004 response or pattern (no hyphens): 406.
// - Every Commit and Terminate posts to the server: 2004 posts every element that differs from its
//   launch value (so the whole record, each time); 1.2 posts the elements changed since the last post.
// - While its window is closing (beforeunload, unload, pagehide, visibilitychange) the post goes by
//   navigator.sendBeacon as FormData, so Chromium's own 64 KB budget for keepalive requests in flight
//   applies; a refused beacon makes the call return "false" with error 101 (as measured in 4.4).
// - 1.2 on LMSFinish: "not attempted" becomes "completed"; in normal mode with credit, mastery score
//   and score.raw set, the status is rewritten to passed/failed (mastery override). The 1.2 score is
//   posted before lesson_status in one request (the order of Moodle's data object).
// - Terminate/LMSFinish add session_time to total_time and post it, in every mode (review included).
// - The "strict" profile (another LMS measured for issue 17): 2004 objective ids containing "-", "_" or
//   "." are refused (406); on a resumed launch one stored objective's id cannot be read back (301).
// - `refuse` (a RegExp source) and `refuseCode` refuse every SetValue of a matching element.
// Every API call is recorded in `calls` with its result and error code.
(function () {
  'use strict';

  const p2004 = {
    string: (n) => new RegExp(`^[\\u0000-\\uFFFF]{0,${n}}$`),
    langString250: /^(\{lang=([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9-]{2,8})?\})?([^{].{0,250}$)?/,
    langString250cr: /^((\{lang=([a-zA-Z]{2,3}|i|x)?(-[a-zA-Z0-9-]{2,8})?\})?(.{0,250})?)?$/,
    langString4000: /^(\{lang=([a-zA-Z]{2,3}|i|x)(-[a-zA-Z0-9-]{2,8})?\})?([^{].{0,4000}$)?/,
    time: /^(19[7-9]{1}[0-9]{1}|20[0-2]{1}[0-9]{1}|203[0-8]{1})((-(0[1-9]{1}|1[0-2]{1}))((-(0[1-9]{1}|[1-2]{1}[0-9]{1}|3[0-1]{1}))(T([0-1]{1}[0-9]{1}|2[0-3]{1})((:[0-5]{1}[0-9]{1})((:[0-5]{1}[0-9]{1})((\.[0-9]{1,2})((Z|([+|-]([0-1]{1}[0-9]{1}|2[0-3]{1})))(:[0-5]{1}[0-9]{1})?)?)?)?)?)?)?)?$/,
    timespan:
      /^P(\d+Y)?(\d+M)?(\d+D)?(T(((\d+H)(\d+M)?(\d+(.\d{1,2})?S)?)|((\d+M)(\d+(.\d{1,2})?S)?)|((\d+(.\d{1,2})?S))))?$/,
    decimal: /^-?([0-9]{1,5})(\.[0-9]{1,18})?$/,
    shortId: /^[\w.]{1,250}$/,
    longId: /^(?:(?!urn:)\S{1,4000}|urn:[A-Za-z0-9-]{1,31}:\S{1,4000})$/,
    feedback: /^.*$/,
    cstatus: /^completed$|^incomplete$|^not attempted$|^unknown$/,
    sstatus: /^passed$|^failed$|^unknown$/,
    exit: /^time-out$|^suspend$|^logout$|^normal$|^$/,
    type: /^true-false$|^choice$|^(long-)?fill-in$|^matching$|^performance$|^sequencing$|^likert$|^numeric$|^other$/,
    result: /^correct$|^incorrect$|^unanticipated$|^neutral$|^-?([0-9]{1,4})(\.[0-9]{1,18})?$/,
  };
  const optionalShortId = new RegExp(`^$|${p2004.shortId.source}`);
  const decimalOrShortId = new RegExp(`${p2004.decimal.source}|^$|${p2004.shortId.source}`);

  /** 2004 response formats by interaction type (Moodle scorm_13.js learner_response). */
  const responses2004 = {
    'true-false': { format: /^true$|^false$/, max: 1, delimiter: '', unique: false },
    choice: { format: p2004.shortId, max: 36, delimiter: '[,]', unique: true },
    'fill-in': { format: p2004.langString250, max: 10, delimiter: '[,]', unique: false },
    'long-fill-in': { format: p2004.langString4000, max: 1, delimiter: '', unique: false },
    matching: { format: p2004.shortId, format2: p2004.shortId, max: 36, delimiter: '[,]', delimiter2: '[.]' },
    performance: {
      format: optionalShortId,
      format2: decimalOrShortId,
      max: 250,
      delimiter: '[,]',
      delimiter2: '[.]',
    },
    sequencing: { format: p2004.shortId, max: 36, delimiter: '[,]', unique: false },
    likert: { format: p2004.shortId, max: 1, delimiter: '', unique: false },
    numeric: { format: p2004.decimal, max: 1, delimiter: '', unique: false },
    other: { format: p2004.string(4000), max: 1, delimiter: '', unique: false },
  };
  /** 2004 correct_responses pattern formats (Moodle scorm_13.js correct_responses). */
  const patterns2004 = {
    ...responses2004,
    'true-false': { ...responses2004['true-false'], limit: 1 },
    'fill-in': { format: p2004.langString250cr, max: 10, delimiter: '[,]', unique: false },
    'long-fill-in': {
      format: p2004.langString4000,
      pre: /^(\{case_matters=(true|false)\})?/,
      max: 1,
      delimiter: '',
    },
    performance: { ...responses2004.performance, pre: /^(\{order_matters=(true|false)\})?/ },
    likert: { ...responses2004.likert, limit: 1 },
    numeric: { format: p2004.decimal, max: 2, delimiter: '[:]', limit: 1 },
    other: { ...responses2004.other, limit: 1 },
  };

  // mode: r, w or rw; format: RegExp or 'response' / 'pattern' (checked against the interaction type).
  const model2004 = {
    'cmi._version': { mod: 'r' },
    'cmi.completion_status': { mod: 'rw', format: p2004.cstatus },
    'cmi.completion_threshold': { mod: 'r' },
    'cmi.credit': { mod: 'r' },
    'cmi.entry': { mod: 'r' },
    'cmi.exit': { mod: 'w', format: p2004.exit },
    'cmi.interactions._count': { mod: 'r' },
    'cmi.interactions.n.id': { mod: 'rw', format: p2004.longId },
    'cmi.interactions.n.type': { mod: 'rw', format: p2004.type },
    'cmi.interactions.n.objectives._count': { mod: 'r' },
    'cmi.interactions.n.objectives.n.id': { mod: 'rw', format: p2004.longId },
    'cmi.interactions.n.timestamp': { mod: 'rw', format: p2004.time },
    'cmi.interactions.n.correct_responses._count': { mod: 'r' },
    'cmi.interactions.n.correct_responses.n.pattern': { mod: 'rw', format: 'pattern' },
    'cmi.interactions.n.weighting': { mod: 'rw', format: p2004.decimal },
    'cmi.interactions.n.learner_response': { mod: 'rw', format: 'response' },
    'cmi.interactions.n.result': { mod: 'rw', format: p2004.result },
    'cmi.interactions.n.latency': { mod: 'rw', format: p2004.timespan },
    'cmi.interactions.n.description': { mod: 'rw', format: p2004.langString250 },
    'cmi.launch_data': { mod: 'r' },
    'cmi.learner_id': { mod: 'r' },
    'cmi.learner_name': { mod: 'r' },
    'cmi.location': { mod: 'rw', format: p2004.string(1000) },
    'cmi.max_time_allowed': { mod: 'r' },
    'cmi.mode': { mod: 'r' },
    'cmi.objectives._count': { mod: 'r' },
    'cmi.objectives.n.id': { mod: 'rw', format: p2004.longId },
    'cmi.objectives.n.score.scaled': { mod: 'rw', format: p2004.decimal, range: [-1, 1] },
    'cmi.objectives.n.score.raw': { mod: 'rw', format: p2004.decimal },
    'cmi.objectives.n.score.min': { mod: 'rw', format: p2004.decimal },
    'cmi.objectives.n.score.max': { mod: 'rw', format: p2004.decimal },
    'cmi.objectives.n.success_status': { mod: 'rw', format: p2004.sstatus, initial: 'unknown' },
    'cmi.objectives.n.completion_status': { mod: 'rw', format: p2004.cstatus, initial: 'unknown' },
    'cmi.objectives.n.progress_measure': { mod: 'rw', format: p2004.decimal, range: [0, 1] },
    'cmi.objectives.n.description': { mod: 'rw', format: p2004.langString250 },
    'cmi.progress_measure': { mod: 'rw', format: p2004.decimal, range: [0, 1] },
    'cmi.scaled_passing_score': { mod: 'r' },
    'cmi.score.scaled': { mod: 'rw', format: p2004.decimal, range: [-1, 1] },
    'cmi.score.raw': { mod: 'rw', format: p2004.decimal },
    'cmi.score.min': { mod: 'rw', format: p2004.decimal },
    'cmi.score.max': { mod: 'rw', format: p2004.decimal },
    'cmi.session_time': { mod: 'w', format: p2004.timespan },
    'cmi.success_status': { mod: 'rw', format: p2004.sstatus },
    'cmi.suspend_data': { mod: 'rw', format: p2004.string(64000) },
    'cmi.time_limit_action': { mod: 'r' },
    'cmi.total_time': { mod: 'r' },
  };

  // SCORM 1.2 with Moodle's default "SCORM standards mode" off: CMIString256/4096 lifted to 64000.
  const p12 = {
    string: p2004.string(64000),
    time: /^([0-2]{1}[0-9]{1}):([0-5]{1}[0-9]{1}):([0-5]{1}[0-9]{1})(\.[0-9]{1,2})?$/,
    timespan: /^([0-9]{2,4}):([0-9]{2}):([0-9]{2})(\.[0-9]{1,2})?$/,
    decimal: /^-?([0-9]{0,3})(\.[0-9]*)?$/,
    identifier: /^[\u0021-\u007E]{0,255}$/,
    status: /^passed$|^completed$|^failed$|^incomplete$|^browsed$/,
    exit: /^time-out$|^suspend$|^logout$|^$/,
    type: /^true-false$|^choice$|^fill-in$|^matching$|^performance$|^sequencing$|^likert$|^numeric$/,
    result: /^correct$|^wrong$|^unanticipated$|^neutral$|^([0-9]{0,3})?(\.[0-9]*)?$/,
  };
  const model12 = {
    'cmi.core.student_id': { mod: 'r' },
    'cmi.core.student_name': { mod: 'r' },
    'cmi.core.lesson_location': { mod: 'rw', format: p12.string },
    'cmi.core.credit': { mod: 'r' },
    'cmi.core.lesson_status': { mod: 'rw', format: p12.status },
    'cmi.core.entry': { mod: 'r' },
    'cmi.core.score.raw': { mod: 'rw', format: p12.decimal, range: [0, 100] },
    'cmi.core.score.max': { mod: 'rw', format: p12.decimal, range: [0, 100] },
    'cmi.core.score.min': { mod: 'rw', format: p12.decimal, range: [0, 100] },
    'cmi.core.total_time': { mod: 'r' },
    'cmi.core.lesson_mode': { mod: 'r' },
    'cmi.core.exit': { mod: 'w', format: p12.exit },
    'cmi.core.session_time': { mod: 'w', format: p12.timespan },
    'cmi.suspend_data': { mod: 'rw', format: p12.string },
    'cmi.launch_data': { mod: 'r' },
    'cmi.comments': { mod: 'rw', format: p12.string },
    'cmi.objectives._count': { mod: 'r' },
    'cmi.objectives.n.id': { mod: 'rw', format: p12.identifier },
    'cmi.objectives.n.score.raw': { mod: 'rw', format: p12.decimal, range: [0, 100] },
    'cmi.objectives.n.score.min': { mod: 'rw', format: p12.decimal, range: [0, 100] },
    'cmi.objectives.n.score.max': { mod: 'rw', format: p12.decimal, range: [0, 100] },
    'cmi.objectives.n.status': {
      mod: 'rw',
      format: /^passed$|^completed$|^failed$|^incomplete$|^browsed$|^not attempted$/,
    },
    'cmi.student_data.mastery_score': { mod: 'r' },
    'cmi.student_data.max_time_allowed': { mod: 'r' },
    'cmi.student_data.time_limit_action': { mod: 'r' },
    'cmi.interactions._count': { mod: 'r' },
    'cmi.interactions.n.id': { mod: 'w', format: p12.identifier },
    'cmi.interactions.n.objectives._count': { mod: 'r' },
    'cmi.interactions.n.objectives.n.id': { mod: 'w', format: p12.identifier },
    'cmi.interactions.n.time': { mod: 'w', format: p12.time },
    'cmi.interactions.n.type': { mod: 'w', format: p12.type },
    'cmi.interactions.n.correct_responses._count': { mod: 'r' },
    'cmi.interactions.n.correct_responses.n.pattern': { mod: 'w', format: p12.string },
    'cmi.interactions.n.weighting': { mod: 'w', format: p12.decimal, range: [-100, 100] },
    'cmi.interactions.n.student_response': { mod: 'w', format: p12.string },
    'cmi.interactions.n.result': { mod: 'w', format: p12.result },
    'cmi.interactions.n.latency': { mod: 'w', format: p12.timespan },
  };

  /** Moodle tests a value with String.match and accepts any non-empty match (or an empty value). */
  const fits = (value, pattern) => {
    const found = value.match(pattern);
    return found !== null && (found.join('').length > 0 || value.length === 0);
  };

  const generic = (element) => element.replace(/\.\d+\./g, '.n.');

  /** Seconds in a 2004 ISO duration or a 1.2 HHHH:MM:SS.SS timespan. */
  function seconds(duration) {
    const iso = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?)?$/.exec(duration);
    if (iso) return (+iso[1] || 0) * 86400 + (+iso[2] || 0) * 3600 + (+iso[3] || 0) * 60 + (+iso[4] || 0);
    const span = /^(\d+):(\d+):([\d.]+)$/.exec(duration);
    return span ? +span[1] * 3600 + +span[2] * 60 + +span[3] : 0;
  }
  const iso = (total) => {
    const h = Math.floor(total / 3600);
    const m = Math.floor((total % 3600) / 60);
    const s = Math.round((total % 60) * 100) / 100;
    return `PT${h}H${m}M${s}S`;
  };
  const pad = (n, width = 2) => String(n).padStart(width, '0');
  const timespan12 = (total) => {
    const cents = Math.round((total % 1) * 100);
    const whole = Math.floor(total);
    const text = `${pad(Math.floor(whole / 3600))}:${pad(Math.floor((whole % 3600) / 60))}:${pad(whole % 60)}`;
    return cents ? `${text}.${pad(cents)}` : text;
  };

  /**
   * @param {object} options
   * @param {'1.2'|'2004'} options.version
   * @param {Record<string,string>} options.launch  values from /lms/moodle/launch
   * @param {string} options.storeUrl  the datamodel endpoint
   * @param {'moodle'|'strict'} [options.profile]
   * @param {string} [options.refuse]  RegExp source: SetValue of a matching element is refused
   * @param {string} [options.refuseCode]
   */
  function createRuntime(options) {
    const { version, launch, storeUrl } = options;
    const is12 = version === '1.2';
    const model = is12 ? model12 : model2004;
    const strict = options.profile === 'strict';
    const refuse = options.refuse ? new RegExp(options.refuse) : null;
    const values = new Map(Object.entries(launch));
    /** 2004 posts what differs from the launch; 1.2 what differs from its last post (CollectData). */
    const posted = new Map(Object.entries(launch));
    const unreadable = new Set();
    const calls = [];
    let state = 'new';
    let error = '0';
    let diagnostic = '';
    let closing = false;
    for (const event of ['beforeunload', 'unload', 'pagehide', 'visibilitychange']) {
      window.addEventListener(event, () => (closing = true));
    }

    const count = (collection) => {
      let n = 0;
      while (values.has(`${collection}.${n}.${collection.endsWith('correct_responses') ? 'pattern' : 'id'}`))
        n++;
      return n;
    };
    if (strict && !is12 && values.get('cmi.entry') === 'resume') {
      // The strict LMS holds one objective whose id it cannot give back (measured: 301 on relaunch).
      const n = count('cmi.objectives');
      values.set(`cmi.objectives.${n}.id`, '');
      unreadable.add(`cmi.objectives.${n}.id`);
    }

    function record(name, args, result) {
      calls.push({ name, args, result: String(result), error });
      return result;
    }

    // ---- reading ---------------------------------------------------------------------------------
    function getValue(element) {
      error = '0';
      diagnostic = '';
      if (state !== 'open') {
        error = is12 ? '301' : state === 'closed' ? '123' : '122';
        return '';
      }
      const countOf = /^(.*)\._count$/.exec(element);
      if (countOf && model[`${generic(element)}`]) return String(count(countOf[1]));
      const definition = model[generic(element)];
      if (!definition) {
        error = is12 ? '201' : '401';
        return '';
      }
      if (definition.mod === 'w') {
        error = is12 ? '404' : '405';
        return '';
      }
      if (unreadable.has(element)) {
        error = '301';
        return '';
      }
      if (values.has(element)) return String(values.get(element));
      const item = /^(cmi\.(?:objectives|interactions)\.\d+)\./.exec(element);
      if (item && !values.has(`${item[1]}.id`)) {
        error = is12 ? '0' : '301';
        return '';
      }
      if (!is12 && item) error = '403';
      return '';
    }

    // ---- writing ---------------------------------------------------------------------------------
    const split = (value, delimiter) => (delimiter ? value.split(delimiter) : [value]);

    /** Moodle's CRremovePrefixes: {lang=..}, {case_matters=..}, {order_matters=..} in front of a node. */
    function withoutPrefixes(node) {
      let rest = node;
      for (let found; (found = /^(\{(lang|case_matters|order_matters)=([^}]+)\})/.exec(rest));) {
        rest = rest.slice(found[1].length);
      }
      return rest;
    }

    function checkNodes(spec, value, isPattern, type) {
      const nodes = split(value, spec.delimiter);
      if (nodes.length > spec.max) return '351';
      for (let i = 0; i < nodes.length; i++) {
        let node = nodes[i];
        if (isPattern && /^(fill-in|long-fill-in|matching|performance|sequencing)$/.test(type)) {
          node = withoutPrefixes(node);
        }
        if (isPattern && spec.pre) node = node.slice((node.match(spec.pre) ?? [''])[0].length);
        if (spec.delimiter2) {
          const parts = node.split(spec.delimiter2);
          if (parts.length !== 2 || !parts[0].match(spec.format) || !parts[1].match(spec.format2))
            return '406';
          continue;
        }
        if (!node.match(spec.format) && (value !== '' || type === 'true-false')) return '406';
        if (spec.unique && node !== '' && nodes.slice(0, i).includes(node)) return '406';
      }
      if (
        isPattern &&
        type === 'numeric' &&
        nodes.length > 1 &&
        parseFloat(nodes[0]) > parseFloat(nodes[1])
      ) {
        return '406';
      }
      return '0';
    }

    /** Collection rules: next free index only, `id` first, write-once ids (Moodle scorm_13.js SetValue). */
    function checkCollections(element, value) {
      const parts = element.split('.');
      for (let i = 1; i < parts.length - 1; i++) {
        if (!/^\d+$/.test(parts[i + 1])) continue;
        const collection = parts.slice(0, i + 1).join('.');
        const index = Number(parts[i + 1]);
        if (parts[i + 1].length > 1 && parts[i + 1].startsWith('0')) return is12 ? '201' : '351';
        const itemKey = `${collection}.${index}`;
        const isNew = !values.has(
          `${itemKey}.${collection.endsWith('correct_responses') ? 'pattern' : 'id'}`,
        );
        if (index > count(collection)) return is12 ? '201' : '351';
        if (isNew && i + 2 === parts.length - 1 && !is12) {
          const field = parts[parts.length - 1];
          if (field !== 'id' && field !== 'pattern') return '408';
        }
        if (isNew && i + 2 < parts.length - 1 && !is12) return '408';
      }
      if (!is12 && /^cmi\.objectives\.\d+\.id$/.test(element)) {
        const current = values.get(element);
        if (current !== undefined && current !== value) return '351';
        for (let n = 0; n < count('cmi.objectives'); n++) {
          if (`cmi.objectives.${n}.id` !== element && values.get(`cmi.objectives.${n}.id`) === value)
            return '351';
        }
      }
      return '0';
    }

    function setValue(element, value) {
      error = '0';
      diagnostic = '';
      value = String(value);
      if (state !== 'open') {
        error = is12 ? '301' : state === 'closed' ? '133' : '132';
        return 'false';
      }
      const definition = model[generic(element)];
      if (!definition) {
        error = is12 ? '201' : '401';
        return 'false';
      }
      if (definition.mod === 'r') {
        error = is12 ? (/\._(children|count)$/.test(element) ? '402' : '403') : '404';
        return 'false';
      }
      if (refuse && refuse.test(element)) {
        error = options.refuseCode || (is12 ? '405' : '406');
        return 'false';
      }
      const mismatch = is12 ? '405' : '406';
      if (definition.format instanceof RegExp && !fits(value, definition.format)) {
        error = mismatch;
        return 'false';
      }
      if (
        !is12 &&
        (definition.format === 'response' || definition.format === 'pattern') &&
        !fits(value, p2004.feedback)
      ) {
        error = mismatch;
        return 'false';
      }
      error = checkCollections(element, value);
      if (error !== '0') return 'false';
      if (!is12 && strict && /^cmi\.objectives\.\d+\.id$/.test(element) && /[-_.]/.test(value)) {
        error = '406';
        diagnostic = 'objective identifiers may hold letters and digits only';
        return 'false';
      }
      const interaction = /^(cmi\.interactions\.\d+)\./.exec(element)?.[1];
      if (!is12 && (definition.format === 'response' || definition.format === 'pattern')) {
        const type = values.get(`${interaction}.type`);
        if (type === undefined) {
          error = '408';
          return 'false';
        }
        const isPattern = definition.format === 'pattern';
        const spec = (isPattern ? patterns2004 : responses2004)[type];
        if (isPattern) {
          const n = Number(/correct_responses\.(\d+)\.pattern$/.exec(element)[1]);
          if (spec.limit && n >= spec.limit) {
            error = '351';
            return 'false';
          }
        }
        error = checkNodes(spec, value, isPattern, type);
        if (error !== '0') return 'false';
      }
      if (definition.range) {
        const number = Number(value);
        if (!(number >= definition.range[0] && number <= definition.range[1])) {
          error = is12 ? '405' : '407';
          return 'false';
        }
      }
      if (!is12 && /\.type$/.test(element) && interaction) {
        // Moodle resets the correct responses when the type changes.
        for (const key of [...values.keys()])
          if (key.startsWith(`${interaction}.correct_responses.`)) values.delete(key);
      }
      values.set(element, value);
      return 'true';
    }

    // ---- storing ---------------------------------------------------------------------------------
    /** The order Moodle's data object posts in: 1.2 puts core.score before lesson_status. */
    function rank(element) {
      const groups = is12
        ? [/^cmi\.core\.score\./, /^cmi\.core\./, /^cmi\.objectives\./, /^cmi\.interactions\./]
        : [/^cmi\.interactions\./, /^cmi\.objectives\./, /^cmi\.score\./];
      const at = groups.findIndex((group) => group.test(element));
      return at < 0 ? groups.length : at;
    }

    function collect() {
      const fields = [];
      for (const [element, value] of values) {
        const definition = model[generic(element)];
        if (!definition || definition.mod === 'r' || unreadable.has(element)) continue;
        if (is12 && element === 'cmi.core.session_time') continue;
        if (posted.has(element) && String(posted.get(element)) === String(value)) continue;
        if (!is12 && !posted.has(element) && definition.initial === value) continue;
        fields.push([element, String(value)]);
      }
      return fields.sort((a, b) => rank(a[0]) - rank(b[0]));
    }

    const fieldName = (element) => element.replace(/\./g, '__');

    /** Posts to the server; returns Moodle's answer "true\n0" or "false\n101". */
    function store(terminating) {
      if (terminating) {
        if (is12) {
          if (values.get('cmi.core.lesson_status') === 'not attempted')
            values.set('cmi.core.lesson_status', 'completed');
          const mastery = values.get('cmi.student_data.mastery_score') ?? '';
          const raw = values.get('cmi.core.score.raw') ?? '';
          if (values.get('cmi.core.lesson_mode') === 'normal' && values.get('cmi.core.credit') === 'credit') {
            if (mastery !== '' && raw !== '') {
              values.set(
                'cmi.core.lesson_status',
                parseFloat(raw) >= parseFloat(mastery) ? 'passed' : 'failed',
              );
            }
          }
        } else if (values.get('cmi.mode') === 'normal' && values.get('cmi.credit') === 'credit') {
          const threshold = values.get('cmi.completion_threshold') ?? '';
          const progress = values.get('cmi.progress_measure');
          if (threshold !== '' && progress !== undefined && progress !== '') {
            values.set(
              'cmi.completion_status',
              Number(progress) >= Number(threshold) ? 'completed' : 'incomplete',
            );
          }
        }
      }
      const fields = collect();
      if (terminating) {
        const totalElement = is12 ? 'cmi.core.total_time' : 'cmi.total_time';
        const sessionElement = is12 ? 'cmi.core.session_time' : 'cmi.session_time';
        const total = seconds(values.get(totalElement) ?? '') + seconds(values.get(sessionElement) ?? '');
        const text = is12 ? timespan12(total) : iso(total);
        if (is12) fields.push([totalElement, text]);
        else fields.unshift([totalElement, text]);
      }
      let answer;
      if (closing && navigator.sendBeacon) {
        const form = new FormData();
        for (const [element, value] of fields) form.append(fieldName(element), value);
        form.append('unloading', '1');
        answer = navigator.sendBeacon(storeUrl, form) ? 'true\n0' : 'false\n101';
      } else {
        const request = new XMLHttpRequest();
        request.open('POST', storeUrl, false);
        request.setRequestHeader('Content-Type', 'application/x-www-form-urlencoded');
        try {
          request.send(
            new URLSearchParams(fields.map(([element, value]) => [fieldName(element), value])).toString(),
          );
          answer = request.status === 200 ? request.responseText : `false\n101`;
        } catch {
          answer = 'false\n101';
        }
      }
      const [result, code] = answer.split('\n');
      if (result === 'true' && is12) for (const [element, value] of fields) posted.set(element, value);
      return { result, code };
    }

    // ---- the API ---------------------------------------------------------------------------------
    function initialize(param) {
      error = '0';
      if (param !== '') error = '201';
      else if (state === 'open') error = is12 ? '101' : '103';
      else if (state === 'closed') error = is12 ? '101' : '104';
      else state = 'open';
      return error === '0' ? 'true' : 'false';
    }

    function commit(param) {
      error = '0';
      if (param !== '') error = '201';
      else if (state !== 'open') error = is12 ? '301' : state === 'closed' ? '143' : '142';
      if (error !== '0') return 'false';
      const { result } = store(false);
      error = result === 'true' ? '0' : '101';
      return result === 'true' ? 'true' : 'false';
    }

    function terminate(param) {
      error = '0';
      if (param !== '') error = '201';
      else if (state !== 'open') error = is12 ? '301' : state === 'closed' ? '113' : '112';
      if (error !== '0') return 'false';
      // 1.2 closes before storing (LMSFinish); 2004 stays open when the store fails (Terminate).
      if (is12) state = 'closed';
      const { result } = store(true);
      error = result === 'true' ? '0' : '101';
      if (result === 'true') state = 'closed';
      return result === 'true' ? 'true' : 'false';
    }

    const errorStrings = {
      0: 'No error',
      101: 'General exception',
      201: is12 ? 'Invalid argument error' : 'General Argument Error',
      301: is12 ? 'Not initialized' : 'General Get Failure',
      351: 'General Set Failure',
      401: is12 ? 'Not implemented error' : 'Undefined Data Model',
      403: is12 ? 'Element is read only' : 'Data Model Element Value Not Initialized',
      404: is12 ? 'Element is write only' : 'Data Model Element Is Read Only',
      405: is12 ? 'Incorrect data type' : 'Data Model Element Is Write Only',
      406: 'Data Model Element Type Mismatch',
      407: 'Data Model Element Value Out Of Range',
      408: 'Data Model Dependency Not Established',
    };

    const methods = is12
      ? {
          LMSInitialize: initialize,
          LMSGetValue: getValue,
          LMSSetValue: setValue,
          LMSCommit: commit,
          LMSFinish: terminate,
        }
      : {
          Initialize: initialize,
          GetValue: getValue,
          SetValue: setValue,
          Commit: commit,
          Terminate: terminate,
        };
    const api = {};
    for (const [name, run] of Object.entries(methods))
      api[name] = (...args) => record(name, args, run(...args));
    const prefix = is12 ? 'LMS' : '';
    api[`${prefix}GetLastError`] = () => error;
    api[`${prefix}GetErrorString`] = (code) => errorStrings[code] ?? '';
    api[`${prefix}GetDiagnostic`] = (code) => diagnostic || String(code ?? error);

    return { api, calls, values };
  }

  window.createMoodleRuntime = createRuntime;
})();
