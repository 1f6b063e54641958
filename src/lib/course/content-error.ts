// One error type for every content mistake, so an author always sees file, field and reason
// (the course author edits lessons/ without touching code; docs/users.md).

export interface ContentProblem {
  /** Path relative to the project root, e.g. `lessons/handout.svx`. */
  file: string;
  /** Dotted path of the offending field, e.g. `objectives` or `items[3].options[1].rationale`. */
  field: string;
  reason: string;
  /** 1-based line in the file, when the problem sits on one line of a lesson body. */
  line?: number;
}

/** `file:line: field: reason`, the form editors and terminals link to the line. */
export function formatProblem(p: ContentProblem): string {
  return `${p.file}${p.line === undefined ? '' : `:${p.line}`}: ${p.field}: ${p.reason}`;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(
      `Course content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'ContentError';
    this.problems = problems;
    // The author needs the list, not a Node stack trace through the build tool.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Collects problems across files so one build reports all of them, not just the first. */
export class ProblemList {
  readonly items: ContentProblem[] = [];

  add(file: string, field: string, reason: string, line?: number): void {
    this.items.push(line === undefined ? { file, field, reason } : { file, field, reason, line });
  }

  throwIfAny(): void {
    if (this.items.length > 0) throw new ContentError(this.items);
  }
}
