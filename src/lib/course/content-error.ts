// One error type for every content mistake, so an author always sees file, field and reason
// (Dr. Lee edits lessons/ without touching code; USERS.md).

export interface ContentProblem {
  /** Path relative to the project root, e.g. `lessons/01-her2-biology/nursing.svx`. */
  file: string;
  /** Dotted path of the offending field, e.g. `objectives` or `items[3].options[1].rationale`. */
  field: string;
  reason: string;
}

export class ContentError extends Error {
  readonly problems: ContentProblem[];

  constructor(problems: ContentProblem[]) {
    super(
      `Course content has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems.map((p) => `  ${p.file}: ${p.field}: ${p.reason}`).join('\n'),
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

  add(file: string, field: string, reason: string): void {
    this.items.push({ file, field, reason });
  }

  throwIfAny(): void {
    if (this.items.length > 0) throw new ContentError(this.items);
  }
}
