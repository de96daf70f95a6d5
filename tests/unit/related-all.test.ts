import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { generateKnowledgeBase, loadVocabulary } from '../../scripts/bench/generate.ts';
import type { EntrySummary } from '../../src/lib/model.ts';
import { rankAllRelatedEntries, rankRelatedEntries } from '../../src/lib/related.ts';

const summaries = (count: number, seed: number): EntrySummary[] =>
  generateKnowledgeBase(loadVocabulary(new URL('../..', import.meta.url).pathname), count, seed).entries.map(({ id, data }) => ({
    id,
    title: data.title,
    country: data.country,
    language: data.language,
    organisation: data.organisation,
    themes: data.themes,
    items: [...data.actions, ...data.principles].map((item) => ({ id: item.id, text: item.text, themes: item.themes })),
  }));

describe('rankAllRelatedEntries', () => {
  test('gives every entry exactly what rankRelatedEntries gives it', () => {
    for (const [count, seed] of [[62, 1], [300, 2], [450, 5]] as const) {
      const entries = summaries(count, seed);
      const all = rankAllRelatedEntries(entries);
      for (const limit of [5]) {
        for (const entry of entries) assert.deepEqual(all.get(entry.id), rankRelatedEntries(entry, entries, limit), entry.id);
      }
      const one = rankAllRelatedEntries(entries, 1);
      for (const entry of entries.slice(0, 50)) assert.deepEqual(one.get(entry.id), rankRelatedEntries(entry, entries, 1), entry.id);
    }
  });
  test('handles entries without themes and a single country', () => {
    const lone: EntrySummary = { id: 's/a', title: 'a', country: 'DK', language: 'da', organisation: 'x', themes: [], items: [] };
    assert.deepEqual(rankAllRelatedEntries([lone, { ...lone, id: 's/b', themes: ['t'] }]).get('s/a'), []);
  });
});
