// The HER2 structure diagram: every region is drawn and, in select mode, has a labelled radio button
// (the keyboard/screen-reader route of the hotspot item, WCAG 2.1.1).
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Her2StructureDiagram from '../../../src/lib/sims/her2-structure/Her2StructureDiagram.svelte';
import { her2Regions } from '../../../src/lib/sims/her2-structure/regions';

const text = {
  title: 'HER2 receptor',
  description: 'Four subdomains outside the cell.',
};

describe('Her2StructureDiagram', () => {
  it('exports the six regions in order from outside to inside the cell', () => {
    expect(her2Regions.map((region) => region.id)).toEqual([
      'domain-i',
      'domain-ii',
      'domain-iii',
      'domain-iv',
      'transmembrane',
      'kinase',
    ]);
  });

  it('draws every region as a figure with its title and description', () => {
    const { body } = render(Her2StructureDiagram, { props: text });
    for (const region of her2Regions) {
      expect(body).toContain(`data-region="${region.id}"`);
      expect(body).toContain(region.label);
    }
    expect(body).toContain('role="img"');
    expect(body).toContain('<title');
    expect(body).not.toContain('type="radio"');
  });

  it('offers one labelled radio per region in select mode and marks the selected one', () => {
    const { body } = render(Her2StructureDiagram, {
      props: { ...text, mode: 'select', selected: 'domain-ii' },
    });
    expect(body.match(/type="radio"/g)).toHaveLength(her2Regions.length);
    expect(body).toMatch(/value="domain-ii"[^>]*checked/);
    expect(body.match(/checked/g)).toHaveLength(1);
    expect(body).toContain('aria-live="polite"');
  });

  it('shows a binding site only when asked, so a quiz can hide the answer', () => {
    const plain = render(Her2StructureDiagram, { props: text }).body;
    expect(plain).not.toContain('data-site=');
    const both = render(Her2StructureDiagram, {
      props: { ...text, showTrastuzumabSite: true, showPertuzumabSite: true },
    }).body;
    expect(both).toContain('data-site="trastuzumab"');
    expect(both).toContain('data-site="pertuzumab"');
  });
});
