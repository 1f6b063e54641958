// The interface text: import `m` from here (not from the generated src/lib/paraglide), so the language
// rune is in place before any message runs and every message follows setLanguage().
import './language.svelte.ts';

export { m } from '../paraglide/messages.js';
