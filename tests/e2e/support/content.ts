// Reads the content files directly (not through the site's code), so tests compare the built
// pages with an independent reading of what editors wrote.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

export const ROOT = new URL('../../../', import.meta.url).pathname;

export interface RawItem {
  id: string;
  text: string;
  themes: string[];
}
export interface RawEntry {
  id: string;
  title: string;
  country: 'DK' | 'NO';
  organisation: string;
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
        return { ...data, actions: data.actions ?? [], principles: data.principles ?? [], id: `${source}/${file.replace(/\.mdx$/u, '')}` } as RawEntry;
      }),
  );
}

export function readThemes(): RawTheme[] {
  const base = join(ROOT, 'content/themes');
  return readdirSync(base)
    .map((file) => ({ ...(parse(readFileSync(join(base, file), 'utf8')) as Omit<RawTheme, 'id'>), id: file.replace(/\.yaml$/u, '') }))
    .sort((a, b) => a.order - b.order);
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
