// Each Spanish (es-US) patient file says what its English file says: the same objectives, sections,
// citations, embeds, terms and numbers on a page; the same ids, answers and references in a self-check
// and a teach-back; the same keys and slots in a scene overlay; a Spanish glossary entry for every term
// a Spanish page marks. Every rule is also shown rejecting a bad example, so it can fail.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { splitFrontmatter } from '../../../src/lib/course/frontmatter';
import { sameHeading, sectionHeadings } from '../../../src/lib/teach-back/heading-text';
import { lessonFiles, patientPages, sceneFiles } from './spanish-files';
import {
  compareGlossary,
  comparePages,
  compareSceneOverlay,
  compareSelfChecks,
  compareTeachBacks,
  pageParts,
  proseNumbers,
  slotsOf,
  type PageParts,
} from './spanish-parity';

const references = parse(readFileSync('lessons/references.yaml', 'utf8')) as Record<
  string,
  { kind?: string }
>;
const practice = new Set(
  Object.entries(references)
    .filter(([, reference]) => reference.kind === 'practice')
    .map(([key]) => key),
);

function read(spanish: string, english: string): string {
  expect(existsSync(spanish), `${spanish} is missing: ${english} has no Spanish version`).toBe(true);
  return readFileSync(spanish, 'utf8');
}

const parts = (source: string): PageParts =>
  pageParts(source, splitFrontmatter(source).data as Record<string, unknown>);

describe('Spanish pages keep the English page', () => {
  const pages = patientPages();

  it('covers the six lessons and the take-home sheet', () => {
    expect(pages).toHaveLength(7);
  });

  it.each(pages)('$spanish', ({ english, spanish }) => {
    const source = read(spanish, english);
    expect(comparePages(spanish, parts(readFileSync(english, 'utf8')), parts(source), practice)).toEqual([]);
  });
});

describe('Spanish self-checks keep the English questions, answers and references', () => {
  it.each(lessonFiles('self-check.yaml'))('$spanish', ({ english, spanish }) => {
    const mine: unknown = parse(read(spanish, english));
    expect(compareSelfChecks(spanish, parse(readFileSync(english, 'utf8')), mine, practice)).toEqual([]);
  });
});

describe('Spanish teach-backs keep the English points and re-teach a Spanish section', () => {
  it.each(lessonFiles('teach-back.yaml'))('$spanish', ({ english, spanish }) => {
    const mine: unknown = parse(read(spanish, english));
    const page = spanish.replace(/teach-back\.es\.yaml$/, 'patient.es.svx');
    const headings = existsSync(page)
      ? sectionHeadings(splitFrontmatter(readFileSync(page, 'utf8')).body)
      : [];
    expect(
      compareTeachBacks(spanish, parse(readFileSync(english, 'utf8')), mine, practice, headings, sameHeading),
    ).toEqual([]);
  });
});

describe('Spanish scene overlays carry every patient text of the English scene', () => {
  const scenes = sceneFiles();

  it('finds both scenes', () => {
    expect(scenes.map((scene) => scene.spanish)).toEqual([
      'lessons/01-her2-biology/receptor-scene.es.yaml',
      'lessons/02-how-herceptin-works/trastuzumab-scene.es.yaml',
    ]);
  });

  it.each(scenes)('$spanish', ({ english, spanish }) => {
    const mine: unknown = parse(read(spanish, english));
    expect(compareSceneOverlay(spanish, parse(readFileSync(english, 'utf8')), mine)).toEqual([]);
  });
});

describe('the Spanish glossary', () => {
  it('lessons/glossary.es.yaml has an entry, with the English id, for every term a Spanish page marks', () => {
    const used = patientPages()
      .filter(({ spanish }) => existsSync(spanish))
      .flatMap(({ spanish }) => parts(readFileSync(spanish, 'utf8')).terms);
    const mine: unknown = parse(read('lessons/glossary.es.yaml', 'lessons/glossary.yaml'));
    expect(
      compareGlossary(
        'lessons/glossary.es.yaml',
        parse(readFileSync('lessons/glossary.yaml', 'utf8')),
        mine,
        used,
      ),
    ).toEqual([]);
  });
});

// ---- each rule rejects a bad example ---------------------------------------------------------------

const practiceKey = new Set(['NCI-ES']);

