import type { EntrySummary } from './model.ts';
import type { ThemedItem } from './theme-index.ts';

/** Where an organisation's tile sits on the schematic map (column, row from the top) and its short label. */
export interface TilePlace {
  col: number;
  row: number;
  /** Two or three letters shown in the tile. */
  abbr: string;
}

/**
 * The 18 county authorities of 2011, one tile each, placed roughly as on a map of Norway (north
 * at the top), and Viborg in Denmark below them across the Skagerrak. Keyed by entry id.
 */
export const TILE_PLACES: Readonly<Record<string, TilePlace>> = {
  'luk-2011/finnmark': { col: 4, row: 0, abbr: 'Fi' },
  'luk-2011/troms': { col: 3, row: 1, abbr: 'Tr' },
  'luk-2011/nordland': { col: 2, row: 2, abbr: 'No' },
  'luk-2011/nord-trondelag': { col: 2, row: 3, abbr: 'NT' },
  'luk-2011/more-og-romsdal': { col: 0, row: 4, abbr: 'MR' },
  'luk-2011/sor-trondelag': { col: 1, row: 4, abbr: 'ST' },
  'luk-2011/sogn-og-fjordane': { col: 0, row: 5, abbr: 'SF' },
  'luk-2011/oppland': { col: 1, row: 5, abbr: 'Op' },
  'luk-2011/hedmark': { col: 2, row: 5, abbr: 'He' },
  'luk-2011/hordaland': { col: 0, row: 6, abbr: 'Ho' },
  'luk-2011/buskerud': { col: 1, row: 6, abbr: 'Bu' },
  'luk-2011/akershus': { col: 2, row: 6, abbr: 'Ak' },
  'luk-2011/rogaland': { col: 0, row: 7, abbr: 'Ro' },
  'luk-2011/telemark': { col: 1, row: 7, abbr: 'Te' },
  'luk-2011/vestfold': { col: 2, row: 7, abbr: 'Vf' },
  'luk-2011/ostfold': { col: 3, row: 7, abbr: 'Øf' },
  'luk-2011/vest-agder': { col: 0, row: 8, abbr: 'VA' },
  'luk-2011/aust-agder': { col: 1, row: 8, abbr: 'AA' },
  viborg: { col: 1, row: 10, abbr: 'Vi' },
};

/** One tile: an organisation and how many of its items fall under the theme. */
export interface Tile extends TilePlace {
  /** The entry id of the organisation's (first) entry. */
  entryId: string;
  organisation: string;
  country: EntrySummary['country'];
  count: number;
}

/** Tiles for every organisation; those the layout does not place are returned apart, so a page can still list them. */
export function buildTiles(entries: readonly EntrySummary[], items: readonly ThemedItem[]): { tiles: Tile[]; unplaced: Tile[] } {
  const byOrganisation = new Map<string, Tile>();
  const unplacedNames = new Set<string>();
  for (const entry of entries) {
    if (byOrganisation.has(entry.organisation)) continue;
    const place = TILE_PLACES[entry.id] ?? (entry.country === 'DK' ? TILE_PLACES['viborg'] : undefined);
    if (!place || [...byOrganisation.values()].some((tile) => tile.col === place.col && tile.row === place.row)) unplacedNames.add(entry.organisation);
    byOrganisation.set(entry.organisation, { ...(place ?? { col: 0, row: 0, abbr: '' }), entryId: entry.id, organisation: entry.organisation, country: entry.country, count: 0 });
  }
  for (const themed of items) {
    const tile = byOrganisation.get(themed.entry.organisation);
    if (tile) tile.count++;
  }
  const all = [...byOrganisation.values()];
  return { tiles: all.filter((tile) => !unplacedNames.has(tile.organisation)), unplaced: all.filter((tile) => unplacedNames.has(tile.organisation)) };
}
