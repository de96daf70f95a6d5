import type { Country } from '../schemas/index.ts';
import type { EntrySummary, ItemSummary } from './model.ts';

/** One action (or principle) filed under a theme, with where it comes from. */
export interface ThemedItem {
  entry: EntrySummary;
  item: ItemSummary;
}

/** Every item filed under each theme id, in the order the entries are given. */
export function buildThemeIndex(entries: readonly EntrySummary[]): Map<string, ThemedItem[]> {
  const index = new Map<string, ThemedItem[]>();
  for (const entry of entries) {
    for (const item of entry.items) {
      for (const theme of new Set(item.themes)) {
        const list = index.get(theme) ?? [];
        list.push({ entry, item });
        index.set(theme, list);
      }
    }
  }
  return index;
}

/** Items of one theme grouped by country, then by organisation, keeping their order. */
export function groupThemedItems(items: readonly ThemedItem[]): Map<Country, Map<string, ThemedItem[]>> {
  const groups = new Map<Country, Map<string, ThemedItem[]>>();
  for (const themed of items) {
    const byOrganisation = groups.get(themed.entry.country) ?? new Map<string, ThemedItem[]>();
    const list = byOrganisation.get(themed.entry.organisation) ?? [];
    list.push(themed);
    byOrganisation.set(themed.entry.organisation, list);
    groups.set(themed.entry.country, byOrganisation);
  }
  return groups;
}

/** A row of the organisation × theme overview. */
export interface MatrixRow {
  organisation: string;
  country: Country;
  /** Number of items per theme id, in the order of `themeIds`. */
  counts: number[];
  total: number;
}

/** Counts, for each organisation, how many of its items carry each theme. */
export function buildThemeMatrix(entries: readonly EntrySummary[], themeIds: readonly string[]): MatrixRow[] {
  const rows = new Map<string, MatrixRow>();
  for (const entry of entries) {
    const row = rows.get(entry.organisation) ?? {
      organisation: entry.organisation,
      country: entry.country,
      counts: themeIds.map(() => 0),
      total: 0,
    };
    for (const item of entry.items) {
      const themes = new Set(item.themes);
      themeIds.forEach((theme, column) => {
        if (themes.has(theme)) row.counts[column] = (row.counts[column] ?? 0) + 1;
      });
      row.total++;
    }
    rows.set(entry.organisation, row);
  }
  return [...rows.values()];
}
