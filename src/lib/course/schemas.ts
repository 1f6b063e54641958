// Schemas for the course's content files (lessons/course.yaml, lesson frontmatter, references.yaml).
// Messages are written for a course author, not a programmer.
import * as v from 'valibot';

const text = (what: string) =>
  v.pipe(v.string(`${what} must be text`), v.trim(), v.minLength(1, `${what} must not be empty`));

export const slugPattern = /^\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const idPattern = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;
/** A lesson's stable id: lower-case words joined by dashes, starting with a letter (no number prefix). */
export const lessonIdPattern = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

export const TrackIdSchema = v.picklist(['nursing', 'patient'], 'must be "nursing" or "patient"');
export type TrackId = v.InferOutput<typeof TrackIdSchema>;

export const CourseSchema = v.strictObject(
  {
    id: v.pipe(text('id'), v.regex(idPattern, 'id must be lower-case letters, digits and dashes')),
    title: text('title'),
    description: text('description'),
    version: v.pipe(text('version'), v.regex(/^\d+\.\d+\.\d+$/, 'version must look like 1.2.3')),
    lastReviewed: v.pipe(
      v.string('lastReviewed must be a date written as "YYYY-MM-DD" (in quotes)'),
      v.isoDate('lastReviewed must be a date written as "YYYY-MM-DD"'),
    ),
    passMark: v.optional(
      v.pipe(
        v.number('passMark must be a number'),
        v.minValue(1, 'passMark must be at least 1'),
        v.maxValue(100, 'passMark must be at most 100'),
      ),
      80,
    ),
    /** Passing the final also needs every critical safety item right (final.yaml `critical:`). */
    criticalMustPass: v.optional(v.boolean('criticalMustPass must be true or false'), true),
    tracks: v.pipe(
      v.array(
        v.strictObject({ id: TrackIdSchema, title: text('title'), description: text('description') }),
        'tracks must be a list',
      ),
      v.minLength(1, 'tracks must name at least one track'),
    ),
    lessons: v.pipe(
      v.array(
        v.strictObject(
          {
            // The learner's record, saved places and LMS objectives are keyed by this id, so it
            // must never change once a course is in use; the folder may be renumbered or renamed.
            id: v.pipe(
              v.string('each lesson needs an id, e.g. "id: first-steps"'),
              v.regex(
                lessonIdPattern,
                'lesson ids are lower-case words joined by dashes, with no number prefix (first-steps)',
              ),
            ),
            folder: v.pipe(
              v.string('each lesson needs its folder, e.g. "folder: 01-first-steps"'),
              v.regex(slugPattern, 'lesson folder names look like 01-first-steps'),
            ),
          },
          (issue) => {
            const shape = 'list each lesson as "- id: first-steps" with "folder: 01-first-steps" below it';
            if (issue.expected === '"id"') return `the lesson has no id: ${shape}`;
            if (issue.expected === '"folder"') return `the lesson has no folder: ${shape}`;
            if (issue.expected === 'never') return 'a lesson has only "id" and "folder"';
            return shape;
          },
        ),
        'lessons must be a list',
      ),
      v.minLength(1, 'lessons must list at least one lesson'),
    ),
    // Version 1.0.0 saved a learner's lessons by the two-digit number of their folder. This says
    // which lesson each of those numbers was, so records saved then still load after folders are
    // renumbered. Written once; never changed.
    version1LessonNumbers: v.optional(
      v.record(
        v.pipe(v.string(), v.regex(/^\d{2}$/, 'keys are the two-digit folder numbers of version 1.0.0')),
        v.pipe(v.string(), v.regex(lessonIdPattern, 'values are lesson ids such as first-steps')),
      ),
    ),
  },
  (issue) => `unknown or malformed field (${issue.expected ?? 'see README'})`,
);
export type Course = v.InferOutput<typeof CourseSchema>;

export const ObjectiveSchema = v.strictObject({
  id: v.pipe(
    text('objective id'),
    v.regex(idPattern, 'objective id must be lower-case letters, digits and dashes'),
  ),
  text: text('objective text'),
});

