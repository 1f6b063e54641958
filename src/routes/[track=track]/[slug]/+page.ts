// Lesson page data: metadata from the eager outline, the body component loaded on demand.
import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import { lessonsInTrack } from '$lib/course/outline';
import type { TeachBack } from '$lib/teach-back/schema';
import { teachBackFile } from '$lib/teach-back/teach-back-file';
import type { PageLoad } from './$types';

// Lazy: each lesson body is its own chunk, fetched when the lesson is opened.
const bodies = import.meta.glob<{ default: Component }>('/lessons/*/*.svx');
// The teach-back step that ends each patient lesson (validated when the course is built).
const teachBacks = import.meta.glob<{ default: TeachBack }>('/lessons/*/teach-back.yaml');

export const load: PageLoad = async ({ params }) => {
  const track = params.track;
  const inTrack = lessonsInTrack(track);
  const index = inTrack.findIndex((lesson) => lesson.slug === params.slug);
  const lesson = inTrack[index];
  if (!lesson) error(404, `There is no lesson "${params.slug}" in this track.`);
  const loadBody = bodies[`/${lesson.meta.file}`];
  if (!loadBody) error(500, `The lesson file ${lesson.meta.file} was not built.`);
  const loadTeachBack =
    track === 'patient' ? teachBacks[`/lessons/${lesson.slug}/${teachBackFile}`] : undefined;
  const [body, teachBack] = await Promise.all([
    loadBody().then((module) => module.default),
    loadTeachBack ? loadTeachBack().then((module) => module.default) : null,
  ]);
  return {
    track,
    lesson,
    body,
    teachBack,
    position: index + 1,
    total: inTrack.length,
    previous: inTrack[index - 1] ?? null,
    next: inTrack[index + 1] ?? null,
  };
};
