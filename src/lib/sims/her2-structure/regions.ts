// The regions of one HER2 receptor, outside the cell to inside: the ids the structure diagram draws and
// the hotspot item's answers name. Their words (labels, where each sits) are content, in the diagram's
// YAML in lessons/ (see diagram-words.ts).

export const her2RegionIds = [
  'domain-i',
  'domain-ii',
  'domain-iii',
  'domain-iv',
  'transmembrane',
  'kinase',
] as const;

export type Her2RegionId = (typeof her2RegionIds)[number];
