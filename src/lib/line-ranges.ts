import type { LineRange } from '../schemas/index.ts';
import { lineAnchor } from './paths.ts';

type Lined = { lines?: LineRange | undefined };

/** Every range of seed lines an entry links to: its whole text and each item that records its lines. */
export function rangesOfEntry(data: { provenance?: { lines: LineRange } | undefined; goal: Lined[]; actions: Lined[]; principles: Lined[]; targets: Lined[] }): LineRange[] {
  const ranges: LineRange[] = [];
  if (data.provenance) ranges.push(data.provenance.lines);
  for (const item of [...data.goal, ...data.actions, ...data.principles, ...data.targets]) if (item.lines) ranges.push(item.lines);
  return ranges;
}

/** The distinct ranges of more than one line, in order (single lines are marked by their own anchor). */
export function multiLineRanges(ranges: readonly LineRange[]): LineRange[] {
  const seen = new Map<string, LineRange>();
  for (const range of ranges) if (range[0] < range[1]) seen.set(lineAnchor(range), range);
  return [...seen.values()].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
}

/**
 * The stylesheet that marks a range of lines when a link to it is followed: each range has an
 * anchor in its first line, and `:has(:target)` marks the lines from first to last. The line
 * list holds one `li` per seed line, so the n-th child is line n. No script, no inline style.
 */
export function rangeStylesheet(ranges: readonly LineRange[], listClass = 'seed-lines'): string {
  return multiLineRanges(ranges)
    .map(([first, last]) => `.${listClass}:has(#${lineAnchor([first, last])}:target)>li:nth-child(n+${first}):nth-child(-n+${last}){background:var(--mark);box-shadow:inset 4px 0 var(--text)}`)
    .join('\n');
}

/** Ranges that start on each line, for placing their anchors. */
export function rangesStartingAt(ranges: readonly LineRange[]): Map<number, LineRange[]> {
  const byLine = new Map<number, LineRange[]>();
  for (const range of multiLineRanges(ranges)) byLine.set(range[0], [...(byLine.get(range[0]) ?? []), range]);
  return byLine;
}
