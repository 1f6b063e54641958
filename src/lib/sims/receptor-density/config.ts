// The receptor-density scene's settings as the lesson YAML provides them (receptor counts are content,
// kept in lessons/, never in src/). Validated so an authoring slip fails loudly with the field's name.
import * as v from 'valibot';

const positive = v.pipe(v.number(), v.minValue(1));

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
  references: v.optional(v.array(v.string()), []),
});

export type ReceptorSceneConfig = v.InferOutput<typeof receptorSceneConfigSchema>;

export function parseReceptorSceneConfig(data: unknown): ReceptorSceneConfig {
  const result = v.safeParse(receptorSceneConfigSchema, data);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const field = issue ? v.getDotPath(issue) : '';
  throw new Error(`receptor-density scene settings: ${field || '(root)'}: ${issue?.message ?? 'invalid'}`);
}
