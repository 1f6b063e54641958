// Handout page data: the sheet in the language its address names (English, or the patient track's
// translation `handout.<language>.svx`), each loaded on demand.
import { error } from '@sveltejs/kit';
import type { Component } from 'svelte';
import type { PageFrontmatter } from '$lib/course/schemas';
import { translationFor } from '$lib/course/translation-outline';
import type { PageLoad } from './$types';

const sheets = import.meta.glob<{ default: Component; metadata: PageFrontmatter }>('/lessons/handout*.svx');

export const load: PageLoad = async ({ params }) => {
  const { language, outline } = await translationFor(params.lang);
  const file = outline ? outline.handout : 'lessons/handout.svx';
  const loadSheet = file ? sheets[`/${file}`] : undefined;
  if (!loadSheet) error(404, 'This course has no take-home handout in this language.');
  const sheet = await loadSheet();
  return { language, outline, body: sheet.default, metadata: sheet.metadata };
};
