import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSeed } from '../importer/import-seeds.ts';
import type { DraftEntry } from '../importer/types.ts';
import { MANIFEST_NAME } from '../importer/write-files.ts';
import type { Problem } from './problem.ts';
import type { LocatedYaml } from './read-files.ts';

/** The lists of an entry whose items the importer takes from the seed. */
const LISTS = ['goal', 'actions', 'principles', 'targets'] as const;
type List = (typeof LISTS)[number];
const SINGULAR: Record<List, string> = { goal: 'goal', actions: 'action', principles: 'principle', targets: 'target' };

/** An entry file as the content check read it; `raw` is its frontmatter before the schema. */
export interface CheckedEntry {
  /** `<source>/<slug>` */
  id: string;
  file: string;
  yaml: LocatedYaml;
}

/** A source whose entries are checked against the importer's parse of its seed. */
export interface CheckedSource {
  id: string;
  seed: string;
}

/** An item of the seed as the importer found it: which entry it belongs to and where it stands. */
interface SeedItem {
  slug: string;
  list: List;
  index: number;
  text: string;
  first: number;
  last: number;
}

/** An item of a content file that records seed lines. */
interface ClaimingItem {
  entry: CheckedEntry;
  slug: string;
  list: List;
  index: number;
  first: number;
  last: number;
}

const rangeKey = (first: number, last: number) => `${first}-${last}`;
const describeLines = (first: number, last: number) => (first === last ? `line ${first}` : `lines ${first}–${last}`);
/** "line 32 belongs" but "lines 30–32 belong". */
const agree = (first: number, last: number, one: string, many: string) => (first === last ? one : many);
const shorten = (text: string) => (text.length > 60 ? `${text.slice(0, 57)}…` : text);

/** Items with `lines: [first, last]` in an entry's frontmatter, read from the YAML as written (before the schema). */
function claimingItems(entry: CheckedEntry): ClaimingItem[] {
  const record = (entry.yaml.data ?? {}) as Record<string, unknown>;
  const slug = entry.id.split('/').slice(1).join('/');
  const found: ClaimingItem[] = [];
  for (const list of LISTS) {
    const items = Array.isArray(record[list]) ? (record[list] as unknown[]) : [];
    items.forEach((item, index) => {
      const lines = (item as Record<string, unknown> | null)?.['lines'];
      if (Array.isArray(lines) && lines.length === 2 && lines.every((line) => Number.isInteger(line))) {
        found.push({ entry, slug, list, index, first: lines[0] as number, last: lines[1] as number });
      }
    });
  }
  return found;
}

/** Every goal, action, principle and target the importer finds in a seed, by the entry it puts them in. */
function seedItems(entries: DraftEntry[]): SeedItem[] {
  return entries.flatMap((entry) =>
    LISTS.flatMap((list) =>
      (entry[list] as { text: string; lines?: [number, number] }[]).flatMap((item, index) =>
        item.lines ? [{ slug: entry.slug, list, index, text: item.text, first: item.lines[0], last: item.lines[1] }] : [],
      ),
    ),
  );
}

function readManifest(contentPath: string): Set<string> {
  const path = join(contentPath, MANIFEST_NAME);
  if (!existsSync(path)) return new Set();
  try {
    return new Set(Object.keys(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>));
  } catch {
    return new Set();
  }
}

/**
 * Holds every item that records seed lines to its place in the seed: the importer's parse of the
 * seed says which entry each goal, action, principle and target belongs to, so an item moved to
 * another entry, copied, or placed in an entry whose part of the seed does not hold it fails even
 * where the same words stand elsewhere in the seed; and an item the importer wrote (the import
 * manifest lists its file) that is no longer there fails too. Items without `lines` are an editor's
 * and are not checked here.
 */
