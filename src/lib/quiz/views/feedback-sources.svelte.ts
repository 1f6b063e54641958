// The reference texts quiz feedback prints beside each source key: the course's one module of
// reference texts (the lessons print the same), fetched when the first feedback appears rather than
// with the quiz, so a quiz opens without them. Until they arrive a source shows its key alone.
let texts = $state.raw<Readonly<Record<string, string>>>({});
let requested = false;

/** Starts fetching the texts, once (again after a failed fetch). */
export function loadFeedbackSources(): void {
  if (requested) return;
  requested = true;
  import('virtual:reference-texts').then(
    (module) => (texts = module.default),
    () => (requested = false),
  );
}

/** The citation text of reference `key`, once the texts have arrived. */
export function sourceText(key: string): string | undefined {
  return texts[key];
}
