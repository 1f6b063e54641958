// The trastuzumab scene's settings as the lesson YAML provides them (content stays in lessons/).
// Validated so an authoring slip fails loudly with the field's name.
import * as v from 'valibot';

const mechanismSwitches = v.object({
  signalDampening: v.optional(v.boolean(), true),
  blockCleavage: v.optional(v.boolean(), false),
  adcc: v.optional(v.boolean(), false),
  internalization: v.optional(v.boolean(), false),
});

const diagramText = v.object({
  title: v.string(),
  description: v.string(),
  showPertuzumabSite: v.optional(v.boolean(), false),
  trastuzumabSiteLabel: v.optional(v.string()),
});

export const trastuzumabSceneConfigSchema = v.object({
  title: v.string(),
  /** HER2 receptors drawn along the membrane patch of a HER2-positive cell. */
  receptorsShown: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(60)),
  /** Starting position of the dose control, 0–100 (a relative antibody level, not a dose in mg). */
  initialDosePercent: v.pipe(v.number(), v.minValue(0), v.maxValue(100)),
  /** Mechanisms switched on when the scene opens, per track (each can then be toggled). */
  initialMechanisms: v.object({ nursing: mechanismSwitches, patient: mechanismSwitches }),
  seed: v.optional(v.number(), 1),
  /** Title and text alternative of the labelled receptor diagram, per track. */
  diagram: v.object({ nursing: diagramText, patient: diagramText }),
  /** Static text shown under the scene for everyone (and read by screen readers). */
  summary: v.string(),
  references: v.optional(v.array(v.string()), []),
});

export type TrastuzumabSceneConfig = v.InferOutput<typeof trastuzumabSceneConfigSchema>;

export function parseTrastuzumabSceneConfig(data: unknown): TrastuzumabSceneConfig {
  const result = v.safeParse(trastuzumabSceneConfigSchema, data);
  if (result.success) return result.output;
  const issue = result.issues[0];
  const field = issue ? v.getDotPath(issue) : '';
  throw new Error(`trastuzumab-action scene settings: ${field || '(root)'}: ${issue?.message ?? 'invalid'}`);
}
