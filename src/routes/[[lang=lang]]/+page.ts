// Course home data: English at the root; a translation's home (`#/es`) shows its patient track.
import { translationFor } from '$lib/course/translation-outline';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => translationFor(params.lang);
