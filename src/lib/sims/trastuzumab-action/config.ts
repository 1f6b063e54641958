// The trastuzumab scene's settings and words as the lesson YAML provides them: captions, toggle hints,
// legend, readout names and the describer's sentence templates are content and stay in lessons/.
// Validated so an authoring slip fails loudly with the field's name.
import * as v from 'valibot';
import { templateField } from '../../words/template.ts';

const text = v.pipe(v.string(), v.minLength(1, 'must not be empty'));
const toggleWords = v.strictObject({ label: text, hint: text });

/** Everything the scene says on one track (nursing or patient wording). */
const trastuzumabWordsSchema = v.strictObject({
  /** Said under the title: the scene is a simplified model, not a measurement. */
  modelNote: text,
  doseLabel: text,
  mechanismsLegend: text,
  mechanisms: v.strictObject({
    signalDampening: toggleWords,
    blockCleavage: toggleWords,
    adcc: toggleWords,
    internalization: toggleWords,
  }),
  /** Words drawn inside the picture. */
  picture: v.strictObject({ outside: text, inside: text, nk: text, destroyed: text }),
  legend: v.strictObject({ antibody: text, receptor: text, stump: text, signal: text, vesicle: text }),
  readouts: v.strictObject({
    bound: text,
    signals: text,
    counts: text,
    p95: text,
    internalized: text,
    cell: text,
  }),
  cellStates: v.strictObject({ alive: text, engaged: text, destroyed: text }),
  /** Sentence parts of the live description and the visible summary, joined in this order. */
  live: v.strictObject({
    destroyed: text,
    binding: templateField(['dose', 'bound', 'surface', 'percent']),
    signals: templateField(['signals']),
    signalsReduced: templateField(['signals']),
    cleavage: templateField(['stumps']),
    internalized: templateField(['taken']),
    nkEngaged: templateField(['tails', 'progress']),
    nkSearching: text,
  }),
  /** What the whole scene shows, for the text alternative. */
  layout: text,
});

export type TrastuzumabWords = v.InferOutput<typeof trastuzumabWordsSchema>;

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
  pertuzumabSiteLabel: v.optional(v.string()),
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
  words: v.strictObject({ nursing: trastuzumabWordsSchema, patient: trastuzumabWordsSchema }),
  /** Static text shown under the scene for everyone (and read by screen readers). */
  summary: v.string(),
  references: v.optional(v.array(v.string()), []),
});

export type TrastuzumabSceneConfig = v.InferOutput<typeof trastuzumabSceneConfigSchema>;
