import { themesOfEntry, type EntrySummary } from './model.ts';

/** A related entry and the themes it shares. */
export interface RelatedEntry {
  entry: EntrySummary;
  sharedThemes: string[];
}

/**
 * Entries from the other country that work with the same themes, ranked by how many themes
 * they share (then by how many of their items carry those themes, then in the order given).
 * Returns at most `limit`, and only entries sharing at least one theme.
 */
export function rankRelatedEntries(entry: EntrySummary, candidates: readonly EntrySummary[], limit = 5): RelatedEntry[] {
  const own = new Set(themesOfEntry(entry));
  return candidates
    .filter((candidate) => candidate.country !== entry.country)
    .map((candidate, position) => {
      const sharedThemes = themesOfEntry(candidate).filter((theme) => own.has(theme));
      const weight = candidate.items.filter((item) => item.themes.some((theme) => own.has(theme))).length;
      return { entry: candidate, sharedThemes, weight, position };
    })
    .filter((scored) => scored.sharedThemes.length > 0)
    .sort((a, b) => b.sharedThemes.length - a.sharedThemes.length || b.weight - a.weight || a.position - b.position)
    .slice(0, limit)
    .map(({ entry: related, sharedThemes }) => ({ entry: related, sharedThemes }));
}

const bitCount = (value: number) => {
  let v = value - ((value >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

/**
 * `rankRelatedEntries` for every entry at once, with the same result, in time that grows about
 * linearly with the number of entries instead of quadratically: each entry's themes are worked
 * out once and kept as a bit set, a candidate's shared-theme count is one AND, item weights are
 * counted only for candidates that can still make the top `limit`, and entries of one country with
 * the same set of themes share one ranking.
 */
export function rankAllRelatedEntries(entries: readonly EntrySummary[], limit = 5): Map<string, RelatedEntry[]> {
  const themeLists = entries.map(themesOfEntry);
  const bit = new Map<string, number>();
  for (const list of themeLists) for (const theme of list) if (!bit.has(theme)) bit.set(theme, bit.size);
  // More themes than bits in a number: rank one by one (the taxonomy has far fewer).
  if (bit.size > 31) return new Map(entries.map((entry) => [entry.id, rankRelatedEntries(entry, entries, limit)]));
  const maskOf = (themes: readonly string[]) => themes.reduce((mask, theme) => mask | (1 << (bit.get(theme) ?? 0)), 0);
  const masks = themeLists.map(maskOf);
  const itemMasks = entries.map((entry) => entry.items.map((item) => maskOf(item.themes)));
  const countries = new Set(entries.map((entry) => entry.country));
  const others = new Map([...countries].map((country) => [country, entries.flatMap((entry, index) => (entry.country === country ? [] : [index]))]));
  const rankings = new Map<string, RelatedEntry[]>();
  const result = new Map<string, RelatedEntry[]>();
  entries.forEach((entry, index) => {
    const own = masks[index] as number;
    const key = `${entry.country} ${own}`;
    let ranking = rankings.get(key);
    if (!ranking) {
      const candidates = others.get(entry.country) ?? [];
      const shared = new Uint8Array(candidates.length);
      const withCount = new Array<number>(33).fill(0);
      candidates.forEach((candidate, position) => {
        const count = bitCount((masks[candidate] as number) & own);
        shared[position] = count;
        withCount[count] = (withCount[count] ?? 0) + 1;
      });
      // The lowest shared count that can still reach the top `limit`.
      let threshold = 32;
      for (let above = 0; threshold > 1 && above + (withCount[threshold] ?? 0) < limit; threshold--) above += withCount[threshold] ?? 0;
      const scored: { candidate: number; shared: number; weight: number; position: number }[] = [];
      candidates.forEach((candidate, position) => {
        const count = shared[position] as number;
        if (count < threshold || count === 0) return;
        const weight = (itemMasks[candidate] as number[]).reduce((sum, mask) => sum + ((mask & own) !== 0 ? 1 : 0), 0);
        scored.push({ candidate, shared: count, weight, position });
      });
      ranking = scored
        .sort((a, b) => b.shared - a.shared || b.weight - a.weight || a.position - b.position)
        .slice(0, limit)
        .map(({ candidate }) => ({
          entry: entries[candidate] as EntrySummary,
          sharedThemes: (themeLists[candidate] as string[]).filter((theme) => (own & (1 << (bit.get(theme) ?? 0))) !== 0),
        }));
      rankings.set(key, ranking);
    }
    result.set(entry.id, ranking);
  });
  return result;
}
