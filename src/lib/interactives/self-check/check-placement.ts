// Where a self-check stands: every patient lesson embeds exactly one <Drill name="self-check" />, and
// no lesson of another track embeds one (nursing students are assessed by the quizzes). Build time.
import type { ProblemList } from '../../course/content-error.ts';

/** The track whose lessons each end their teaching with a self-check. */
export const selfCheckTrack = 'patient';
const element = '<Drill name="self-check">';

/** `embeds`: the elements `file` (a lesson of `track`) embeds, with their lines. */
export function checkSelfCheckPlacement(
  file: string,
  track: string,
  embeds: readonly { tag: string; name: string; line: number }[],
  problems: ProblemList,
): void {
  const uses = embeds.filter((embed) => embed.tag === 'Drill' && embed.name === 'self-check');
  if (track !== selfCheckTrack) {
    for (const use of uses)
      problems.add(
        file,
        element,
        `a self-check belongs in a ${selfCheckTrack} lesson; the ${track} track is assessed by its quizzes`,
        use.line,
      );
    return;
  }
  if (uses.length === 0)
    problems.add(
      file,
      '(body)',
      'every patient lesson has a self-check: add <Drill name="self-check" /> under its own "##" heading, with self-check.yaml beside the lesson',
    );
  for (const use of uses.slice(1))
    problems.add(file, element, 'a lesson has one self-check: remove this second one', use.line);
}
