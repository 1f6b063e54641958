// The outline the pages read (virtual:course): each track lists its lessons in course order, and its
// minutes are the sum of its lessons' frontmatter. Expected values come from the lesson files themselves.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { lessonsInTrack, minutesInTrack, trackInfo } from '../../../src/lib/course/outline';

const courseYaml = parse(readFileSync('lessons/course.yaml', 'utf8')) as {
  tracks: { id: string; title: string }[];
  lessons: (string | { folder: string })[];
};
const folders = courseYaml.lessons.map((entry) => (typeof entry === 'string' ? entry : entry.folder));

function frontmatter(folder: string, track: string): { title: string; minutes: number } | null {
  const file = join('lessons', folder, `${track}.svx`);
  if (!existsSync(file)) return null;
  const [, head] = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8')) ?? [];
  return parse(head ?? '') as { title: string; minutes: number };
}

describe('course outline', () => {
  for (const track of ['nursing', 'patient'] as const) {
    const expected = folders.flatMap((folder) => {
      const meta = frontmatter(folder, track);
      return meta ? [{ folder, ...meta }] : [];
    });

    it(`lists the ${track} lessons in course.yaml order with their titles`, () => {
      expect(expected.length).toBeGreaterThan(0);
      expect(lessonsInTrack(track).map((lesson) => lesson.meta.title)).toEqual(
        expected.map((lesson) => lesson.title),
      );
    });

    it(`adds up the ${track} track's minutes from the lessons' frontmatter`, () => {
      expect(minutesInTrack(track)).toBe(expected.reduce((sum, lesson) => sum + lesson.minutes, 0));
    });
  }

  it('describes each track as course.yaml does, and no other', () => {
    for (const track of courseYaml.tracks) expect(trackInfo(track.id as 'nursing')?.title).toBe(track.title);
    expect(trackInfo('teachers' as 'nursing')).toBeUndefined();
  });
});
