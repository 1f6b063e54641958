// Every page the built course can show: each route file under src/routes, with its parameters filled
// from the course outline (tracks, the lessons in each track) and the quiz catalog. A new route file
// or a new lesson is covered without editing a test; a route whose parameter this list cannot fill
// throws, so no page is left out silently.
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { ProblemList } from '../../src/lib/course/content-error';
import { loadContent } from '../../src/lib/course/load-content';
import { translatedTrack } from '../../src/lib/course/translations';
import { loadQuizzes } from '../../src/lib/quiz/load-quizzes';

export interface CourseRoute {
  /** The SvelteKit route id, e.g. `/[[lang=lang]]/[track=track]/[slug]`. */
  route: string;
  /** The path after `#`, e.g. `/patient/01-her2-biology`. */
  path: string;
}

const root = process.cwd();
const content = loadContent(root);
const catalog = loadQuizzes(root, content, new ProblemList());

function routeIds(dir = join(root, 'src', 'routes')): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return routeIds(path);
    if (entry.name !== '+page.svelte') return [];
    const id = relative(join(root, 'src', 'routes'), dir)
      .split(sep)
      .join('/');
    return [`/${id}`];
  });
}

/** The values one `[param]` segment takes, given the values already chosen to its left. */
function valuesOf(param: string, chosen: Record<string, string>, route: string): string[] {
  switch (param) {
    // The optional language segment: English (no segment) and each translation the course has.
    case '[lang=lang]':
      return ['', ...Object.keys(content.translations)];
    case 'track=track':
      // A translation has the patient track only.
      return chosen['[lang=lang]'] ? [translatedTrack] : content.course.tracks.map((track) => track.id);
    case 'slug': {
      const track = chosen['track=track'];
      if (!track) throw new Error(`${route}: [slug] without a track before it`);
      return content.lessons.filter((lesson) => lesson.tracks[track as 'nursing']).map((l) => l.slug);
    }
    case 'id':
      return catalog.quizzes.map((quiz) => quiz.id);
    default:
      throw new Error(
        `${route}: the route list cannot fill [${param}]; teach tests/support/course-routes.ts`,
      );
  }
}

function expand(route: string): CourseRoute[] {
  const segments = route.split('/').filter(Boolean);
  let paths: { parts: string[]; chosen: Record<string, string> }[] = [{ parts: [], chosen: {} }];
  for (const segment of segments) {
    const param = /^\[(.+)\]$/.exec(segment)?.[1];
    if (segment.startsWith('(')) continue; // a layout group adds nothing to the address
    paths = paths.flatMap(({ parts, chosen }) =>
      param
        ? valuesOf(param, chosen, route).map((value) => ({
            parts: value ? [...parts, value] : parts,
            chosen: { ...chosen, [param]: value },
          }))
        : [{ parts: [...parts, segment], chosen }],
    );
  }
  return paths.map(({ parts }) => ({ route, path: `/${parts.join('/')}` }));
}

/** Every page of the course, in a stable order. */
export const courseRoutes: CourseRoute[] = routeIds().sort().flatMap(expand);

export { catalog, content };
