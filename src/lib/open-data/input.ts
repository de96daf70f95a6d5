import type { EntryData, GlossaryTermData, SourceData, ThemeData } from '../../schemas/index.ts';

/** What the open-data files are made from: the collections with references as plain ids. */
export interface OpenDataInput {
  sources: (SourceData & { id: string })[];
  entries: (EntryData & { id: string })[];
  themes: (ThemeData & { id: string })[];
  glossary: GlossaryTermData[];
}

/**
 * Seed lines of an item, where the content gives them (`lines: [first, last]`). Read loosely,
 * because actions, principles and targets gain the field in a later version of the schemas.
 */
export function linesOf(item: object): [number, number] | undefined {
  const lines = (item as { lines?: unknown }).lines;
  return Array.isArray(lines) && lines.length === 2 && lines.every((line) => Number.isInteger(line)) ? [lines[0], lines[1]] : undefined;
}

/** A goal statement as text and seed lines, whether the content gives a string or `{ text, lines }`. */
export function goalOf(goal: unknown): { text: string; lines?: [number, number] } {
  if (typeof goal === 'string') return { text: goal };
  const { text } = goal as { text: string };
  const lines = linesOf(goal as object);
  return lines ? { text, lines } : { text };
}
