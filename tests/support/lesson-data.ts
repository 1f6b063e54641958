// Finds an embedded element's data file the way the build does: through the lesson that embeds it
// (its <Scene name="…" /> or <Drill name="…" />), so tests never name a lesson folder either.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import type { CourseContent } from '../../src/lib/course/load-content.ts';
import type { EmbedTag } from '../../src/lib/embeds/embed-registry.ts';

/** Project-relative path of the data file `<tag name="name">` reads; throws if no lesson embeds it. */
export function lessonDataFile(content: CourseContent, tag: EmbedTag, name: string): string {
  for (const lesson of content.lessons)
    for (const meta of Object.values(lesson.tracks))
      for (const embed of meta.embeds)
        if (embed.tag === tag && embed.name === name && embed.data) return embed.data;
  throw new Error(`no lesson embeds <${tag} name="${name}"> with a data file`);
}

/** The slug of the first lesson that embeds `<tag name="name">`. */
export function lessonEmbedding(content: CourseContent, tag: EmbedTag, name: string): string {
  const lesson = content.lessons.find((entry) =>
    Object.values(entry.tracks).some((meta) =>
      meta.embeds.some((embed) => embed.tag === tag && embed.name === name),
    ),
  );
  if (!lesson) throw new Error(`no lesson embeds <${tag} name="${name}">`);
  return lesson.slug;
}

/** The parsed YAML of that data file. */
export function readLessonData(content: CourseContent, tag: EmbedTag, name: string): unknown {
  return parse(readFileSync(lessonDataFile(content, tag, name), 'utf8'));
}
