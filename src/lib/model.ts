import type { Country, LineRange, LocaleCode } from '../schemas/index.ts';

/** An action or principle, with its themes as plain ids. */
export interface ItemSummary {
  id: string;
  text: string;
  themes: string[];
  /** A concrete action, or a principle the source lays down (the Danish "dogmer"); action when left out. */
  kind?: 'action' | 'principle';
  /** The seed lines it stands on, where recorded. */
  lines?: LineRange | undefined;
}

/** What the cross-link functions need to know of an entry. */
export interface EntrySummary {
  /** `<source>/<slug>` */
  id: string;
  title: string;
  country: Country;
  language: LocaleCode;
  organisation: string;
  /** Themes given to the entry as a whole. */
  themes: string[];
  /** Actions and principles. */
  items: ItemSummary[];
}

/** The distinct themes of an entry and its items, most used first. */
export function themesOfEntry(entry: EntrySummary): readonly string[] {
  // Asked for by many components of every page of the entry, in both UI languages: worked out once.
  const known = themesBySummary.get(entry);
  if (known) return known;
  const counts = new Map<string, number>(entry.themes.map((theme) => [theme, 1]));
  for (const item of entry.items) for (const theme of item.themes) counts.set(theme, (counts.get(theme) ?? 0) + 1);
  const themes = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([theme]) => theme);
  themesBySummary.set(entry, themes);
  return themes;
}
const themesBySummary = new WeakMap<EntrySummary, readonly string[]>();
