// How the build checks the data file of each embeddable element: its schema and, where the rules need
// more than a schema, a cross-check. Keyed by the registry's names, so a new name without rules is a
// type error. Build time only (Node).
import type { GenericSchema } from 'valibot';
import type { ProblemList } from '../course/content-error.ts';
import { checkCardiacData } from '../interactives/cardiac-hold/check-data.ts';
import { CardiacHoldRulesSchema } from '../interactives/cardiac-hold/schema.ts';
import { checkDosingData } from '../interactives/dose-drill/check-data.ts';
import { DosingSchema } from '../interactives/dose-drill/schema.ts';
import { checkHer2Data } from '../interactives/her2-classifier/check-data.ts';
import { Her2ClassificationSchema } from '../interactives/her2-classifier/schema.ts';
import { checkLookAlikeData } from '../interactives/look-alike/check-data.ts';
import { LookAlikesSchema } from '../interactives/look-alike/schema.ts';
import { checkSelfCheckData } from '../interactives/self-check/check-data.ts';
import { SelfCheckSchema } from '../interactives/self-check/schema.ts';
import { receptorSceneConfigSchema } from '../sims/receptor-density/config.ts';
import { trastuzumabSceneConfigSchema } from '../sims/trastuzumab-action/config.ts';
import type { DrillName, EmbedTag, SceneName } from './embed-registry.ts';

export interface EmbedDataRule {
  schema: GenericSchema;
  check?: (data: never, file: string, problems: ProblemList) => void;
}

const rule = <S extends GenericSchema>(
  schema: S,
  check?: (data: import('valibot').InferOutput<S>, file: string, problems: ProblemList) => void,
): EmbedDataRule => ({ schema, check: check as EmbedDataRule['check'] });

export const embedDataRules: {
  Scene: Record<SceneName, EmbedDataRule>;
  Drill: Record<DrillName, EmbedDataRule>;
} = {
  Scene: {
    'receptor-density': rule(receptorSceneConfigSchema),
    'trastuzumab-action': rule(trastuzumabSceneConfigSchema),
  },
  Drill: {
    'her2-classifier': rule(Her2ClassificationSchema, checkHer2Data),
    dose: rule(DosingSchema, checkDosingData),
    'look-alike': rule(LookAlikesSchema, checkLookAlikeData),
    'cardiac-hold': rule(CardiacHoldRulesSchema, checkCardiacData),
    'self-check': rule(SelfCheckSchema, checkSelfCheckData),
  },
};

export function dataRuleFor(tag: EmbedTag, name: string): EmbedDataRule | undefined {
  if (tag === 'Panel') return undefined;
  const rules: Record<string, EmbedDataRule> = embedDataRules[tag];
  return Object.hasOwn(rules, name) ? rules[name] : undefined;
}
