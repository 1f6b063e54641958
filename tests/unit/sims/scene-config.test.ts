// The lessons' scene settings parse with the scenes' schemas, and an authoring slip names its field.
import { describe, expect, it } from 'vitest';
import { parseReceptorSceneConfig } from '../../../src/lib/sims/receptor-density/config';
import { parseTrastuzumabSceneConfig } from '../../../src/lib/sims/trastuzumab-action/config';
import { receptorSceneYaml, trastuzumabSceneYaml } from './scene-data';

type Yaml = Record<string, unknown>;
const copy = (data: unknown): Yaml => structuredClone(data) as Yaml;

describe('scene settings in lessons/', () => {
  it('receptor-density settings are valid and consistent', () => {
    const config = parseReceptorSceneConfig(receptorSceneYaml);
    expect(config.minReceptors).toBeLessThan(config.maxReceptors);
    expect(config.presets.map((preset) => preset.id)).toContain(config.initialPreset);
    for (const preset of config.presets) {
      expect(preset.receptorsPerCell).toBeGreaterThanOrEqual(config.minReceptors);
      expect(preset.receptorsPerCell).toBeLessThanOrEqual(config.maxReceptors);
    }
  });

  it('trastuzumab settings are valid for both tracks', () => {
    const config = parseTrastuzumabSceneConfig(trastuzumabSceneYaml);
    expect(Object.keys(config.initialMechanisms)).toEqual(['nursing', 'patient']);
    expect(config.diagram.nursing.title).not.toBe('');
  });

  it('names the offending field when a setting is wrong', () => {
    const broken = { ...copy(receptorSceneYaml), receptorsPerGlyph: 'many' };
    expect(() => parseReceptorSceneConfig(broken)).toThrow(/receptorsPerGlyph/);
    const noDiagram = { ...copy(trastuzumabSceneYaml), diagram: undefined };
    expect(() => parseTrastuzumabSceneConfig(noDiagram)).toThrow(/diagram/);
  });

  it('names the field and the slot when a sentence template uses a slot the scene does not fill', () => {
    const receptor = copy(receptorSceneYaml);
    (receptor.words as { patient: Yaml }).patient.live = '{receptors} receptors, {pairz} pairs';
    expect(() => parseReceptorSceneConfig(receptor)).toThrow(
      'receptor-density scene settings: words.patient.live: unknown slot {pairz}; this text may use {receptors},',
    );
    const trastuzumab = copy(trastuzumabSceneYaml);
    (trastuzumab.words as { nursing: { live: Yaml } }).nursing.live.cleavage = '{count} stumps';
    expect(() => parseTrastuzumabSceneConfig(trastuzumab)).toThrow(
      'trastuzumab-action scene settings: words.nursing.live.cleavage: unknown slot {count}; this text may use {stumps}',
    );
  });

  it('rejects a scene whose words leave out a track or a caption', () => {
    const noPatient = copy(trastuzumabSceneYaml);
    delete (noPatient.words as Yaml).patient;
    expect(() => parseTrastuzumabSceneConfig(noPatient)).toThrow(/words\.patient/);
    const noNote = copy(receptorSceneYaml);
    delete (noNote.words as { nursing: Yaml }).nursing.modelNote;
    expect(() => parseReceptorSceneConfig(noNote)).toThrow(/words\.nursing\.modelNote/);
  });

  it('says on both tracks of both scenes that the scene is a simplified model', () => {
    const receptor = parseReceptorSceneConfig(receptorSceneYaml);
    const trastuzumab = parseTrastuzumabSceneConfig(trastuzumabSceneYaml);
    for (const note of [
      receptor.words.nursing.modelNote,
      receptor.words.patient.modelNote,
      trastuzumab.words.nursing.modelNote,
      trastuzumab.words.patient.modelNote,
    ])
      expect(note).toMatch(/simplified model|simple picture/i);
  });
});
