// In-app links. The course uses the hash router so it runs from any folder an LMS chooses and from
// file://; every link is written `#/…` through this one helper (docs/build-notes.md §1: resolve() drops the
// trailing slash at a sub-path). A translated page links within its language (language-paths.ts).
import { inLanguage } from './language-paths';
import type { TrackId } from './schemas';
import type { PageLanguage } from './translations';

export function href(path: string, language: PageLanguage = 'en'): string {
  const absolute = path.startsWith('/') ? path : `/${path}`;
  return `#${inLanguage(absolute, language)}`;
}

export function lessonHref(track: TrackId, slug: string, language: PageLanguage = 'en'): string {
  return href(`/${track}/${slug}`, language);
}