const englishPage = [
  '---',
  'title: Your heart',
  'summary: How Herceptin can affect the heart.',
  'objectives:',
  '  - id: pt-heart',
  '    text: Say why your heart is checked.',
  'minutes: 8',
  'references: [R1, R54]',
  '---',
  '',
  '## Your heart',
  '',
  'Herceptin can affect the <Term id="lvef">heart</Term> [@R1]. You get a scan every 3 months [@R1 §5.1].',
  '',
  '<Scene name="receptor-density" />',
  '',
  '## When to call',
  '',
  '- A fever of 100.4 °F (38 °C) or higher [@R54]',
  '- Weight gain of more than 5 pounds in one day [@R1]. HER2 tests [@R54].',
  '',
  '<Drill name="self-check" />',
].join('\n');

const spanishPage = [
  '---',
  'title: Su corazón',
  'summary: Cómo Herceptin puede afectar el corazón.',
  'objectives:',
  '  - id: pt-heart',
  '    text: Diga por qué le revisan el corazón.',
  'minutes: 8',
  'references: [R1, R54]',
  '---',
  '',
  '## Su corazón',
  '',
  'Herceptin puede afectar el <Term id="lvef">corazón</Term> [@R1]. Le hacen un estudio cada 3 meses [@R1 §5.1].',
  '',
  '<Scene name="receptor-density" />',
  '',
  '## Cuándo llamar',
  '',
  '- Fiebre de 100.4 °F (38 °C) o más [@R54]',
  '- Subir más de 5 libras en un día [@R1]. Pruebas de HER2 [@R54].',
  '',
  '<Drill name="self-check" />',
].join('\n');

/** The Spanish example with one edit: [what to find, what to put]. */
const edited = (...edits: Array<[string | RegExp, string]>) =>
  edits.reduce((page, [from, to]) => page.replace(from, to), spanishPage);

const pageProblems = (spanish: string) =>
  comparePages('es.svx', parts(englishPage), parts(spanish), practiceKey);

