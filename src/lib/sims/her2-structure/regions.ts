// The regions of one HER2 receptor, outside the cell to inside: shared by the structure diagram and the
// quiz engine's keyboard/screen-reader equivalent of the hotspot item. Structure: four extracellular
// subdomains, subdomain IV juxtamembrane, one transmembrane segment, a tyrosine kinase inside the cell
// (fact base §1.1, §1.4; R20, R21).

export type Her2RegionId = 'domain-i' | 'domain-ii' | 'domain-iii' | 'domain-iv' | 'transmembrane' | 'kinase';

export interface Her2Region {
  id: Her2RegionId;
  /** Short name, shown next to the shape and on the radio button. */
  label: string;
  /** Where the region sits; spoken after the label, never names a drug (it would give a quiz away). */
  detail: string;
}

export const her2Regions: readonly Her2Region[] = [
  {
    id: 'domain-i',
    label: 'Subdomain I',
    detail: 'outermost part, outside the cell',
  },
  { id: 'domain-ii', label: 'Subdomain II', detail: 'outside the cell' },
  { id: 'domain-iii', label: 'Subdomain III', detail: 'outside the cell' },
  {
    id: 'domain-iv',
    label: 'Subdomain IV',
    detail: 'outside the cell, next to the membrane (juxtamembrane)',
  },
  {
    id: 'transmembrane',
    label: 'Transmembrane segment',
    detail: 'crosses the cell membrane',
  },
  { id: 'kinase', label: 'Tyrosine kinase domain', detail: 'inside the cell' },
];

export function her2RegionLabel(id: string): string | undefined {
  return her2Regions.find((region) => region.id === id)?.label;
}