export const LessonFrontmatterSchema = v.strictObject({
  title: text('title'),
  summary: text('summary'),
  objectives: v.pipe(
    v.array(ObjectiveSchema, 'objectives must be a list of { id, text }'),
    v.minLength(1, 'objectives must list at least one learning objective'),
  ),
  minutes: v.pipe(
    v.number('minutes must be a number'),
    v.integer('minutes must be a whole number'),
    v.minValue(1, 'minutes must be at least 1'),
    v.maxValue(120, 'minutes must be at most 120'),
  ),
  references: v.pipe(
    v.array(v.string('each reference must be a key such as R1'), 'references must be a list of keys'),
    v.minLength(1, 'references must list at least one reference key'),
  ),
});
export type LessonFrontmatter = v.InferOutput<typeof LessonFrontmatterSchema>;

/** Frontmatter of a course page outside the lesson folders (About, handout). */
export const PageFrontmatterSchema = v.strictObject({
  title: text('title'),
  summary: v.optional(text('summary')),
  references: v.array(
    v.string('each reference must be a key such as R1'),
    'references must be a list of keys',
  ),
  /**
   * A printed page's short "Sources" line for patients, in place of the numbered reference list
   * (the full list stays on the web page): plain names, each covering the keys it stands for.
   */
  sources: v.optional(
    v.pipe(
      v.array(
        v.strictObject({
          text: text('sources[].text'),
          references: v.pipe(
            v.array(v.string('each reference must be a key such as R1'), 'references must be a list of keys'),
            v.minLength(1, 'each source names at least one reference key'),
          ),
        }),
        'sources must be a list of { text, references }',
      ),
      v.minLength(1, 'sources must name at least one source'),
    ),
  ),
});
export type PageFrontmatter = v.InferOutput<typeof PageFrontmatterSchema>;
export type PageSources = NonNullable<PageFrontmatter['sources']>;

/**
 * What kind of source a reference is (source policy: README, "How references work"). Only `secondary` sources
 * (compendia, summaries, mirrors, aggregators, forum and AI-answer pages) may never stand alone
 * under a statement: they are the research trail, not the evidence.
 */
export const referenceKinds = [
  'label',
  'guideline',
  'trial',
  'review',
  'agency',
  'practice',
  'secondary',
] as const;
export type ReferenceKind = (typeof referenceKinds)[number];

const kindMessage = `kind must be one of ${referenceKinds.join(', ')}`;

/** The regulator's label record a `label` reference was checked against (shown on the About page). */
export const LabelRecordSchema = v.strictObject(
  {
    product: text('label.product'),
    setId: v.optional(
      v.pipe(
        v.string('label.setId must be text'),
        v.regex(/^[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}$/, 'label.setId must be an SPL set id'),
      ),
    ),
    /** The label sections read in that record (required by the content check for every label reference). */
    sections: v.optional(text('label.sections')),
    /** The record's effective date as the record gives it; left out when no primary record shows one. */
    effectiveTime: v.optional(text('label.effectiveTime')),
    checked: text('label.checked'),
  },
  (issue) =>
    `unknown or malformed field (${issue.expected ?? 'allowed: product, setId, sections, effectiveTime, checked'})`,
);

export const ReferenceSchema = v.strictObject(
  {
    citation: text('citation'),
    kind: v.picklist(referenceKinds, kindMessage),
    label: v.optional(LabelRecordSchema),
    urls: v.optional(v.array(v.pipe(v.string(), v.url('each url must be a full web address')))),
    verified: v.optional(v.boolean('verified must be true or false')),
    revised: v.optional(text('revised')),
  },
  (issue) => {
    // A missing required field is reported by this object schema, so say which field is needed.
    if (issue.expected === '"kind"') return kindMessage;
    if (issue.expected === '"citation"') return 'citation must be text';
    return `unknown or malformed field (${issue.expected ?? 'allowed: citation, kind, label, urls, verified, revised'})`;
  },
);
export const ReferencesSchema = v.record(
  v.pipe(v.string(), v.regex(/^[A-Za-z][A-Za-z0-9-]*$/, 'reference keys are letters and digits, such as R1')),
  ReferenceSchema,
);
export type Reference = v.InferOutput<typeof ReferenceSchema>;
