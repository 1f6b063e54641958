// The real interactive data files from lessons/, found through the lessons that embed them and parsed
// with their schemas, for the unit tests: the tests check the rules the course actually ships, with
// cases taken from the clinical fact base.
import * as v from 'valibot';
import { loadContent } from '../../../src/lib/course/load-content.ts';
import { CardiacHoldRulesSchema } from '../../../src/lib/interactives/cardiac-hold/schema.ts';
import { DosingSchema } from '../../../src/lib/interactives/dose-drill/schema.ts';
import { Her2ClassificationSchema } from '../../../src/lib/interactives/her2-classifier/schema.ts';
import { LookAlikesSchema } from '../../../src/lib/interactives/look-alike/schema.ts';
import { readLessonData } from '../../support/lesson-data.ts';

const content = loadContent(process.cwd());

export const her2Data = v.parse(
  Her2ClassificationSchema,
  readLessonData(content, 'Drill', 'her2-classifier'),
);
export const dosingData = v.parse(DosingSchema, readLessonData(content, 'Drill', 'dose'));
export const lookAlikeData = v.parse(LookAlikesSchema, readLessonData(content, 'Drill', 'look-alike'));
export const cardiacData = v.parse(CardiacHoldRulesSchema, readLessonData(content, 'Drill', 'cardiac-hold'));
