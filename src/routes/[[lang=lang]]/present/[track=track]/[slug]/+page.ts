// Presenter view loads exactly what the lesson page loads.
export { load } from '../../../[track=track]/[slug]/+page';
