// Build-time checks of the dosing data beyond its schema: regimen ids are unique, so a seed always
// reproduces the same case and feedback can name the other schedule.
import type { ProblemList } from '../../course/content-error.ts';
import type { Dosing } from './schema.ts';

export function checkDosingData(data: Dosing, file: string, problems: ProblemList): void {
  const ids = data.regimens.map((regimen) => regimen.id);
  ids.forEach((id, index) => {
    if (ids.indexOf(id) !== index)
      problems.add(file, `regimens[${index}].id`, `regimen id "${id}" is used twice`);
  });
}
