// Reads a built course folder into memory: every file, keyed by its POSIX path from the folder root.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function readBuildFolder(dir: string): Map<string, Uint8Array> {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new Error(`no build folder at ${dir}`);
  const files = new Map<string, Uint8Array>();
  const walk = (folder: string, prefix: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      const relative = prefix ? `${prefix}/${name}` : name;
      if (statSync(path).isDirectory()) walk(path, relative);
      else files.set(relative, new Uint8Array(readFileSync(path)));
    }
  };
  walk(dir, '');
  return files;
}
