// Finds every `references: [...]` list in a parsed data file, with its dotted field path, so the loader
// can check each key against lessons/references.yaml (every clinical statement must resolve to a source).

export interface ReferenceUse {
  field: string;
  key: string;
}

export function referenceUses(value: unknown, path = ''): ReferenceUse[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => referenceUses(item, `${path}[${index}]`));
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([name, child]) => {
    const field = path ? `${path}.${name}` : name;
    if (name === 'references' && Array.isArray(child)) {
      return child.map((key, index) => ({ field: `${field}[${index}]`, key: String(key) }));
    }
    return referenceUses(child, field);
  });
}
