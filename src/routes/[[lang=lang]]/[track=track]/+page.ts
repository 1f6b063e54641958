// Track home data: a translated track's lessons come from its language's outline (English: none).
import { translationFor } from '$lib/course/translation-outline';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ params }) => translationFor(params.lang, params.track);
