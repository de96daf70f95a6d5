/** One thing wrong in the content, located for the editor who has to fix it. */
export interface Problem {
  /** Path from the project root, e.g. `content/entries/luk-2011/finnmark.mdx`. */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** The field, as a dotted path (`actions.2.themes.0`), or `(file)` / `(frontmatter)` / `(body)`. */
  field: string;
  /** What is wrong and, in parentheses, what is expected. */
  message: string;
}

/** `content/<path>:<line>: <field>: <what is wrong> (expected …)` */
export function formatProblem(problem: Problem): string {
  return `${problem.file}:${problem.line}: ${problem.field}: ${problem.message}`;
}

/** Sorts problems by file and line, so an editor can work down the list. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.field.localeCompare(b.field));
}
