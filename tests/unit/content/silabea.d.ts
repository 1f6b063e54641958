// Types for silabea (it ships none): the one call tests/unit/content/inflesz.ts makes.
declare module 'silabea' {
  interface Syllabified {
    palabra: string;
    numeroSilaba: number;
    silabas: Array<{ inicioPosicion: number; silaba: string }>;
  }
  const silabea: { getSilabas(word: string): Syllabified };
  export default silabea;
}
