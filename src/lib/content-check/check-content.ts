import { existsSync, readFileSync } from 'node:fs';
import { isAbsolute, join, relative as relativePath, resolve } from 'node:path';
import type { z } from 'astro/zod';
import { readLogicalLines } from '../importer/lines.ts';
import { entrySchema, glossaryTermSchema, pageSchema, sourceSchema, themeSchema, type EntryData, type GlossaryTermData, type SourceData, type ThemeData } from '../../schemas/index.ts';
import { checkMdxBody } from './check-mdx.ts';
import { checkBodySafety, checkYamlSafety } from './check-safety.ts';
import { seedAttributionProblems } from './check-seed-attribution.ts';
import { readSeedFile, seedLineProblems, type SeedFile } from './check-seed-lines.ts';
import { sortProblems, type Problem } from './problem.ts';
import { checkedFrontmatter, sameUnderBothSchemas, type CheckedFrontmatter } from '../content-cache/checked-frontmatter.ts';
import { listFiles, parseYaml, readText, splitFrontmatter, type LocatedYaml } from './read-files.ts';
import { schemaProblems } from './schema-problems.ts';

/** Where files belong under content/, and what each holds. */
const PLACES = [
  { pattern: /^sources\/[^/]+\.yaml$/u, kind: 'source' },
  { pattern: /^themes\/[^/]+\.yaml$/u, kind: 'theme' },
  { pattern: /^glossary\.yaml$/u, kind: 'glossary' },
  { pattern: /^entries\/[^/]+\/[^/]+\.mdx$/u, kind: 'entry' },
  { pattern: /^pages\/(da|nb)\/[^/]+\.mdx$/u, kind: 'page' },
] as const;
const IGNORED = /^\.import-manifest\.json$|(^|\/)\.gitkeep$/u;
const PLACES_TEXT = 'sources/<id>.yaml, themes/<id>.yaml, glossary.yaml, entries/<source>/<slug>.mdx or pages/<da|nb>/<slug>.mdx';

interface Loaded<T> {
  id: string;
  file: string;
  data: T;
  yaml: LocatedYaml;
}

export interface CheckResult {
  problems: Problem[];
  counts: { entries: number; themes: number; sources: number; glossary: number; pages: number };
  /** The MDX files whose frontmatter parse the build's loaders can take over, by absolute path (see checked-frontmatter.ts). */
  frontmatter: Map<string, CheckedFrontmatter>;
}

const normalize = (text: string) => text.replace(/[\s\u00a0]+/gu, ' ').trim();

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : []);
const items = (value: unknown) =>
  (Array.isArray(value) ? value : []).map((item: unknown) => {
    const record = (item ?? {}) as Record<string, unknown>;
    return { id: String(record['id'] ?? ''), text: String(record['text'] ?? ''), themes: strings(record['themes']) };
  });

/**
 * The references of an entry whose fields did not all pass the schema, read as far as they go,
 * so its unknown themes or sources are reported in the same run as its other problems.
 */
function looseEntry(raw: unknown): EntryData {
  const record = (raw ?? {}) as Record<string, unknown>;
  const text = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : '');
  return {
    source: text('source'),
    language: text('language'),
    themes: strings(record['themes']),
    actions: items(record['actions']),
    principles: items(record['principles']),
    seeAlso: strings(record['seeAlso']),
    goal: [],
    targets: [],
  } as unknown as EntryData;
}

/**
 * Checks everything under `contentDir` without building a page: each file against its schema,
 * references between files, duplicate ids and slugs, MDX bodies, and that imported text still
 * stands in its seed. Returns every problem at once.
 */
