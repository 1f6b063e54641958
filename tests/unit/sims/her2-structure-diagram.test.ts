// The HER2 structure diagram: every region is drawn and, in select mode, has a labelled radio button
// (the keyboard/screen-reader route of the hotspot item, WCAG 2.1.1).
import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import Her2StructureDiagram from '../../../src/lib/sims/her2-structure/Her2StructureDiagram.svelte';
import { DiagramWordsSchema } from '../../../src/lib/sims/her2-structure/diagram-words';
import { diagramWordsFile } from '../../../src/lib/sims/her2-structure/load-diagram-words';
import { her2RegionIds } from '../../../src/lib/sims/her2-structure/regions';

// The diagram's words as the course holds them (the component reads the same file through the build).
const yaml = parse(readFileSync(diagramWordsFile, 'utf8')) as { regions: Record<string, { label: string }> };
const her2Regions = her2RegionIds.map((id) => ({
  id,
  label: yaml.regions[id]?.label ?? `(no label for ${id})`,
}));

const text = {
  title: 'HER2 receptor',
  description: 'Four subdomains outside the cell.',
};

describe('Her2StructureDiagram', () => {
  it('has six regions in order from outside to inside the cell, each with its words', () => {
    expect(v.safeParse(DiagramWordsSchema, yaml).success).toBe(true);
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

  it('rejects diagram words that leave a region out, naming it', () => {
    const { kinase: _dropped, ...five } = yaml.regions;
    const result = v.safeParse(DiagramWordsSchema, { ...yaml, regions: five });
    expect(result.success).toBe(false);
    expect(result.issues?.map((issue) => v.getDotPath(issue))).toEqual(['regions.kinase']);
  });
});
