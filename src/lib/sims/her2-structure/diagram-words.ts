// The words of the labelled HER2 receptor diagram as lessons/ holds them: zone names, one label and
// position phrase per region, the default binding-site labels, the selection announcement and the
// hotspot item's title and description. Every region the drawing has must have its words.
import * as v from 'valibot';
import { templateField } from '../../words/template.ts';
import { her2RegionIds } from './regions.ts';

const text = v.pipe(v.string('must be text'), v.minLength(1, 'must not be empty'));
const regionWords = v.strictObject({
  /** Short name, shown next to the shape and on the radio button. */
  label: text,
  /** Where the region sits; spoken after the label. Never names a drug: it would give a quiz away. */
  detail: text,
});

export const DiagramWordsSchema = v.strictObject({
  zones: v.strictObject({ outside: text, membrane: text, inside: text }),
  regions: v.strictObject(
    Object.fromEntries(her2RegionIds.map((id) => [id, regionWords])) as Record<
      (typeof her2RegionIds)[number],
      typeof regionWords
    >,
  ),
  sites: v.strictObject({ trastuzumab: text, pertuzumab: text }),
  /** Said when a region is chosen with the pointer (WCAG 4.1.3). */
  selected: templateField(['region']),
  hotspot: v.strictObject({
    figureTitle: text,
    figureDescription: text,
    selectTitle: text,
    selectDescription: text,
  }),
  references: v.optional(v.array(v.string()), []),
});

export type DiagramWords = v.InferOutput<typeof DiagramWordsSchema>;
