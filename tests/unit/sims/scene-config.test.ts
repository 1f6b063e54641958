// The lessons' scene settings parse with the scenes' schemas, and an authoring slip names its field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseReceptorSceneConfig } from '../../../src/lib/sims/receptor-density/config';
import { parseTrastuzumabSceneConfig } from '../../../src/lib/sims/trastuzumab-action/config';

const load = (path: string): unknown => parse(readFileSync(path, 'utf8'));
const receptorYaml = 'lessons/01-her2-biology/receptor-scene.yaml';
const trastuzumabYaml = 'lessons/02-how-herceptin-works/trastuzumab-scene.yaml';

describe('scene settings in lessons/', () => {
  it('receptor-density settings are valid and consistent', () => {
    const config = parseReceptorSceneConfig(load(receptorYaml));
    expect(config.minReceptors).toBeLessThan(config.maxReceptors);
    expect(config.presets.map((preset) => preset.id)).toContain(config.initialPreset);
    for (const preset of config.presets) {
      expect(preset.receptorsPerCell).toBeGreaterThanOrEqual(config.minReceptors);
      expect(preset.receptorsPerCell).toBeLessThanOrEqual(config.maxReceptors);
    }
  });

  it('trastuzumab settings are valid for both tracks', () => {
    const config = parseTrastuzumabSceneConfig(load(trastuzumabYaml));
    expect(Object.keys(config.initialMechanisms)).toEqual(['nursing', 'patient']);
    expect(config.diagram.nursing.title).not.toBe('');
  });

  it('names the offending field when a setting is wrong', () => {
    const broken = { ...(load(receptorYaml) as object), receptorsPerGlyph: 'many' };
    expect(() => parseReceptorSceneConfig(broken)).toThrow(/receptorsPerGlyph/);
    const noDiagram = { ...(load(trastuzumabYaml) as object), diagram: undefined };
    expect(() => parseTrastuzumabSceneConfig(noDiagram)).toThrow(/diagram/);
  });
});
