// The lessons' scene settings pass the scenes' schemas, and an authoring slip is reported the way the
// build reports it: the field and the reason.
import { describe, expect, it } from 'vitest';
import { ProblemList } from '../../../src/lib/course/content-error';
import { parseInto } from '../../../src/lib/course/schema-issues';
import { receptorSceneConfigSchema } from '../../../src/lib/sims/receptor-density/config';
import { trastuzumabSceneConfigSchema } from '../../../src/lib/sims/trastuzumab-action/config';
import { receptorScene, receptorSceneYaml, trastuzumabScene, trastuzumabSceneYaml } from './scene-data';

type Yaml = Record<string, unknown>;
const copy = (data: unknown): Yaml => structuredClone(data) as Yaml;

/** What the build says about scene settings: each problem as "field: reason". */
function problems(
  schema: typeof receptorSceneConfigSchema | typeof trastuzumabSceneConfigSchema,
  data: Yaml,
) {
  const list = new ProblemList();
  parseInto(schema, data, 'scene.yaml', list);
  return list.items.map((problem) => `${problem.field}: ${problem.reason}`);
}

describe('scene settings in lessons/', () => {
  it('receptor-density settings are valid and consistent', () => {
    expect(problems(receptorSceneConfigSchema, copy(receptorSceneYaml))).toEqual([]);
    const config = receptorScene;
    expect(config.minReceptors).toBeLessThan(config.maxReceptors);
    expect(config.presets.map((preset) => preset.id)).toContain(config.initialPreset);
    for (const preset of config.presets) {
      expect(preset.receptorsPerCell).toBeGreaterThanOrEqual(config.minReceptors);
      expect(preset.receptorsPerCell).toBeLessThanOrEqual(config.maxReceptors);
    }
  });

  it('trastuzumab settings are valid for both tracks', () => {
    expect(problems(trastuzumabSceneConfigSchema, copy(trastuzumabSceneYaml))).toEqual([]);
    const config = trastuzumabScene;
    expect(Object.keys(config.initialMechanisms)).toEqual(['nursing', 'patient']);
    expect(config.diagram.nursing.title).not.toBe('');
  });

  it('names the offending field when a setting is wrong', () => {
    const broken = { ...copy(receptorSceneYaml), receptorsPerGlyph: 'many' };
    expect(problems(receptorSceneConfigSchema, broken)).toEqual([
      expect.stringMatching(/^receptorsPerGlyph: /),
    ]);
    const noDiagram = { ...copy(trastuzumabSceneYaml), diagram: undefined };
    expect(problems(trastuzumabSceneConfigSchema, noDiagram)).toEqual([expect.stringMatching(/^diagram: /)]);
  });

  it('names the field and the slot when a sentence template uses a slot the scene does not fill', () => {
    const receptor = copy(receptorSceneYaml);
    (receptor.words as { patient: Yaml }).patient.live = '{receptors} receptors, {pairz} pairs';
    expect(problems(receptorSceneConfigSchema, receptor)).toEqual([
      expect.stringMatching(
        /^words\.patient\.live: unknown slot \{pairz\}; this text may use \{receptors\},/,
      ),
    ]);
    const trastuzumab = copy(trastuzumabSceneYaml);
    (trastuzumab.words as { nursing: { live: Yaml } }).nursing.live.cleavage = '{count} stumps';
    expect(problems(trastuzumabSceneConfigSchema, trastuzumab)).toEqual([
      expect.stringMatching(
        /^words\.nursing\.live\.cleavage: unknown slot \{count\}; this text may use \{stumps\}/,
      ),
    ]);
  });

  it('rejects a scene whose words leave out a track or a caption', () => {
    const noPatient = copy(trastuzumabSceneYaml);
    delete (noPatient.words as Yaml).patient;
    expect(problems(trastuzumabSceneConfigSchema, noPatient)).toEqual([
      expect.stringMatching(/^words\.patient: /),
    ]);
    const noNote = copy(receptorSceneYaml);
    delete (noNote.words as { nursing: Yaml }).nursing.modelNote;
    expect(problems(receptorSceneConfigSchema, noNote)).toEqual([
      expect.stringMatching(/^words\.nursing\.modelNote: /),
    ]);
  });

  it('says on both tracks of both scenes that the scene is a simplified model', () => {
    const receptor = receptorScene;
    const trastuzumab = trastuzumabScene;
    for (const note of [
      receptor.words.nursing.modelNote,
      receptor.words.patient.modelNote,
      trastuzumab.words.nursing.modelNote,
      trastuzumab.words.patient.modelNote,
    ])
      expect(note).toMatch(/simplified model|simple picture/i);
  });
});
