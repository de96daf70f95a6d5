import type { Country } from '../schemas/index.ts';
import { countItems, type ItemCounts } from './counts.ts';
import type { EntrySummary } from './model.ts';
import type { ThemedItem } from './theme-index.ts';

/** The countries in the order the site shows them side by side. */
export const COUNTRIES: readonly Country[] = ['DK', 'NO'];

/** One organisation's items under a theme. */
export interface OrganisationGroup {
  organisation: string;
  /** Anchor id on the theme page, made from the organisation's name. */
  anchor: string;
  language: string;
  items: ThemedItem[];
}

/** One country's column on a theme page. */
export interface CountryColumn {
  country: Country;
  groups: OrganisationGroup[];
  counts: ItemCounts;
  /** How many of the country's organisations have at least one item under the theme. */
  organisationsWith: number;
  /** How many organisations of the country the knowledge base holds at all. */
  organisationsTotal: number;
}

/** `Finnmark fylkeskommune` → `org-finnmark-fylkeskommune`; letters outside a–z are spelt out or dropped. */
export function organisationAnchor(organisation: string): string {
  const spelt = organisation
    .toLowerCase()
    .replace(/æ/gu, 'ae')
    .replace(/ø/gu, 'o')
    .replace(/å/gu, 'aa')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/gu, '-')
    .replace(/^-|-$/gu, '');
  return `org-${spelt}`;
}

/** A theme's items as one column per country, every country present even when it has none. */
export function compareByCountry(items: readonly ThemedItem[], entries: readonly EntrySummary[]): CountryColumn[] {
  return COUNTRIES.map((country) => {
    const groups = new Map<string, OrganisationGroup>();
    for (const themed of items) {
      if (themed.entry.country !== country) continue;
      const name = themed.entry.organisation;
      const group = groups.get(name) ?? { organisation: name, anchor: organisationAnchor(name), language: themed.entry.language, items: [] };
      group.items.push(themed);
      groups.set(name, group);
    }
    const own = items.filter((themed) => themed.entry.country === country).map((themed) => themed.item);
    return {
      country,
      groups: [...groups.values()],
      counts: countItems(own),
      organisationsWith: groups.size,
      organisationsTotal: new Set(entries.filter((entry) => entry.country === country).map((entry) => entry.organisation)).size,
    };
  });
}
