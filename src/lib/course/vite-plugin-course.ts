// Vite plugin that makes lessons/ part of the build: validates all content when the build starts
// (a malformed file fails the build with file, field and reason), serves the outline as the
// eager module `virtual:course`, renders citations in lesson bodies (which stay lazy), and lets
// lessons and components import YAML data files kept under lessons/ (clinical data stays content).
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { parse } from 'yaml';
import { renderCitations } from './citations.ts';
import { loadContent, type CourseContent } from './load-content.ts';

const publicId = 'virtual:course';
const resolvedId = '\0virtual:course';

export function coursePlugin(root = process.cwd()): Plugin {
  const lessonsDir = resolve(root, 'lessons');
  let content: CourseContent | undefined;
  const current = () => (content ??= loadContent(root));

  return {
    name: 'herceptin-course-content',
    enforce: 'pre',
    buildStart() {
      content = undefined;
      current();
      this.addWatchFile(lessonsDir);
    },
    resolveId(id) {
      return id === publicId ? resolvedId : undefined;
    },
    load(id) {
      if (id !== resolvedId) return undefined;
      return `export default ${JSON.stringify(current())};`;
    },
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      if (relative(lessonsDir, path).startsWith('..')) return undefined;
      if (path.endsWith('.yaml')) return { code: `export default ${JSON.stringify(parse(code))};`, map: null };
      if (path.endsWith('.svx')) return { code: renderCitations(code, current().references), map: null };
      return undefined;
    },
    handleHotUpdate({ file, server }) {
      if (relative(lessonsDir, file).startsWith('..')) return;
      content = undefined;
      const module = server.moduleGraph.getModuleById(resolvedId);
      if (module) server.moduleGraph.invalidateModule(module);
    },
  };
}
