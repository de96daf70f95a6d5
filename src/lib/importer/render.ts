import { Document, isPair, isScalar, isSeq, visit } from 'yaml';
import type { SourceData } from '../../schemas/index.ts';
import { findNames, PLACES, PROGRAMMES } from './gazetteer.ts';
import type { DraftEntry, ParsedSeed } from './types.ts';

const YAML_OPTIONS = { lineWidth: 0, flowCollectionPadding: false } as const;

/** All text of an entry that a place or programme could be named in. */
function entryText(entry: DraftEntry): string {
  return [
    entry.title,
    ...entry.goal.map((goal) => goal.text),
    entry.actionsHeading ?? '',
    ...entry.actions.map((item) => item.text),
    ...entry.targets.map((target) => target.text),
    ...entry.principles.map((item) => item.text),
    ...entry.passages.flatMap((passage) => passage.paragraphs),
  ].join('\n');
}

/**
 * The frontmatter of an imported entry, keys in the order an editor reads them. Actions get an
 * empty theme list and there is no summary: editors add both, and `npm run check` says where.
 */
export function renderEntry(parsed: ParsedSeed, entry: DraftEntry): string {
  const text = entryText(entry);
  const data: Record<string, unknown> = {
    title: entry.title,
    kind: entry.kind,
    source: parsed.id,
    order: entry.order,
    ...(entry.number === undefined ? {} : { number: entry.number }),
    language: parsed.source.language,
    country: parsed.source.country,
    organisation: entry.organisation,
    ...(entry.goal.length ? { goal: entry.goal } : {}),
    ...(entry.actionsHeading ? { actionsHeading: entry.actionsHeading } : {}),
    ...(entry.listIntro ? { listIntro: entry.listIntro } : {}),
    ...(entry.actions.length ? { actions: entry.actions.map((item) => ({ ...item, themes: [] })) } : {}),
    ...(entry.targets.length ? { targets: entry.targets.map(({ text, lines, ...rest }) => ({ text, lines, ...rest })) } : {}),
    ...(entry.principles.length ? { principles: entry.principles.map((item) => ({ ...item, themes: [] })) } : {}),
    ...(entry.passages.length ? { passages: entry.passages } : {}),
    places: findNames(text, PLACES),
    programmes: findNames(text, PROGRAMMES),
    ...(entry.seeAlso.length ? { seeAlso: entry.seeAlso.map((slug) => `${parsed.id}/${slug}`) } : {}),
    provenance: { lines: entry.lines },
  };
  return `---\n${toYaml(data)}---\n`;
}

/** YAML as editors read it: line ranges on one line (`lines: [27, 27]`), everything else in block style. */
export function toYaml(data: unknown): string {
  const document = new Document(data);
  visit(document, {
    Pair(_key, pair) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === 'lines' && isSeq(pair.value)) pair.value.flow = true;
    },
  });
  return document.toString(YAML_OPTIONS);
}

/** The YAML file describing a source. */
export function renderSource(source: SourceData): string {
  return toYaml(source);
}

/** Every file the importer produces for one parsed seed, by path relative to `content/`. */
export function renderSeed(parsed: ParsedSeed): Map<string, string> {
  const files = new Map<string, string>();
  files.set(`sources/${parsed.id}.yaml`, renderSource(parsed.source));
  for (const entry of parsed.entries) files.set(`entries/${parsed.id}/${entry.slug}.mdx`, renderEntry(parsed, entry));
  return files;
}
