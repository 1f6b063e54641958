// Lesson page data: metadata from the eager outline (a translated page's from its language's lazy
// outline), the body component loaded on demand.
import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import { lessonsInTrack } from '$lib/course/outline';
import { translationFor } from '$lib/course/translation-outline';
import type { TeachBack } from '$lib/teach-back/schema';
import { teachBackFileOf } from '$lib/teach-back/teach-back-file';
import type { PageLoad } from './$types';

// Lazy: each lesson body (each language's page of it) is its own chunk, fetched when it is opened.
const bodies = import.meta.glob<{ default: Component }>('/lessons/*/*.svx');
// The teach-back step that ends each patient lesson, in each language (validated when the course is built).
const teachBacks = import.meta.glob<{ default: TeachBack }>('/lessons/*/teach-back*.yaml');

export const load: PageLoad = async ({ params }) => {
  const track = params.track;
  const { language, outline } = await translationFor(params.lang, track);
  const inTrack = lessonsInTrack(track, outline?.lessons);
  const index = inTrack.findIndex((lesson) => lesson.slug === params.slug);
  const lesson = inTrack[index];
  if (!lesson) error(404, `There is no lesson "${params.slug}" in this track.`);
  const loadBody = bodies[`/${lesson.meta.file}`];
  if (!loadBody) error(500, `The lesson file ${lesson.meta.file} was not built.`);
  const loadTeachBack = track === 'patient' ? teachBacks[`/${teachBackFileOf(lesson.meta.file)}`] : undefined;
  const [body, teachBack] = await Promise.all([
    loadBody().then((module) => module.default),
    loadTeachBack ? loadTeachBack().then((module) => module.default) : null,
  ]);
  return {
    language,
    outline,
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
