// The interface text: import `m` from here, never from the generated src/lib/paraglide. Each message
// function follows setLanguage() (language.svelte.ts), without a reload.
export { m } from '../paraglide/messages.js';

const slot = '\u0000';

/**
 * A message's text before and after one placeholder, so the markup can put the value in an element of
 * its own (an English course name on a Spanish page carries lang="en": WCAG 3.1.2). Word order stays
 * the translator's: "{track} lessons" and "Lecciones: {track}" both work.
 */
export function aroundPlaceholder(message: (value: string) => string): [before: string, after: string] {
  const [before = '', after = ''] = message(slot).split(slot);
  return [before, after];
}
