// Build-time checks of a self-check beyond its schema: question ids and option ids are distinct, and
// each answer names one of its question's options.
import type { ProblemList } from '../../course/content-error.ts';
import type { SelfCheck } from './schema.ts';

export function checkSelfCheckData(data: SelfCheck, file: string, problems: ProblemList): void {
  const questionIds = data.questions.map((question) => question.id);
  data.questions.forEach((question, index) => {
    const field = `questions[${index}]`;
    if (questionIds.indexOf(question.id) !== index)
      problems.add(file, `${field}.id`, `question id "${question.id}" is used twice in this file`);
    const optionIds = question.options.map((option) => option.id);
    optionIds.forEach((id, i) => {
      if (optionIds.indexOf(id) !== i)
        problems.add(file, `${field}.options[${i}].id`, `option id "${id}" is used twice in this question`);
    });
    if (!optionIds.includes(question.answer))
      problems.add(
        file,
        `${field}.answer`,
        `"${question.answer}" is not an option id of this question; use one of: ${optionIds.join(', ')}`,
      );
  });
}
