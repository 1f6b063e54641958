// Vite plugin that makes lessons/ part of the build: validates all content when the build starts
// (a malformed file fails the build with file, field and reason), serves the outline as the
// eager module `virtual:course`, and renders citations in lesson bodies, which stay lazy.
import { relative, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { renderCitations } from './citations';
import { loadContent, type CourseContent } from './load-content';

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
      if (!path.endsWith('.svx') || relative(lessonsDir, path).startsWith('..')) return undefined;
      return { code: renderCitations(code, current().references), map: null };
    },
    handleHotUpdate({ file, server }) {
      if (relative(lessonsDir, file).startsWith('..')) return;
      content = undefined;
      const module = server.moduleGraph.getModuleById(resolvedId);
      if (module) server.moduleGraph.invalidateModule(module);
    },
  };
}
