// `npm run check` step: the item-writing figures of every quiz bank (src/lib/quiz/item-quality.ts),
// printed per bank like a linter's summary, failing with the bank, measure and reason past a limit.
import { loadContent } from '../src/lib/course/load-content.ts';
import { criticalItemIds, drawPool } from '../src/lib/quiz/draw-attempt.ts';
import {
  finalHigherOrder,
  measureBank,
  pct,
  QUALITY_LIMITS,
  qualityLine,
  qualityProblems,
} from '../src/lib/quiz/item-quality.ts';

const root = process.cwd();
const catalog = loadContent(root).quizzes;
const failures: string[] = [];
for (const bank of Object.values(catalog.banks)) {
  const quality = measureBank(bank);
  console.log(`Items ${qualityLine(quality)}`);
  for (const problem of qualityProblems(quality))
    failures.push(`lessons/quizzes/${problem.bank}.yaml: ${problem.measure}: ${problem.reason}`);
}
const final = catalog.quizzes.find((quiz) => quiz.isFinal);
if (final) {
  const byId = new Map(
    Object.values(catalog.banks).flatMap((bank) => bank.items.map((i) => [i.id, i] as const)),
  );
  const critical = criticalItemIds(final);
  const pools = final.draw.map((rule) => drawPool(rule, catalog.banks, critical));
  const { guaranteed, total } = finalHigherOrder(final, pools, byId);
  console.log(
    `Items ${final.id}: at least ${guaranteed} of ${total} items of every attempt at application or analysis`,
  );
  if (guaranteed / total < QUALITY_LIMITS.finalHigherOrderMin)
    failures.push(
      `lessons/quizzes/${final.id}.yaml: difficulty: the worst draw has only ${guaranteed} of ${total} items at application or analysis (${pct(guaranteed / total)}; at least ${pct(QUALITY_LIMITS.finalHigherOrderMin)})`,
    );
}
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
