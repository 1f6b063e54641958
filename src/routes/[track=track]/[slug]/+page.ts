// Lesson page data: metadata from the eager outline, the body component loaded on demand.
import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import { lessonsInTrack } from '$lib/course/outline';
import type { PageLoad } from './$types';

// Lazy: each lesson body is its own chunk, fetched when the lesson is opened.
const bodies = import.meta.glob<{ default: Component }>('/lessons/*/*.svx');

export const load: PageLoad = async ({ params }) => {
  const track = params.track;
  const inTrack = lessonsInTrack(track);
  const index = inTrack.findIndex((lesson) => lesson.slug === params.slug);
  const lesson = inTrack[index];
  if (!lesson) error(404, `There is no lesson "${params.slug}" in this track.`);
  const loadBody = bodies[`/${lesson.meta.file}`];
  if (!loadBody) error(500, `The lesson file ${lesson.meta.file} was not built.`);
  const body = (await loadBody()).default;
  return {
    track,
    lesson,
    body,
    position: index + 1,
    total: inTrack.length,
    previous: inTrack[index - 1] ?? null,
    next: inTrack[index + 1] ?? null,
  };
};
