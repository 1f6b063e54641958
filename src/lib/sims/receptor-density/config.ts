// The receptor-density scene's settings and words as the lesson YAML provides them: receptor counts,
// captions, legend, readout names and the sentence templates of the describer are content, kept in
// lessons/, never in src/. Validated so an authoring slip fails loudly with the field's name.
import * as v from 'valibot';
import { templateField } from '../../words/template.ts';

const positive = v.pipe(v.number(), v.minValue(1));
const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));

/** Everything the scene says on one track (nursing or patient wording). */
const receptorWordsSchema = v.strictObject({
  /** Said under the title: the scene is a simplified model, not a measurement. */
  modelNote: text,
  presetsLabel: text,
  /** Slider label; the value follows it. */
  densityLabel: text,
  /** The slider's spoken value. */
  densityValue: templateField(['count']),
  lanes: v.strictObject({ pi3kAkt: text, rasMapk: text, nucleus: text }),
  legend: v.strictObject({
    receptor: templateField(['perGlyph', 'drawn']),
    pair: text,
    signal: templateField(['lane']),
  }),
  readouts: v.strictObject({
    pairs: text,
    pairingRate: text,
    signals: text,
    growth: text,
    growthBar: text,
    divisions: text,
  }),
  growth: v.strictObject({ low: text, moderate: text, high: text }),
  density: v.strictObject({ normal: text, above: templateField(['times']) }),
  /** The sentence the live region and the visible summary give for the current state. */
  live: templateField(['receptors', 'density', 'pairs', 'pairingRate', 'signals', 'growth', 'divisions']),
  /** What the whole scene shows, for the text alternative. */
  layout: templateField(['perGlyph']),
});

export type ReceptorWords = v.InferOutput<typeof receptorWordsSchema>;

export const receptorSceneConfigSchema = v.object({
  /** Receptors one drawn glyph stands for (the legend says so). */
  receptorsPerGlyph: positive,
  /** Slider range, receptors per cell. */
  minReceptors: positive,
  maxReceptors: positive,
  /** Upper end of the normal range: the describer states density as a multiple of it. */
  normalMaxReceptors: positive,
  presets: v.pipe(
    v.array(v.object({ id: v.string(), label: v.string(), receptorsPerCell: positive })),
    v.minLength(1),
  ),
  /** Preset shown first. */
  initialPreset: v.string(),
  seed: v.optional(v.number(), 1),
  title: v.string(),
  /** Static text shown under the scene for everyone (and read by screen readers). */
  summary: v.string(),
  words: v.strictObject({ nursing: receptorWordsSchema, patient: receptorWordsSchema }),
  references: v.optional(v.array(v.string()), []),
});

export type ReceptorSceneConfig = v.InferOutput<typeof receptorSceneConfigSchema>;
