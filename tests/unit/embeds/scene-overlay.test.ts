// A Spanish page's scene reads a text overlay (`<scene file>.es.yaml`) merged onto the English
// settings: the merge keeps every number from the English file and takes the words from the overlay;
// an unknown preset id, a key the English words lack, a missing text, a repeated setting, nursing
// words and a template with other {slots} each fail with file, field and reason.
import { copyFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadContent } from '../../../src/lib/course/load-content';
import { courseCopies, problemsOf, rewrite } from '../../support/course-copies';
import { lessonDataFile, readLessonData } from '../../support/lesson-data';

const shipped = loadContent(process.cwd());
const englishFile = lessonDataFile(shipped, 'Scene', 'receptor-density');
const sceneName = englishFile.split('/').pop()!;
const overlayName = sceneName.replace(/\.yaml$/, '.es.yaml');
const english = readLessonData(shipped, 'Scene', 'receptor-density') as {
  title: string;
  summary: string;
  receptorsPerGlyph: number;
  presets: { id: string; label: string; receptorsPerCell: number }[];
  words: { nursing: Record<string, unknown>; patient: Record<string, unknown> };
};

const { courseWith } = courseCopies('tests/fixtures/content-spanish');
const folder = 'lessons/01-first-lesson';

/** Every text of a value with "ES " in front: a stand-in translation that keeps each {slot}. */
function marked(value: unknown): unknown {
  if (typeof value === 'string') return `ES ${value}`;
  if (Array.isArray(value)) return value.map(marked);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, marked(child)]));
  return value;
}

function overlay(): Record<string, unknown> {
  return {
    title: marked(english.title),
    summary: marked(english.summary),
    presets: english.presets.map((preset) => ({ id: preset.id, label: marked(preset.label) })),
    words: { patient: marked(english.words.patient) },
  };
}

/** The fixture course with the scene on its first lesson, in English and in Spanish. */
function courseWithScene(overlayValue: unknown): string {
  return courseWith((root) => {
    copyFileSync(englishFile, join(root, folder, sceneName));
    // The fixture course's bibliography has R1 only.
    rewrite(root, `${folder}/${sceneName}`, (text) => text.replace(/^references: .*$/m, 'references: [R1]'));
    for (const page of ['patient.svx', 'patient.es.svx'])
      rewrite(root, `${folder}/${page}`, (text) =>
        text.replace(
          '<Drill name="self-check" />',
          '<Scene name="receptor-density" />\n\n<Drill name="self-check" />',
        ),
      );
    writeFileSync(join(root, folder, overlayName), stringify(overlayValue));
  });
}

describe('a scene on a Spanish page', () => {
  it('reads the English settings with the overlay’s words', () => {
    const content = loadContent(courseWithScene(overlay()));
    const served = content.dataFiles[`${folder}/${overlayName}`] as typeof english;
    expect(served.title).toBe(`ES ${english.title}`);
    expect(served.receptorsPerGlyph).toBe(english.receptorsPerGlyph);
    expect(served.presets).toEqual(
      english.presets.map((preset) => ({ ...preset, label: `ES ${preset.label}` })),
    );
    expect(served.words.patient).toEqual(marked(english.words.patient));
    // The nursing words stay English; the English page reads the English file.
    expect(served.words.nursing).toEqual(english.words.nursing);
    expect((content.dataFiles[`${folder}/${sceneName}`] as typeof english).title).toBe(english.title);
    expect(content.translations.es?.lessons['01-first-lesson']?.embeds.map((e) => e.data)).toEqual([
      `${folder}/${overlayName}`,
      `${folder}/self-check.es.yaml`,
    ]);
  });

  it('refuses an unknown preset id, a missing preset and a key the English words lack', () => {
    const value = overlay();
    const presets = value.presets as { id: string; label: string }[];
    presets[0]!.id = 'normal-cell';
    (value.words as { patient: Record<string, unknown> }).patient.extra = 'Texto de más';
    const problems = problemsOf(courseWithScene(value));
    const file = `${folder}/${overlayName}`;
    const ids = english.presets.map((preset) => preset.id);
    expect(problems).toContainEqual({
      file,
      field: 'presets[0].id',
      reason: `unknown id "normal-cell": the English ids are ${ids.join(', ')}`,
    });
    expect(problems).toContainEqual({
      file,
      field: 'presets',
      reason: `id "${ids[0]}" is missing: translate every entry of the English list`,
    });
    expect(problems).toContainEqual({
      file,
      field: 'words.patient.extra',
      reason: `not a key of the English file here (its keys: ${Object.keys(english.words.patient).join(', ')})`,
    });
  });

  it('refuses a missing text, a repeated setting, nursing words and other {slots}', () => {
    const value = overlay();
    const patient = (value.words as { patient: Record<string, unknown> }).patient;
    delete patient.modelNote;
    patient.densityValue = '{cuenta} receptores por célula';
    (value.words as Record<string, unknown>).nursing = { modelNote: 'No' };
    value.receptorsPerGlyph = 5;
    const problems = problemsOf(courseWithScene(value));
    const file = `${folder}/${overlayName}`;
    expect(problems).toContainEqual({
      file,
      field: 'words.patient.modelNote',
      reason: expect.stringMatching(/^missing: give the translation of "/),
    });
    expect(problems).toContainEqual({
      file,
      field: 'words.patient.densityValue',
      reason: 'uses {cuenta}, the English text uses {count}: keep the same slots',
    });
    expect(problems).toContainEqual({
      file,
      field: 'words.nursing',
      reason: 'the translation is for the patient track only: leave the nursing words out',
    });
    expect(problems).toContainEqual({
      file,
      field: 'receptorsPerGlyph',
      reason:
        "a setting of the English file: the translation holds only the scene's text (title, summary, presets, words)",
    });
  });

  it('names the overlay a Spanish page needs when it is missing', () => {
    const root = courseWith((r) => {
      copyFileSync(englishFile, join(r, folder, sceneName));
      for (const page of ['patient.svx', 'patient.es.svx'])
        rewrite(r, `${folder}/${page}`, (text) =>
          text.replace(
            '<Drill name="self-check" />',
            '<Scene name="receptor-density" />\n\n<Drill name="self-check" />',
          ),
        );
    });
    expect(problemsOf(root)).toContainEqual({
      file: `${folder}/${overlayName}`,
      field: '(file)',
      reason: `file is missing: <Scene name="receptor-density"> in ${folder}/patient.es.svx (line 15) reads its words from it`,
    });
  });
});
