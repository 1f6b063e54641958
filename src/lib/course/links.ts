// In-app links. The course uses the hash router so it runs from any folder an LMS chooses and from
// file://; every link is written `#/…` through this one helper (docs/build-notes.md §1: resolve() drops the
// trailing slash at a sub-path).
import type { TrackId } from './schemas';

export function href(path: string): string {
  return `#${path.startsWith('/') ? path : `/${path}`}`;
}

export function lessonHref(track: TrackId, slug: string): string {
  return href(`/${track}/${slug}`);
}
