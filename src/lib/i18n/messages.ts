// The interface text: import `m` from here, never from the generated src/lib/paraglide. Each message
// function follows setLanguage() (language.svelte.ts), without a reload.
export { m } from '../paraglide/messages.js';
