import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EntrySummary } from '../../src/lib/model.ts';
import { themesOfEntry } from '../../src/lib/model.ts';
import { rankRelatedEntries } from '../../src/lib/related.ts';
import { buildThemeIndex, buildThemeMatrix, groupThemedItems } from '../../src/lib/theme-index.ts';

const entry = (id: string, country: 'DK' | 'NO', organisation: string, themes: string[][]): EntrySummary => ({
  id,
  title: id,
  country,
  language: country === 'DK' ? 'da' : 'nb',
  organisation,
  themes: [],
  items: themes.map((list, index) => ({ id: `a${index + 1}`, text: `${id} ${index + 1}`, themes: list })),
});

const viborg = entry('dk/frivillighed', 'DK', 'Viborg', [['volunteering'], ['volunteering', 'networks'], ['planning']]);
const viborgOther = entry('dk/planer', 'DK', 'Viborg', [['planning']]);
const troms = entry('no/troms', 'NO', 'Troms', [['planning'], ['statistics']]);
const hedmark = entry('no/hedmark', 'NO', 'Hedmark', [['networks'], ['volunteering'], ['planning']]);
const rogaland = entry('no/rogaland', 'NO', 'Rogaland', [['networks', 'planning'], ['networks']]);
const oppland = entry('no/oppland', 'NO', 'Oppland', [['infrastructure']]);
const all = [viborg, viborgOther, troms, hedmark, rogaland, oppland];

describe('rankRelatedEntries', () => {
  test('ranks the other country’s entries by shared themes, then by items carrying them', () => {
    const related = rankRelatedEntries(viborg, all);
    assert.deepEqual(related.map((r) => r.entry.id), ['no/hedmark', 'no/rogaland', 'no/troms']);
    assert.deepEqual(related[0]?.sharedThemes.sort(), ['networks', 'planning', 'volunteering']);
  });
  test('never lists entries of the same country or without a shared theme', () => {
    const ids = rankRelatedEntries(viborg, all).map((r) => r.entry.id);
    assert.ok(!ids.includes('dk/planer'));
    assert.ok(!ids.includes('no/oppland'));
  });
  test('works the other way round and respects the limit', () => {
    assert.deepEqual(rankRelatedEntries(troms, all, 1).map((r) => r.entry.id), ['dk/frivillighed']);
  });
});

describe('theme index and matrix', () => {
  test('files each item under each of its themes once', () => {
    const index = buildThemeIndex(all);
    assert.deepEqual(index.get('volunteering')?.map((t) => `${t.entry.id}#${t.item.id}`), ['dk/frivillighed#a1', 'dk/frivillighed#a2', 'no/hedmark#a2']);
    assert.equal(index.get('planning')?.length, 5);
  });
  test('groups a theme’s items by country and organisation', () => {
    const groups = groupThemedItems(buildThemeIndex(all).get('planning') ?? []);
    assert.deepEqual([...groups.keys()], ['DK', 'NO']);
    assert.deepEqual([...(groups.get('DK')?.get('Viborg') ?? [])].map((t) => t.entry.id), ['dk/frivillighed', 'dk/planer']);
  });
  test('counts items per organisation and theme, merging entries of one organisation', () => {
    const rows = buildThemeMatrix(all, ['planning', 'networks']);
    const viborgRow = rows.find((row) => row.organisation === 'Viborg');
    assert.deepEqual(viborgRow?.counts, [2, 1]);
    assert.equal(viborgRow?.total, 4);
    assert.deepEqual(rows.find((row) => row.organisation === 'Rogaland')?.counts, [1, 2]);
  });
  test('themesOfEntry lists the most used theme first, including the entry’s own themes', () => {
    assert.deepEqual(themesOfEntry(rogaland), ['networks', 'planning']);
    assert.deepEqual(themesOfEntry({ ...oppland, themes: ['health'] }), ['health', 'infrastructure']);
  });
});
