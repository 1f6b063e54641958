// Vite plugin that groups the browser build's modules into fewer, larger files. Inside an LMS every
// file of the package is served through the LMS's own scripts (Moodle's pluginfile.php), so each
// request costs far more than its bytes; docs/build-notes.md §6 has the figures. Three groups:
//  - shell: everything the course home needs (SvelteKit's client, Svelte, the layout, the progress
//    model and the outline), in one script and one stylesheet;
//  - reference texts: the text of every cited reference, which lessons and quizzes both print, in a
//    file of its own so a quiz does not load the lesson group for it;
//  - lesson: what every lesson page adds (the page, its reference list, the glossary, teach-back, and
//    the patient self-check: a file of its own would be one more request on a patient lesson).
// Everything else (each lesson body, scene, drill, the quiz engine and banks) stays split by route.
import type { Plugin } from 'vite';

type Matcher = RegExp;

const shellRoots: Matcher[] = [
  /\.svelte-kit\/generated\/client-optimized\/nodes\/[012]\.js$/, // root layout, root error, home
  /\.svelte-kit\/generated\/client-optimized\/app\.js$/,
  /\.svelte-kit\/generated\/root\.(svelte|js)$/,
  /@sveltejs\/kit\/src\/runtime\/client\/entry\.js$/,
  // Small modules most routes share: cheaper in the shell than as one more request per route.
  /@sveltejs\/kit\/src\/exports\/index\.js$/,
  /svelte\/src\/internal\/flags\//,
  /src\/lib\/(random|words)\//,
];

const referenceRoots: Matcher[] = [/virtual:reference-texts$/];

const lessonRoots: Matcher[] = [
  /src\/routes\/\[\[lang=lang\]\]\/\[track=track\]\/\[slug\]\/\+page\.(svelte|ts)$/,
  /src\/lib\/course\/LessonReferences\.svelte$/,
  /virtual:glossary$/,
  /src\/lib\/(glossary|teach-back|interactives\/self-check)\//,
  /svelte\/src\/reactivity\//,
];

const matches = (roots: Matcher[]) => (id: string) => roots.some((root) => root.test(id));

/** Groups the browser build (not the server build, nor the single-file build, which has one file). */
export function chunkGroups(): Plugin {
  let browserBuild = false;
  return {
    name: 'herceptin-chunk-groups',
    apply: 'build',
    configResolved(config) {
      browserBuild = !config.build.ssr && process.env.COURSE_BUNDLE !== 'inline';
    },
    outputOptions(options) {
      if (!browserBuild) return options;
      return {
        ...options,
        codeSplitting: {
          groups: [
            // A module both need goes to the shell (higher priority), which every route has already loaded;
            // the reference texts go to their own file before the lesson group takes them in with its
            // modules' imports.
            { name: 'shell', priority: 3, test: matches(shellRoots) },
            { name: 'reference-texts', priority: 2, test: matches(referenceRoots) },
            { name: 'lesson', priority: 1, test: matches(lessonRoots) },
          ],
        },
      };
    },
  };
}
