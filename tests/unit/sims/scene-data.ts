// The two scenes' settings and words as the lessons hold them, found through the lessons that embed
// them (never by folder name) and checked with the scenes' own schemas, as the build checks them.
import * as v from 'valibot';
import { loadContent } from '../../../src/lib/course/load-content.ts';
import { receptorSceneConfigSchema } from '../../../src/lib/sims/receptor-density/config.ts';
import { trastuzumabSceneConfigSchema } from '../../../src/lib/sims/trastuzumab-action/config.ts';
import { lessonDataFile, readLessonData } from '../../support/lesson-data.ts';

const content = loadContent(process.cwd());

export const receptorSceneFile = lessonDataFile(content, 'Scene', 'receptor-density');
export const trastuzumabSceneFile = lessonDataFile(content, 'Scene', 'trastuzumab-action');
export const receptorSceneYaml = readLessonData(content, 'Scene', 'receptor-density');
export const trastuzumabSceneYaml = readLessonData(content, 'Scene', 'trastuzumab-action');
export const receptorScene = v.parse(receptorSceneConfigSchema, receptorSceneYaml);
export const trastuzumabScene = v.parse(trastuzumabSceneConfigSchema, trastuzumabSceneYaml);
