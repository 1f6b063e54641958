// Route matcher: only the course's two tracks are valid first path segments for lessons.
import type { ParamMatcher } from '@sveltejs/kit';

export const match = ((param: string): param is 'nursing' | 'patient' =>
  param === 'nursing' || param === 'patient') satisfies ParamMatcher;