describe('the page rules reject a page that differs', () => {
  it('pass a faithful translation', () => {
    expect(pageProblems(spanishPage)).toEqual([]);
  });

  it('read numbers as a reader sees them: not the 2 of HER2, °F and °C kept, thousands commas dropped', () => {
    expect(proseNumbers('HER2 y p95: 100.4 °F (38°C), 2,000,000 y 0.5, 3+')).toEqual([
      '0.5',
      '100.4 °F',
      '2000000',
      '3',
      '38 °C',
    ]);
  });

  it.each<[string, Array<[string | RegExp, string]>, RegExp]>([
    [
      'another objective id',
      [['id: pt-heart', 'id: pt-corazon']],
      /objectives ids \[pt-corazon\], English has \[pt-heart\]/,
    ],
    ['other minutes', [['minutes: 8', 'minutes: 10']], /minutes 10, English has 8/],
    [
      'a reference left out of the list',
      [['references: [R1, R54]', 'references: [R1]']],
      /frontmatter references: missing reference keys \[R54\]/,
    ],
    [
      'a primary reference added',
      [['references: [R1, R54]', 'references: [R1, R54, R7]']],
      /extra reference keys \[R7\]/,
    ],
    [
      'a frontmatter field dropped',
      [['summary: Cómo Herceptin puede afectar el corazón.\n', '']],
      /frontmatter lacks \[summary\]/,
    ],
    ['a section dropped', [['## Cuándo llamar\n', '']], /1 sections, English has 2/],
    [
      'a citation moved to another section',
      [
        ['o más [@R54]', 'o más [@R1]'],
        ['HER2 [@R54]', 'HER2 [@R1]'],
      ],
      /section 2 .*citations: missing reference keys \[R54\]/,
    ],
    [
      'a primary citation added to a section',
      [['o más [@R54]', 'o más [@R54; @R7]']],
      /section 2 .*extra reference keys \[R7\]/,
    ],
    [
      'an embed moved to another section',
      [
        ['<Scene name="receptor-density" />', ''],
        ['<Drill', '<Scene name="receptor-density" />\n<Drill'],
      ],
      /section 1 .*embeds \[\], English has \[Scene name="receptor-density"\]/,
    ],
    [
      'another embed name',
      [['<Drill name="self-check" />', '<Drill name="quiz" />']],
      /embeds \[Drill name="quiz"\], English has \[Drill name="self-check"\]/,
    ],
    [
      'a term dropped',
      [['<Term id="lvef">corazón</Term>', 'corazón']],
      /<Term> ids missing \[lvef\], extra \[\]/,
    ],
    [
      'a term repeated',
      [['Le hacen', '<Term id="lvef">Corazón</Term>. Le hacen']],
      /<Term> ids missing \[\], extra \[lvef\]/,
    ],
    ['a °C dropped', [['(38 °C) ', '']], /numbers missing \[38 °C\], extra \[\]/],
    ['a number changed', [['cada 3 meses', 'cada 4 meses']], /numbers missing \[3\], extra \[4\]/],
    ['a unit changed', [['100.4 °F', '100.4 °C']], /numbers missing \[100.4 °F\], extra \[100.4 °C\]/],
  ])('%s', (_what, edits, problem) => {
    const problems = pageProblems(edited(...edits));
    expect(problems.join('\n')).toMatch(problem);
    expect(problems.every((line) => line.startsWith('es.svx: '))).toBe(true);
  });

  it('allow a patient-education (practice) source beside the primary one', () => {
    expect(
      pageProblems(
        edited(
          ['references: [R1, R54]', 'references: [R1, R54, NCI-ES]'],
          ['o más [@R54]', 'o más [@R54; @NCI-ES]'],
        ),
      ),
    ).toEqual([]);
  });

  it('check the take-home sheet\'s "Sources" line', () => {
    const english = { sources: [{ text: 'the label', references: ['R1'] }] };
    const page = (frontmatter: Record<string, unknown>) => ({
      frontmatter,
      sections: [],
      terms: [],
      numbers: [],
    });
    expect(
      comparePages(
        'h.es.svx',
        page(english),
        page({ sources: [{ text: 'la ficha', references: ['R1'] }] }),
        practiceKey,
      ),
    ).toEqual([]);
    expect(
      comparePages(
        'h.es.svx',
        page(english),
        page({ sources: [{ text: 'la ficha', references: ['R2'] }] }),
        practiceKey,
      ),
    ).toEqual([
      'h.es.svx: sources[0].references: missing reference keys [R1]',
      'h.es.svx: sources[0].references: extra reference keys [R2] (only kind: practice sources may be added)',
    ]);
  });
});

const englishSelfCheck = {
  questions: [
    {
      id: 'what-her2-does',
      ask: 'What does HER2 do?',
      options: [
        { id: 'a', text: 'Keeps germs out.', feedback: 'No.' },
        { id: 'b', text: 'Tells the cell to grow.', feedback: 'Yes.' },
      ],
      answer: 'b',
      notSure: 'Ask your nurse.',
      whatToDo: 'Ask your nurse.',
      references: ['R21'],
    },
  ],
};
const spanishSelfCheck = () => ({
  questions: [
    {
      id: 'what-her2-does',
      ask: '¿Qué hace HER2?',
      options: [
        { id: 'a', text: 'Impide el paso de los gérmenes.', feedback: 'No.' },
        { id: 'b', text: 'Le dice a la célula que crezca.', feedback: 'Sí.' },
      ],
      answer: 'b',
      notSure: 'Pregunte a su enfermera.',
      whatToDo: 'Pregunte a su enfermera.',
      references: ['R21'],
    },
  ],
});

describe('the self-check rules reject a self-check that differs', () => {
  const problems = (change: (data: ReturnType<typeof spanishSelfCheck>) => void) => {
    const data = spanishSelfCheck();
    change(data);
    return compareSelfChecks('s.es.yaml', englishSelfCheck, data, practiceKey).join('\n');
  };

  it('pass a faithful translation', () => {
    expect(problems(() => {})).toBe('');
  });

  it.each<[string, (data: ReturnType<typeof spanishSelfCheck>) => void, RegExp]>([
    [
      'another question id',
      (d) => void (d.questions[0]!.id = 'que-hace'),
      /question ids \[que-hace\], English has \[what-her2-does\]/,
    ],
    [
      'answers in another order',
      (d) => void d.questions[0]!.options.reverse(),
      /answer ids \[b, a\], English has \[a, b\]/,
    ],
    ['another right answer', (d) => void (d.questions[0]!.answer = 'a'), /right answer "a", English has "b"/],
    [
      'another reference',
      (d) => void (d.questions[0]!.references = ['R1']),
      /missing reference keys \[R21\]/,
    ],
    [
      'an empty feedback',
      (d) => void (d.questions[0]!.options[0]!.feedback = ' '),
      /options\[0\]\.feedback: must be Spanish text/,
    ],
    [
      'a field dropped',
      (d) => void delete (d.questions[0] as Partial<(typeof d.questions)[0]>).whatToDo,
      /lacks \[whatToDo\]/,
    ],
  ])('%s', (_what, change, problem) => {
    expect(problems(change)).toMatch(problem);
  });
});

