// Schema of look-alikes.yaml (read by <Drill name="look-alike" />): the HER2 products that are confused
// with Herceptin, and the label or order cues a learner matches to each product.
import * as v from 'valibot';
import { FactTagSchema, ReferenceKeysSchema, text, unknownField } from '../data-schema-parts.ts';

const ProductSchema = v.strictObject(
  {
    id: text('product id'),
    brand: text('brand'),
    name: text('name'),
    summary: text('summary'),
    danger: text('danger'),
    tag: FactTagSchema,
    references: ReferenceKeysSchema,
  },
  unknownField,
);
export type LookAlikeProduct = v.InferOutput<typeof ProductSchema>;

const CueSchema = v.strictObject(
  {
    id: text('cue id'),
    cue: text('cue'),
    answer: text('answer'),
    why: text('why'),
    tag: FactTagSchema,
    references: ReferenceKeysSchema,
  },
  unknownField,
);
export type LookAlikeCue = v.InferOutput<typeof CueSchema>;

export const LookAlikesSchema = v.strictObject(
  {
    products: v.pipe(
      v.array(ProductSchema, 'products must be a list'),
      v.minLength(2, 'products must list at least two products'),
    ),
    cues: v.pipe(
      v.array(CueSchema, 'cues must be a list'),
      v.minLength(1, 'cues must list at least one cue'),
    ),
  },
  unknownField,
);
export type LookAlikes = v.InferOutput<typeof LookAlikesSchema>;
