/**
 * Places and programmes the sources name, as they spell them. The importer records a name on
 * every entry whose text contains it; a name that no longer occurs is simply not recorded.
 */
export const PLACES: readonly string[] = [
  // Norway
  'Kvalsund', 'Kirkenes', 'Varanger', 'Nord-Troms', 'Sør-Troms', 'Åseral', 'Hægebostad',
  'Audnedal', 'Svelvik', 'Kirkebakken', 'Holmestrand', 'Hadeland', 'Lillehammer', 'Otta', 'Valdres',
  'Tolga', 'Alvdal', 'Hamar', 'Nord-Odal', 'Kongsvinger', 'Rendalen', 'Trysil', 'Eidskog',
  'indre Østfold', 'Spydeberg', 'Hobbøl', 'Mysen', 'Askim',
  // Denmark
  'Viborg Kommune',
];

export const PROGRAMMES: readonly string[] = [
  // Norway
  'Nussir', 'Vekstregion Varanger', 'Kommunekonferansen 2011', 'Kysten er klar', 'Blilyst', 'Locations',
  'seilskutebyen Svelvik', 'Campus ved Høyskolen i Vestfold', 'LUK',
  // Denmark
  'Landdistriktskonference 2020', 'Turist i Egen Kommune', 'Byer og Landsbyer', 'Årets Lokalområde 2020',
  'Landdistrikternes Ildsjæle', 'Borgerdrevne Lokale Udviklingsplaner', 'LUP', 'Puljen LUP og mindre projekter',
  'puljen til udviklingsplaner og mindre projekter', 'den centrale pulje til forsamlingshuse 2020',
  'landsbypedelordninger', 'sammenhængsmodellen', 'byrådets plankonference i april 2019',
];

/** The names from `names` that occur in `text` as whole words, in list order. */
export function findNames(text: string, names: readonly string[]): string[] {
  return names.filter((name) => new RegExp(`(?<![\\p{L}\\d-])${name.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}(?![\\p{L}\\d])`, 'u').test(text));
}