const englishTeachBack = {
  prompt: 'I want to be sure I explained HER2 clearly …',
  points: [
    {
      id: 'her2-switch',
      ask: 'What does HER2 do?',
      listenFor: ['It is an on switch.'],
      reteach: 'What is HER2?',
      sayAgain: 'HER2 is an on switch.',
      references: ['R21'],
    },
  ],
  closing: 'Ask your nurse.',
};
const spanishTeachBack = () => ({
  prompt: 'Quiero estar seguro de que le expliqué bien HER2 …',
  points: [
    {
      id: 'her2-switch',
      ask: '¿Qué hace HER2?',
      listenFor: ['Es un interruptor de encendido.'],
      reteach: '¿Qué es HER2?',
      sayAgain: 'HER2 es un interruptor de encendido.',
      references: ['R21'],
    },
  ],
  closing: 'Pregunte a su enfermera.',
});

describe('the teach-back rules reject a teach-back that differs', () => {
  const headings = ['¿Qué es HER2?', 'Revise lo que sabe'];
  const problems = (change: (data: ReturnType<typeof spanishTeachBack>) => void) => {
    const data = spanishTeachBack();
    change(data);
    return compareTeachBacks('t.es.yaml', englishTeachBack, data, practiceKey, headings, sameHeading).join(
      '\n',
    );
  };

  it('pass a faithful translation', () => {
    expect(problems(() => {})).toBe('');
  });

  it.each<[string, (data: ReturnType<typeof spanishTeachBack>) => void, RegExp]>([
    [
      'another point id',
      (d) => void (d.points[0]!.id = 'interruptor'),
      /point ids \[interruptor\], English has \[her2-switch\]/,
    ],
    ['another reference', (d) => void (d.points[0]!.references = ['R22']), /missing reference keys \[R21\]/],
    [
      'the English heading kept',
      (d) => void (d.points[0]!.reteach = 'What is HER2?'),
      /reteach "What is HER2\?" is not a ## heading of the Spanish page/,
    ],
    [
      'an empty listenFor',
      (d) => void (d.points[0]!.listenFor = []),
      /listenFor: must be a list of Spanish lines/,
    ],
    ['closing dropped', (d) => void delete (d as Partial<typeof d>).closing, /lacks \[closing\]/],
  ])('%s', (_what, change, problem) => {
    expect(problems(change)).toMatch(problem);
  });
});

const englishScene = {
  title: 'Receptor density',
  summary: 'A summary.',
  receptorsPerGlyph: 10000,
  presets: [
    { id: 'normal', label: 'Normal cell', receptorsPerCell: 50000 },
    { id: 'her2-positive', label: 'HER2-positive cell', receptorsPerCell: 2000000 },
  ],
  diagram: {
    nursing: { title: 'Nursing diagram', description: 'N.' },
    patient: { title: 'Where Herceptin attaches', description: 'D.', showPertuzumabSite: false },
  },
  words: {
    nursing: { live: '{pairs} {pairs:dimer|dimers}' },
    patient: {
      densityValue: '{count} receptors per cell',
      lanes: { nucleus: 'Nucleus' },
      live: '{pairs} {pairs:pair|pairs} switched on',
    },
  },
};
const spanishOverlay = () => ({
  title: 'Densidad de receptores',
  summary: 'Un resumen.',
  presets: [
    { id: 'normal', label: 'Célula normal' },
    { id: 'her2-positive', label: 'Célula HER2 positiva' },
  ] as Array<Record<string, unknown>>,
  diagram: { patient: { title: 'Dónde se une Herceptin', description: 'D.' } as Record<string, unknown> },
  words: {
    patient: {
      densityValue: '{count} receptores por célula',
      lanes: { nucleus: 'Núcleo' } as Record<string, unknown>,
      live: '{pairs} {pairs:par encendido|pares encendidos}',
    } as Record<string, unknown>,
  } as Record<string, Record<string, unknown>>,
});