export function checkContent(root: string, contentDir = 'content', seedsDir = 'seeds'): CheckResult {
  const problems: Problem[] = [];
  const contentPath = resolve(root, contentDir);
  // Paths as the editor knows them: relative to the project (content/…), absolute for a folder elsewhere.
  const inProject = !relativePath(root, contentPath).startsWith('..') && !isAbsolute(relativePath(root, contentPath));
  const label = (relative: string) => (inProject ? relativePath(root, join(contentPath, relative)) : join(contentPath, relative)).split('\\').join('/');
  const sources: Loaded<SourceData>[] = [];
  const themes: Loaded<ThemeData>[] = [];
  const entries: Loaded<EntryData>[] = [];
  const pages: Loaded<z.infer<typeof pageSchema>>[] = [];
  let glossary: { yaml: LocatedYaml; file: string; terms: GlossaryTermData[] } | undefined;
  const frontmatter = new Map<string, CheckedFrontmatter>();

  const validate = <T,>(schema: z.ZodType, yaml: LocatedYaml, file: string): T | undefined => {
    problems.push(...yaml.problems);
    if (yaml.problems.length > 0) return undefined;
    problems.push(...checkYamlSafety(yaml, file));
    const result = schemaProblems(schema, yaml, file);
    problems.push(...result.problems);
    return result.data as T | undefined;
  };

  const present = listFiles(contentPath);
  for (const relative of present) {
    if (IGNORED.test(relative)) continue;
    const file = label(relative);
    const place = PLACES.find((candidate) => candidate.pattern.test(relative));
    if (!place) {
      problems.push({ file, line: 1, field: '(file)', message: `this file is not in a place the site reads (expected ${PLACES_TEXT})` });
      continue;
    }
    const read = readText(join(contentPath, relative), file);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const id = relative.replace(/^(sources|themes|entries|pages)\//u, '').replace(/\.(yaml|mdx)$/u, '');
    if (place.kind === 'entry' || place.kind === 'page') {
      const parts = splitFrontmatter(read.text, file);
      if ('problem' in parts) {
        problems.push(parts.problem);
        continue;
      }
      const yaml = parseYaml(parts.yaml, file, 2);
      const data = validate(place.kind === 'entry' ? entrySchema : pageSchema, yaml, file);
      if (yaml.parsedBy === 'js-yaml' && sameUnderBothSchemas(parts.yaml)) {
        const path = join(contentPath, relative);
        frontmatter.set(path, checkedFrontmatter(read.text, parts.yaml, yaml.data, parts.body));
      }
      problems.push(...checkMdxBody(parts.body, file, parts.bodyLine));
      problems.push(...checkBodySafety(parts.body, file, parts.bodyLine));
      if (place.kind === 'entry' && (data || yaml.data)) entries.push({ id, file, data: (data as EntryData | undefined) ?? looseEntry(yaml.data), yaml });
      if (data && place.kind === 'page') pages.push({ id, file, data: data as z.infer<typeof pageSchema>, yaml });
    } else if (place.kind === 'glossary') {
      const yaml = parseYaml(read.text, file);
      const terms = validate<GlossaryTermData[]>(glossaryTermSchema.array(), yaml, file);
      glossary = { yaml, file, terms: terms ?? [] };
    } else {
      const yaml = parseYaml(read.text, file);
      const data = validate(place.kind === 'source' ? sourceSchema : themeSchema, yaml, file);
      if (data && place.kind === 'source') sources.push({ id, file, data: data as SourceData, yaml });
      if (data && place.kind === 'theme') themes.push({ id, file, data: data as ThemeData, yaml });
    }
  }

  // References count every file that exists, valid or not: one broken theme file should give one
  // message, not one in every entry that uses the theme.
  const idsIn = (folder: string, extension: string) =>
    new Set(present.filter((file) => file.startsWith(`${folder}/`) && file.endsWith(extension)).map((file) => file.slice(folder.length + 1, -extension.length)));
  const themeIds = idsIn('themes', '.yaml');
  const entryIds = idsIn('entries', '.mdx');
  const sourceIds = idsIn('sources', '.yaml');
  const sourceById = new Map(sources.map((source) => [source.id, source]));
  const known = (ids: Set<string>) => [...ids].sort().join(', ');

  // Theme slugs must be unique within each language, or two theme pages would share an address.
  for (const locale of ['da', 'nb'] as const) {
    const seen = new Map<string, string>();
    for (const theme of themes) {
      const slug = theme.data[locale].slug;
      const other = seen.get(slug);
      if (other) problems.push({ file: theme.file, line: theme.yaml.lineOf([locale, 'slug']), field: `${locale}.slug`, message: `"${slug}" is already the ${locale} slug of ${other} (expected a slug no other theme uses in ${locale})` });
      else seen.set(slug, theme.file);
    }
  }

  const seedText = new Map<string, { text: string; lines: number } | undefined>();
  const readSeed = (seed: string) => {
    if (!seedText.has(seed)) {
      const path = resolve(root, seedsDir, seed);
      if (!existsSync(path)) seedText.set(seed, undefined);
      else {
        const raw = readFileSync(path, 'utf8');
        seedText.set(seed, { text: normalize(readLogicalLines(raw).map((line) => line.text.replace(/^(?:[•–-]|\d+\.)\s+/u, '')).join(' ')), lines: raw.split('\n').length });
      }
    }
    return seedText.get(seed);
  };
  const seedFiles = new Map<string, SeedFile | undefined>();
  const readSeedLines = (seed: string) => {
    if (!seedFiles.has(seed)) {
      const path = resolve(root, seedsDir, seed);
      seedFiles.set(seed, existsSync(path) ? readSeedFile(seed, readFileSync(path, 'utf8')) : undefined);
    }
    return seedFiles.get(seed);
  };

  for (const entry of entries) {
    const { data, yaml, file } = entry;
    const source = sourceById.get(data.source);
    if (!sourceIds.has(data.source) && data.source) problems.push({ file, line: yaml.lineOf(['source']), field: 'source', message: `"${data.source}" is not a source (expected one of: ${known(sourceIds)})` });
    if (source) {
      if (entry.id.split('/')[0] !== data.source) problems.push({ file, line: yaml.lineOf(['source']), field: 'source', message: `the file is in entries/${entry.id.split('/')[0]}/ but names source "${data.source}" (expected the folder to match the source)` });
      if (data.language && source.data.language !== data.language && (data.language === 'da' || data.language === 'nb')) problems.push({ file, line: yaml.lineOf(['language']), field: 'language', message: `"${data.language}" differs from the language of source ${data.source} (expected "${source.data.language}")` });
    }
    const themeRefs: [readonly PropertyKey[], string][] = [
      ...data.themes.map((theme, index): [readonly PropertyKey[], string] => [['themes', index], theme]),
      ...(['actions', 'principles'] as const).flatMap((list) =>
        data[list].flatMap((item, index) => item.themes.map((theme, position): [readonly PropertyKey[], string] => [[list, index, 'themes', position], theme])),
      ),
    ];
    for (const [path, theme] of themeRefs) {
      if (!themeIds.has(theme)) problems.push({ file, line: yaml.lineOf(path), field: path.join('.'), message: `"${theme}" is not a theme (expected one of: ${known(themeIds)})` });
    }
    data.seeAlso.forEach((other, index) => {
      if (!entryIds.has(other)) problems.push({ file, line: yaml.lineOf(['seeAlso', index]), field: `seeAlso.${index}`, message: `"${other}" is not an entry (expected <source>/<file name without .mdx>, e.g. luk-2011/finnmark)` });
    });
    if (data.provenance && source) {
      const seed = readSeed(source.data.seed);
      const [first, last] = data.provenance.lines;
      if (!seed) problems.push({ file, line: yaml.lineOf(['provenance']), field: 'provenance', message: `the seed ${seedsDir}/${source.data.seed} does not exist (expected the source's seed file)` });
      else {
        if (last > seed.lines) problems.push({ file, line: yaml.lineOf(['provenance', 'lines']), field: 'provenance.lines', message: `line ${last} is past the end of ${source.data.seed} (expected lines 1–${seed.lines})` });
        const texts: [readonly PropertyKey[], string][] = [
          ...data.goal.map((goal, index): [readonly PropertyKey[], string] => [['goal', index, 'text'], goal.text]),
          ...(['actions', 'principles'] as const).flatMap((list) => data[list].map((item, index): [readonly PropertyKey[], string] => [[list, index, 'text'], item.text])),
          ...data.targets.map((target, index): [readonly PropertyKey[], string] => [['targets', index, 'text'], target.text]),
        ];
        for (const [path, text] of texts) {
          if (!seed.text.includes(normalize(text))) {
            problems.push({ file, line: yaml.lineOf(path), field: path.join('.'), message: `this text is not in ${seedsDir}/${source.data.seed} (expected the wording exactly as published, lines ${first}–${last}; editors' own words belong in summary)` });
          }
        }
      }
    }
    const seedFile = source && readSeedLines(source.data.seed);
    if (seedFile) problems.push(...seedLineProblems(file, yaml, data, seedFile));
  }

  problems.push(...seedAttributionProblems({ contentPath, seedsPath: resolve(root, seedsDir), sources: sources.map((source) => ({ id: source.id, seed: source.data.seed })), entries, entryFiles: entryIds, label }));

  if (glossary) {
    const seen = new Set<string>();
    glossary.terms.forEach((term, index) => {
      if (seen.has(term.id)) problems.push({ file: glossary!.file, line: glossary!.yaml.lineOf([index, 'id']), field: `${index}.id`, message: `"${term.id}" is used twice (expected every term pair to have its own id)` });
      seen.add(term.id);
      if (term.theme && !themeIds.has(term.theme)) problems.push({ file: glossary!.file, line: glossary!.yaml.lineOf([index, 'theme']), field: `${index}.theme`, message: `"${term.theme}" is not a theme (expected one of: ${known(themeIds)})` });
    });
  }

  const pageIds = idsIn('pages', '.mdx');
  for (const page of pages) {
    const [locale] = page.id.split('/');
    const other = locale === 'da' ? 'nb' : 'da';
    if (!pageIds.has(`${other}/${page.data.counterpart}`)) {
      problems.push({ file: page.file, line: page.yaml.lineOf(['counterpart']), field: 'counterpart', message: `there is no pages/${other}/${page.data.counterpart}.mdx (expected the file name of the same page in ${other})` });
    }
  }

  return {
    problems: sortProblems(problems),
    counts: { entries: entries.length, themes: themes.length, sources: sources.length, glossary: glossary?.terms.length ?? 0, pages: pages.length },
    frontmatter,
  };
}
