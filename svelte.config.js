// SvelteKit configuration: one static build that runs at any path (LMS sub-folders, iframes, file://).
import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { mdsvex } from 'mdsvex';

// COURSE_BUNDLE=inline builds the offline single-file course (runs from file://, docs/build-notes.md §2).
const bundleStrategy = process.env.COURSE_BUNDLE === 'inline' ? 'inline' : 'split';
const buildDir = process.env.COURSE_BUILD_DIR ?? 'build';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  extensions: ['.svelte', '.svx'],
  preprocess: [vitePreprocess(), mdsvex({ extensions: ['.svx'], layoutPropForwarding: 'runes' })],
  compilerOptions: {
    // Runes for the project's own files; mdsvex output and dependencies keep their own mode.
    runes: ({ filename }) =>
      filename.split(/[/\\]/).includes('node_modules') || filename.endsWith('.svx') ? undefined : true,
  },
  vitePlugin: {
    // The scenes and the HER2 diagram carry their component styles in their scripts: one request
    // fewer per scene for a lesson or a quiz that shows one, where an LMS serves each file slowly
    // (docs/build-notes.md §6). The CSP allows the inline styles (style-src 'unsafe-inline').
    dynamicCompileOptions: ({ filename }) =>
      filename.split(/[/\\]/).join('/').includes('/src/lib/sims/') ? { css: 'injected' } : undefined,
  },
  onwarn: (warning, handler) => {
    // mdsvex still emits <script context="module"> (docs/build-notes.md §3); that warning alone is expected.
    if (warning.code === 'script_context_deprecated') return;
    handler(warning);
  },
  kit: {
    adapter: adapter({ pages: buildDir, assets: buildDir, fallback: 'index.html', strict: true }),
    outDir: process.env.COURSE_KIT_DIR ?? '.svelte-kit',
    // An LMS serves the package from a deep, unknown folder: every URL must be relative,
    // and routing must live in the hash so a reload never asks the server for a route.
    paths: { relative: true },
    router: { type: 'hash' },
    output: { bundleStrategy },
    alias: { $lessons: 'lessons' },
    csp: {
      mode: 'hash',
      directives: {
        'default-src': ['self'],
        'script-src': ['self'],
        // Svelte transitions and d3 set inline styles.
        'style-src': ['self', 'unsafe-inline'],
        'img-src': ['self', 'data:', 'blob:'],
        'font-src': ['self', 'data:'],
        'connect-src': ['self'],
        'object-src': ['none'],
        'base-uri': ['self'],
        'form-action': ['self'],
      },
    },
  },
};

export default config;
