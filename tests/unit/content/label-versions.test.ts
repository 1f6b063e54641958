// The About page's list of label records (issue 10 §1): every `label` reference in lessons/references.yaml
// appears with its product, its effective date exactly as the record gave it (or the plain statement that
// no primary record read showed one), its set id where known and the sections read.
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import references from 'virtual:references';
import LabelVersions from '../../../src/lib/course-facts/LabelVersions.svelte';

/** Svelte's server render escapes these characters in text. */
const escaped = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

describe('<LabelVersions>', () => {
  const { body } = render(LabelVersions);
  const items = [...body.matchAll(/<li>([\s\S]*?)<\/li>/g)].map((match) => match[1] ?? '');

  it('lists each label record once, and nothing else', () => {
    expect(items).toHaveLength(14);
    expect(body).toContain('<strong>HERCEPTIN (trastuzumab) for injection, intravenous</strong> [R1]');
    expect(body).not.toContain('[R2]');
  });

  it('gives the effective date as the record gives it, or says none was shown', () => {
    const eu = items.find((item) => item.includes('[R6]'));
    expect(eu).toContain('effective date: 2022-07-08 (Community Register annex)');
    const herceptin = items.find((item) => item.includes('[R1]'));
    expect(herceptin).toContain('effective date: not shown in any primary record read');
    expect(herceptin).toContain('SPL set id 492dbdb2-077e-4064-bff3-372d6af0a7a2');
  });

  it('names the sections read for every record', () => {
    for (const [key, reference] of Object.entries(references)) {
      if (reference.kind !== 'label') continue;
      const item = items.find((entry) => entry.includes(`[${key}]`));
      expect(item, key).toContain(`Sections read: ${escaped(reference.label?.sections ?? 'missing')}`);
    }
  });
});
