// Reads the content files directly (not through the site's code), so tests compare the built
// pages with an independent reading of what editors wrote.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = new URL('../../../', import.meta.url).pathname;

export type RawLines = [number, number];
export interface RawItem {
  id: string;
  text: string;
  themes: string[];
  lines?: RawLines;
}
export interface RawEntry {
  id: string;
  title: string;
  country: 'DK' | 'NO';
  organisation: string;
  source: string;
  order: number;
  number?: number;
  language: 'da' | 'nb';
  goal: { text: string; lines?: RawLines }[];
  targets: { text: string; lines?: RawLines }[];
  provenance?: { lines: RawLines };
  actions: RawItem[];
  principles: RawItem[];
}
export interface RawTheme {
  id: string;
  order: number;
  da: { label: string; slug: string };
  nb: { label: string; slug: string };
}

export function readEntries(): RawEntry[] {
  const base = join(ROOT, 'content/entries');
  return readdirSync(base).flatMap((source) =>
    readdirSync(join(base, source))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => {
        const text = readFileSync(join(base, source, file), 'utf8');
        const data = parse(text.split(/^---\s*$/mu)[1] ?? '') as Partial<Omit<RawEntry, 'id'>>;
        return {
          ...data,
          actions: data.actions ?? [],
          principles: data.principles ?? [],
          goal: data.goal ?? [],
          targets: data.targets ?? [],
          id: `${source}/${file.replace(/\.mdx$/u, '')}`,
        } as RawEntry;
      }),
  );
}

export function readThemes(): RawTheme[] {
  const base = join(ROOT, 'content/themes');
  return readdirSync(base)
    .map((file) => ({ ...(parse(readFileSync(join(base, file), 'utf8')) as Omit<RawTheme, 'id'>), id: file.replace(/\.yaml$/u, '') }))
    .sort((a, b) => a.order - b.order);
}

export interface RawSource {
  id: string;
  title: string;
  seed: string;
  language: 'da' | 'nb';
  order: number;
}

export function readSources(): RawSource[] {
  const base = join(ROOT, 'content/sources');
  return readdirSync(base)
    .map((file) => ({ ...(parse(readFileSync(join(base, file), 'utf8')) as Omit<RawSource, 'id'>), id: file.replace(/\.yaml$/u, '') }))
    .sort((a, b) => a.order - b.order);
}

export interface RawTerm {
  id: string;
  da: string;
  nb: string;
}

export function readGlossary(): RawTerm[] {
  return parse(readFileSync(join(ROOT, 'content/glossary.yaml'), 'utf8')) as RawTerm[];
}

/** "26 indsatser og 3 dogmer": how the site words a count of actions and principles, written out here independently. */
export function describeCountsIn(locale: 'da' | 'nb', actions: number, principles: number): string {
  const action = locale === 'da' ? (actions === 1 ? 'indsats' : 'indsatser') : 'tiltak';
  const principle = principles === 1 ? 'dogme' : 'dogmer';
  if (principles === 0) return `${actions} ${action}`;
  if (actions === 0) return `${principles} ${principle}`;
  return `${actions} ${action} og ${principles} ${principle}`;
}

/** Entries in the order the site lists them: by source, then by their order field. */
export function entriesInOrder(entries: RawEntry[], sources: RawSource[]): RawEntry[] {
  const rank = new Map(sources.map((source) => [source.id, source.order]));
  return [...entries].sort((a, b) => (rank.get(a.source) ?? 0) - (rank.get(b.source) ?? 0) || a.order - b.order || a.id.localeCompare(b.id));
}

/** Every HTML page of the built site, as the address a browser would use. */
export function builtPages(): string[] {
  const dist = join(ROOT, 'dist');
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(join(dist, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${item.name}` : item.name;
      if (item.isDirectory()) {
        if (path !== 'pagefind' && path !== '_astro') walk(path);
      } else if (item.name.endsWith('.html')) {
        pages.push(`/${path.replace(/(^|\/)index\.html$/u, '$1')}`);
      }
    }
  };
  walk('');
  return pages.sort();
}