export function seedAttributionProblems(options: {
  contentPath: string;
  seedsPath: string;
  sources: readonly CheckedSource[];
  /** Entry files that were read (valid or not). */
  entries: readonly CheckedEntry[];
  /** Entry ids (`<source>/<slug>`) whose file exists, readable or not. */
  entryFiles: ReadonlySet<string>;
  /** The editor's path of a file under content/. */
  label: (relative: string) => string;
}): Problem[] {
  const { contentPath, seedsPath, sources, entries, entryFiles, label } = options;
  const problems: Problem[] = [];
  const imported = readManifest(contentPath);
  const parses = new Map<string, ReturnType<typeof parseSeed> | undefined>();

  for (const source of sources) {
    if (!parses.has(source.seed)) {
      const path = join(seedsPath, source.seed);
      let parsed: ReturnType<typeof parseSeed> | undefined;
      try {
        parsed = existsSync(path) ? parseSeed(readFileSync(path, 'utf8'), source.seed) : undefined;
      } catch {
        parsed = undefined; // a seed no parser reads: nothing was imported from it to hold items to
      }
      parses.set(source.seed, parsed);
    }
    const parsed = parses.get(source.seed);
    // Only the source the importer writes from this seed has parts of it to hold items to.
    if (!parsed || parsed.id !== source.id) continue;

    const fileOf = (slug: string) => label(`entries/${source.id}/${slug}.mdx`);
    const items = seedItems(parsed.entries);
    const owner = new Map(items.map((item) => [rangeKey(item.first, item.last), item]));
    const spans = new Map(parsed.entries.map((entry) => [entry.slug, entry.lines]));
    // Which entry's item covers a line: a line of one entry's item is never part of another entry.
    const itemAt = (line: number) => items.find((item) => item.first <= line && line <= item.last);
    const claimed = new Map<string, { file: string; field: string }>();

    // The copy in the entry the seed gives the item to is the original; any other is misplaced or a copy.
    const rank = (item: ClaimingItem) => {
      const seedItem = owner.get(rangeKey(item.first, item.last));
      return seedItem && seedItem.slug === item.slug ? (seedItem.list === item.list ? 0 : 1) : 2;
    };
    const claiming = entries
      .filter((candidate) => candidate.id.startsWith(`${source.id}/`))
      .flatMap(claimingItems)
      .map((item, order) => ({ item, order }))
      .sort((a, b) => rank(a.item) - rank(b.item) || a.order - b.order)
      .map(({ item }) => item);

    for (const item of claiming) {
      const { entry } = item;
      const field = `${item.list}.${item.index}`;
      const line = entry.yaml.lineOf([item.list, item.index, 'lines']);
      const where = describeLines(item.first, item.last);
      const problem = (message: string) => problems.push({ file: entry.file, line, field, message });
      const key = rangeKey(item.first, item.last);
      const seedItem = owner.get(key);
      if (seedItem) {
        const earlier = claimed.get(key);
        if (!earlier) claimed.set(key, { file: entry.file, field });
        if (seedItem.slug !== item.slug) {
          problem(
            `${where} of ${source.seed} ${agree(item.first, item.last, 'belongs', 'belong')} to ${fileOf(seedItem.slug)} (its ${SINGULAR[seedItem.list]} ${seedItem.list}.${seedItem.index}), not to this entry; the same words may stand elsewhere in the seed, but not in this entry's part (expected the item ${earlier ? 'only' : 'back'} in ${fileOf(seedItem.slug)})`,
          );
        } else if (earlier) {
          problem(`this item copies ${where} of ${source.seed}, which ${earlier.file} already holds as ${earlier.field} (expected each item of the seed once)`);
        } else if (seedItem.list !== item.list) {
          problem(`${where} of ${source.seed} ${agree(item.first, item.last, 'is', 'are')} a ${SINGULAR[seedItem.list]} of this entry, not a ${SINGULAR[item.list]} (expected it under ${seedItem.list})`);
        }
        continue;
      }
      const span = spans.get(item.slug);
      const others = new Set<string>();
      for (let seedLine = item.first; seedLine <= item.last; seedLine++) {
        const covering = itemAt(seedLine);
        if (covering && covering.slug !== item.slug) others.add(covering.slug);
      }
      if (others.size > 0) {
        problem(`${where} of ${source.seed} ${agree(item.first, item.last, 'is', 'are')} part of ${[...others].map(fileOf).join(' and ')}, not of this entry (expected lines from this entry's part of the seed)`);
      } else if (!span) {
        problem(`this entry was not imported from ${source.seed}, so no part of the seed is its own (expected no lines on an item an editor adds)`);
      } else if (item.first < span[0] || item.last > span[1]) {
        problem(`${where} ${agree(item.first, item.last, 'lies', 'lie')} outside this entry's part of ${source.seed} (expected lines within ${span[0]}–${span[1]})`);
      }
    }

    // An item the importer wrote must still be there, in the entry it wrote it to.
    const missingFiles = new Set<string>();
    for (const item of items) {
      if (claimed.has(rangeKey(item.first, item.last))) continue;
      const relative = `entries/${source.id}/${item.slug}.mdx`;
      if (!imported.has(relative)) continue;
      const id = `${source.id}/${item.slug}`;
      const entry = entries.find((candidate) => candidate.id === id);
      const where = describeLines(item.first, item.last);
      if (entry) {
        problems.push({
          file: entry.file,
          line: entry.yaml.lineOf([item.list]),
          field: item.list,
          message: `the ${SINGULAR[item.list]} at ${where} of ${source.seed} ("${shorten(item.text)}") is missing from this entry (expected an item with lines: [${item.first}, ${item.last}]; imported items may be retagged, not deleted)`,
        });
      } else if (!entryFiles.has(id) && !missingFiles.has(id)) {
        missingFiles.add(id);
        const held = items.filter((other) => other.slug === item.slug).length;
        problems.push({
          file: fileOf(item.slug),
          line: 1,
          field: '(file)',
          message: `this imported entry is missing, and with it ${held} item(s) of ${source.seed} from ${where} on (expected the file back: imported items may be retagged, not deleted)`,
        });
      }
    }
  }
  return problems;
}
