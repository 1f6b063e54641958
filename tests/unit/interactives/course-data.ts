// The real interactive data files from lessons/, parsed with their schemas, for the unit tests: the
// tests check the rules the course actually ships, with cases taken from the clinical fact base.
import { readFileSync } from 'node:fs';
import * as v from 'valibot';
import { parse } from 'yaml';
import { CardiacHoldRulesSchema } from '../../../src/lib/interactives/cardiac-hold/schema.ts';
import { DosingSchema } from '../../../src/lib/interactives/dose-drill/schema.ts';
import { Her2ClassificationSchema } from '../../../src/lib/interactives/her2-classifier/schema.ts';
import { interactiveDataFiles } from '../../../src/lib/interactives/load-interactive-data.ts';
import { LookAlikesSchema } from '../../../src/lib/interactives/look-alike/schema.ts';

const read = (file: string): unknown => parse(readFileSync(file, 'utf8'));

export const her2Data = v.parse(Her2ClassificationSchema, read(interactiveDataFiles.her2Classification));
export const dosingData = v.parse(DosingSchema, read(interactiveDataFiles.dosing));
export const lookAlikeData = v.parse(LookAlikesSchema, read(interactiveDataFiles.lookAlikes));
export const cardiacData = v.parse(CardiacHoldRulesSchema, read(interactiveDataFiles.cardiacHoldRules));
