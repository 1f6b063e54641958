// Scores Spanish prose with INFLESZ, the Szigriszt-Pazos perspicuity formula read on the INFLESZ scale
// (Barrio-Cantalejo et al., 2008): P = 206.835 − 62.3 × syllables/words − words/sentences; 65 and above
// reads as "bastante fácil" or easier. Syllables come from silabea, a Spanish syllabifier that knows
// diphthongs and hiatus ("pro-te-í-na"), which an English syllable counter gets wrong.
//
// How tokens count, and why:
// - A word is a run of letters or digits; hyphens, dashes and slashes split it ("HER2-positivo" is read
//   as two words), punctuation around it is dropped.
// - A number (90, 100.4, 2,000,000) is one word: it lengthens the sentence a reader must hold. It adds no
//   syllables and is left out of the syllables-per-word average, because digits are not Spanish spelling
//   (no syllabifier can count "100.4"; read aloud it is "cien punto cuatro") and the page must keep the
//   English page's numbers anyway (spanish-parity.test.ts), so leaving them out rewards no wording.
// - A unit sign (°F, °C, %) belongs to the number before it and is not a word of its own.
// - A name with digits (HER2, p95) is syllabified on its letters, plus one syllable per digit run: patients
//   say "HER2" as "her dos". Brand and drug names (Herceptin, trastuzumab) are syllabified as written.
// - A sentence ends at . ? ! or … before a space or the end (lesson-prose.ts ends every block so);
//   the point inside "100.4" ends nothing.
import silabea from 'silabea';

export interface InfleszScore {
  /** Every word, numbers included (the words/sentences term). */
  words: number;
  /** Words with letters, the ones the syllables/words term averages over. */
  spelledWords: number;
  syllables: number;
  sentences: number;
  /** Perspicuity P; higher is easier. */
  score: number;
}

const unitSign = /^(?:°[CF]|%)$/;
const letter = /\p{L}/u;
const digit = /\p{N}/u;

/** Syllables of one word as read aloud (see the rules above); 0 for a bare number. */
export function spanishSyllables(word: string): number {
  const letters = word.replace(/[^\p{L}]/gu, '');
  if (!letters) return 0;
  const digitRuns = word.match(/\p{N}+(?:[.,]\p{N}+)*/gu)?.length ?? 0;
  return silabea.getSilabas(letters).numeroSilaba + digitRuns;
}

/** The words of a text, as the formula counts them. */
export function spanishWords(text: string): string[] {
  return text
    .split(/[\s\-\u2010-\u2015/]+/u)
    .map((token) => token.replace(/^[^\p{L}\p{N}°]+|[^\p{L}\p{N}°%]+$/gu, ''))
    .map((token) => token.replace(/(\p{N})(?:°[CF]|%)$/u, '$1'))
    .filter((token) => (letter.test(token) || digit.test(token)) && !unitSign.test(token));
}

export function inflesz(text: string): InfleszScore {
  const words = spanishWords(text);
  const spelled = words.filter((word) => letter.test(word));
  const syllables = spelled.reduce((sum, word) => sum + spanishSyllables(word), 0);
  const sentences = Math.max(1, text.match(/[.?!…]+["'”»)\]]*(?=\s|$)/gu)?.length ?? 0);
  const score =
    words.length === 0
      ? Number.NaN
      : 206.835 - (62.3 * syllables) / Math.max(1, spelled.length) - words.length / sentences;
  return { words: words.length, spelledWords: spelled.length, syllables, sentences, score };
}
