// Every runtime dependency in package.json is imported by the course or its build scripts: a package
// nothing imports is removed rather than shipped and audited for nothing.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(ts|js|svelte)$/.test(entry.name))
    .map((entry) => readFileSync(join(entry.parentPath, entry.name), 'utf8'));
}

const code = [...sources('src'), ...sources('scripts')];
const imports = (name: string) =>
  code.some((text) => new RegExp(`(?:from|import)\\s*\\(?\\s*['"]${name}(?:/[^'"]*)?['"]`).test(text));

describe('dependencies', () => {
  it('lists only packages the course or its build imports', () => {
    const unused = Object.keys(manifest.dependencies).filter((name) => !imports(name));
    expect(unused).toEqual([]);
  });

  it('keeps type packages only for libraries that are still installed', () => {
    const all = { ...manifest.dependencies, ...manifest.devDependencies };
    const orphans = Object.keys(all)
      .filter((name) => name.startsWith('@types/') && name !== '@types/node')
      .filter((name) => !(name.slice('@types/'.length) in all));
    expect(orphans).toEqual([]);
  });
});
