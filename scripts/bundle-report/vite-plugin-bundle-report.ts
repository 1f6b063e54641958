// Vite plugin that writes, for the browser build, which source modules each output file carries and
// which files it imports, statically or on demand. The size budgets and `npm run bench` read it to
// say what a route's first load contains and to measure each scene's own code.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import type { Plugin } from 'vite';

export interface BundleReportModule {
  /** Source path relative to the project root (node_modules paths keep their package folder). */
  id: string;
  /** Bytes of the module's code in the file, before minification. */
  renderedLength: number;
}

export interface BundleReportFile {
  /** Output path relative to the build folder, e.g. `_app/immutable/chunks/Ab12.js`. */
  file: string;
  /** Set for entry files and for files loaded on demand (`import()`), with the module that starts them. */
  entry: string | null;
  imports: string[];
  dynamicImports: string[];
  css: string[];
  modules: BundleReportModule[];
}

export interface BundleReport {
  files: BundleReportFile[];
}

function projectPath(root: string, id: string): string {
  const clean = id.replace(/^\0/, '').split('?')[0] ?? id;
  return clean.startsWith('/') ? relative(root, clean) : clean;
}

/** Writes the report of the browser (not the server) build to `file`. */
export function bundleReport(file: string): Plugin {
  let root = process.cwd();
  let browserBuild = false;
  return {
    name: 'herceptin-bundle-report',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      browserBuild = !config.build.ssr;
    },
    generateBundle(_options, bundle) {
      if (!browserBuild) return;
      const files: BundleReportFile[] = [];
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue;
        const facade = output.facadeModuleId;
        files.push({
          file: output.fileName,
          entry: output.isEntry || output.isDynamicEntry ? (facade ? projectPath(root, facade) : null) : null,
          imports: [...output.imports],
          dynamicImports: [...output.dynamicImports],
          css: [...(output.viteMetadata?.importedCss ?? [])],
          modules: Object.entries(output.modules)
            .map(([id, info]) => ({ id: projectPath(root, id), renderedLength: info.renderedLength }))
            .filter((module) => module.renderedLength > 0)
            .sort((a, b) => b.renderedLength - a.renderedLength),
        });
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify({ files } satisfies BundleReport, null, 1)}\n`);
    },
  };
}
