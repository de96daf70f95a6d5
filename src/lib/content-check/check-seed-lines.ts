import { normalizeSpace, readLogicalLines, stripBullet } from '../importer/lines.ts';
import type { EntryData, LineRange } from '../../schemas/index.ts';
import type { Problem } from './problem.ts';
import type { LocatedYaml } from './read-files.ts';

/** An item of an entry that records the seed lines it stands on. */
export interface LinedItem {
  /** Path of the item in the frontmatter, e.g. `['actions', 2]`. */
  path: readonly PropertyKey[];
  text: string;
  lines: LineRange;
}

/** Every goal, action, principle and target of an entry that records its seed lines. */
export function linedItems(data: EntryData): LinedItem[] {
  const items: LinedItem[] = [];
  data.goal.forEach((goal, index) => goal.lines && items.push({ path: ['goal', index], text: goal.text, lines: goal.lines }));
  for (const list of ['actions', 'principles', 'targets'] as const) {
    data[list].forEach((item, index) => item.lines && items.push({ path: [list, index], text: item.text, lines: item.lines }));
  }
  return items;
}

/** A seed file read once: its physical lines, for looking up the text of any range. */
export interface SeedFile {
  name: string;
  physical: string[];
}

export function readSeedFile(name: string, raw: string): SeedFile {
  return { name, physical: raw.replace(/^\uFEFF/u, '').split(/\r?\n/u) };
}

/**
 * The text of lines `first`–`last` as a reader reads it: PDF line breaks and hyphenation joined the
 * way the importer joins them, bullets left out.
 */
export function textOfLines(seed: SeedFile, [first, last]: LineRange): string {
  const logical = readLogicalLines(seed.physical.slice(first - 1, last).join('\n'));
  return normalizeSpace(logical.map((line) => stripBullet(line.text) ?? line.text).join(' '));
}

/** Where in the seed a text stands, as line ranges of its logical lines (for the error message). */
function whereItStands(seed: SeedFile, text: string): LineRange[] {
  const wanted = normalizeSpace(text);
  return readLogicalLines(seed.physical.join('\n'))
    .filter((line) => normalizeSpace(stripBullet(line.text) ?? line.text).includes(wanted))
    .map((line): LineRange => [line.first, line.last]);
}

const describe = ([first, last]: LineRange) => (first === last ? `line ${first}` : `lines ${first}–${last}`);

/**
 * Checks that the seed lines each item records hold the item's text, so that "Se i kilden" lands
 * on the right line. Items without `lines` (written by editors) are not checked here.
 */
export function seedLineProblems(file: string, yaml: LocatedYaml, data: EntryData, seed: SeedFile): Problem[] {
  const problems: Problem[] = [];
  for (const item of linedItems(data)) {
    const path = [...item.path, 'lines'];
    const field = path.join('.');
    const line = yaml.lineOf(path);
    const [, last] = item.lines;
    if (last > seed.physical.length) {
      problems.push({ file, line, field, message: `line ${last} is past the end of ${seed.name} (expected lines 1–${seed.physical.length})` });
      continue;
    }
    if (textOfLines(seed, item.lines).includes(normalizeSpace(item.text))) continue;
    const found = whereItStands(seed, item.text);
    const expected = found.length > 0 ? `expected ${found.map(describe).join(' or ')}, where the text stands` : 'expected the lines where the text stands in the seed';
    problems.push({ file, line, field, message: `${describe(item.lines)} of ${seed.name} do not hold this item's text (${expected})` });
  }
  return problems;
}
