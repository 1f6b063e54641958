// A case set is one drawn item holding 2–4 linked items; its answer is stored as one string per
// linked item (the linked item's response joined by spaces) so it fits the compact draft shape.
// Option ids, units and typed numbers never contain spaces (ids are validated; numbers are trimmed).

export function encodeCaseAnswer(parts: ReadonlyArray<readonly string[] | null>): string[] {
  return parts.map((part) => (part ? part.join(' ') : ''));
}

export function decodeCaseAnswer(answer: readonly string[] | null, count: number): Array<string[] | null> {
  return Array.from({ length: count }, (_, i) => {
    const text = answer?.[i];
    return text ? text.split(' ').filter(Boolean) : null;
  });
}