describe('the scene overlay rules reject an overlay that differs', () => {
  const problems = (change: (data: ReturnType<typeof spanishOverlay>) => void) => {
    const data = spanishOverlay();
    change(data);
    return compareSceneOverlay('o.es.yaml', englishScene, data).join('\n');
  };

  it('pass a faithful translation', () => {
    expect(problems(() => {})).toBe('');
  });

  it('read a plural choice apart from the value in the same slot', () => {
    expect(slotsOf('{pairs} {pairs:pair|pairs}, {count}')).toEqual(['count', 'pairs', 'pairs:plural']);
  });

  it.each<[string, (data: ReturnType<typeof spanishOverlay>) => void, RegExp]>([
    [
      'a key missing',
      (d) => void delete d.words.patient!.lanes,
      /o\.es\.yaml\.words\.patient\.lanes: missing/,
    ],
    [
      'a nested key added',
      (d) => void ((d.words.patient!.lanes as Record<string, unknown>).cell = 'Célula'),
      /words\.patient\.lanes\.cell: the English scene has no such text/,
    ],
    [
      'the nursing words added',
      (d) => void (d.words.nursing = { live: 'x' }),
      /words\.nursing: the English scene has no such text/,
    ],
    [
      'a slot renamed',
      (d) => void (d.words.patient!.densityValue = '{cuenta} receptores'),
      /densityValue: slots \{cuenta\}, English has \{count\}/,
    ],
    [
      'a plural choice dropped',
      (d) => void (d.words.patient!.live = '{pairs} pares encendidos'),
      /live: slots \{pairs\}, English has \{pairs\}, \{pairs:plural\}/,
    ],
    ['an empty text', (d) => void (d.title = ''), /o\.es\.yaml\.title: must be Spanish text/],
    [
      'a preset id the English file lacks',
      (d) => void (d.presets[1]!.id = 'positiva'),
      /ids \[positiva\] are not presets of the English scene/,
    ],
    ['a preset label missing', (d) => void d.presets.pop(), /no Spanish label for \[her2-positive\]/],
    [
      'a setting repeated',
      (d) => void (d.presets[0]!.receptorsPerCell = 50000),
      /presets\[0\]\.receptorsPerCell: 50000 is a setting, not text/,
    ],
    [
      'a diagram text missing',
      (d) => void delete d.diagram.patient.description,
      /diagram\.patient\.description: missing/,
    ],
  ])('%s', (_what, change, problem) => {
    expect(problems(change)).toMatch(problem);
  });
});

describe('the glossary rules reject a glossary that differs', () => {
  const english = [
    { id: 'lvef', term: 'LVEF', definition: 'How much blood the heart pumps.', references: ['R1'] },
    { id: 'biopsy', term: 'Biopsy', definition: 'A tiny bit of tissue.' },
  ];
  const entry = { id: 'lvef', term: 'FEVI', definition: 'Cuánta sangre bombea el corazón.' };
  const problems = (spanish: unknown[], used = ['lvef', 'lvef']) =>
    compareGlossary('g.es.yaml', english, spanish, used).join('\n');

  it('pass a Spanish entry for each term used', () => {
    expect(problems([entry])).toBe('');
  });

  it.each<[string, unknown[], RegExp]>([
    ['a used term without an entry', [], /no entry for the term ids the Spanish pages use \[lvef\]/],
    [
      'an id the English glossary lacks',
      [entry, { ...entry, id: 'fevi' }],
      /\(fevi\): lessons\/glossary\.yaml has no entry "fevi"/,
    ],
    ['an empty definition', [{ ...entry, definition: '' }], /\(lvef\)\.definition: must not be empty/],
    ['an id listed twice', [entry, entry], /id listed twice/],
    [
      "references other than the English entry's",
      [{ ...entry, references: ['R2'] }],
      /references: must be the English entry's references/,
    ],
  ])('%s', (_what, spanish, problem) => {
    expect(problems(spanish)).toMatch(problem);
  });
});
