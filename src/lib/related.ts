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
