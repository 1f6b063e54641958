// Contrast of every text colour on every background colour, and of control and focus colours
// against the backgrounds they sit on, computed from the design tokens in src/app.css in the light
// and the dark scheme (WCAG 2.2 1.4.3 text ≥ 4.5:1; 1.4.11 and 2.4.13 controls, focus ≥ 3:1).
// The contrast formula is WCAG's own definition of relative luminance, written out here.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const css = readFileSync('src/app.css', 'utf8');

function tokens(block: string): Record<string, string> {
  return Object.fromEntries(
    [...block.matchAll(/--(color-[a-z0-9-]+):\s*(#[0-9a-f]{3,8})\s*;/gi)].map((m) => [m[1]!, m[2]!]),
  );
}
const lightBlock = css.slice(css.indexOf(':root {'), css.indexOf('}', css.indexOf(':root {')));
const darkStart = css.indexOf('@media (prefers-color-scheme: dark)');
const darkBlock = css.slice(darkStart, css.indexOf('}', css.indexOf(':root {', darkStart)));
const light = tokens(lightBlock);
const schemes = { light, dark: { ...light, ...tokens(darkBlock) } };

function luminance(hex: string): number {
  const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c) : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

// Every colour used for text, and every colour used behind text.
const textColours = ['text', 'text-muted', 'link', 'primary', 'success', 'warning', 'danger'];
const backgrounds = ['bg', 'surface', 'surface-2', 'info-bg', 'success-bg', 'warning-bg', 'danger-bg'];

describe.each(Object.entries(schemes))('design tokens, %s scheme', (_name, colours) => {
  const get = (name: string) => {
    const value = colours[`color-${name}`];
    if (!value) throw new Error(`src/app.css defines no --color-${name}`);
    return value;
  };

  it('defines every token the checks name', () => {
    for (const name of [...textColours, ...backgrounds, 'on-primary', 'primary-hover', 'focus'])
      expect(get(name)).toMatch(/^#/);
  });

  it.each(textColours.flatMap((text) => backgrounds.map((bg) => [text, bg] as const)))(
    'text %s on %s is at least 4.5:1',
    (text, bg) => {
      expect(contrast(get(text), get(bg))).toBeGreaterThanOrEqual(4.5);
    },
  );

  it('button text on the primary and hover fills is at least 4.5:1', () => {
    expect(contrast(get('on-primary'), get('primary'))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(get('on-primary'), get('primary-hover'))).toBeGreaterThanOrEqual(4.5);
  });

  it.each(backgrounds)('controls (primary) and the focus ring stand out from %s by at least 3:1', (bg) => {
    expect(contrast(get('primary'), get(bg))).toBeGreaterThanOrEqual(3);
    expect(contrast(get('focus'), get(bg))).toBeGreaterThanOrEqual(3);
  });
});
