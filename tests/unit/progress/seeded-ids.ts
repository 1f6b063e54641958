// Seeded generator of random identifiers (lower-case letters, digits, dashes), so size tests are stable.
export function seededIds(seed: number): (length: number) => string {
  let s = seed >>> 0;
  const next = () => {
    s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0;
    return s / 2 ** 32;
  };
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return (length) =>
    Array.from({ length }, (_, i) =>
      i > 0 && i < length - 1 && next() < 0.15 ? '-' : alphabet[Math.floor(next() * alphabet.length)],
    ).join('');
}
