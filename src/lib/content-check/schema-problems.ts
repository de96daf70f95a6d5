import type { z } from 'astro/zod';
import type { Problem } from './problem.ts';
import type { LocatedYaml } from './read-files.ts';

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  if (typeof value === 'string') return value.trim() === '' ? 'empty text' : `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${value.length}`;
  if (typeof value === 'object') return 'a group of fields';
  return `${typeof value} ${String(value)}`;
}

/** Plain words for the kinds of value a schema asks for. */
const KINDS: Record<string, string> = {
  array: 'expected a list: one "- item" per line, or [a, b]',
  string: 'expected a piece of text',
  number: 'expected a number',
  int: 'expected a whole number',
  boolean: 'expected true or false',
  object: 'expected a group of indented fields',
};

/** Turns "expected …" messages into "<what was found> (expected …)". */
function explain(issue: z.core.$ZodIssue): string {
  let message = issue.message.trim();
  if (issue.code === 'unrecognized_keys') return 'this field is not known (expected only the documented fields; check the spelling)';
  // The library's own wording ("Invalid input: expected array, received string") becomes plain words.
  if (issue.code === 'invalid_type' && /^Invalid input/u.test(message)) message = KINDS[issue.expected] ?? `expected ${issue.expected}`;
  if (!/^expected\b/iu.test(message)) return message;
  const found = describe((issue as { input?: unknown }).input);
  return `${found === 'missing' ? 'missing' : `found ${found}`} (${message})`;
}

/** Validates `yaml.data` with `schema` and locates every issue at its line in `file`. */
export function schemaProblems(schema: z.ZodType, yaml: LocatedYaml, file: string): { data: unknown; problems: Problem[] } {
  const result = schema.safeParse(yaml.data, { reportInput: true });
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.flatMap((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [undefined];
    return keys.map((key) => {
      const path = key === undefined ? issue.path : [...issue.path, key];
      return { file, line: yaml.lineOf(path), field: path.length > 0 ? path.join('.') : '(frontmatter)', message: explain(issue) };
    });
  });
  return { data: undefined, problems };
}
