// Build-time checks of the look-alike data beyond its schema: unique ids, and every cue's answer names
// one of the listed products.
import type { ProblemList } from '../../course/content-error.ts';
import type { LookAlikes } from './schema.ts';

function checkUnique(ids: string[], list: string, file: string, problems: ProblemList): void {
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index) problems.add(file, `${list}[${index}].id`, `id "${id}" is used twice`);
  });
}

export function checkLookAlikeData(data: LookAlikes, file: string, problems: ProblemList): void {
  const productIds = data.products.map((product) => product.id);
  checkUnique(productIds, 'products', file, problems);
  checkUnique(
    data.cues.map((cue) => cue.id),
    'cues',
    file,
    problems,
  );
  data.cues.forEach((cue, index) => {
    if (!productIds.includes(cue.answer)) {
      problems.add(
        file,
        `cues[${index}].answer`,
        `"${cue.answer}" is not a product id; use one of: ${productIds.join(', ')}`,
      );
    }
  });
}
