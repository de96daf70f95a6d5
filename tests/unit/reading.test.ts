import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { countItems, describeCounts, sumCounts } from '../../src/lib/counts.ts';
import { splitLead } from '../../src/lib/lead.ts';
import { multiLineRanges, rangeStylesheet, rangesOfEntry, rangesStartingAt } from '../../src/lib/line-ranges.ts';
import type { EntrySummary } from '../../src/lib/model.ts';
import { lineAnchor, paths } from '../../src/lib/paths.ts';
import { compareByCountry, organisationAnchor } from '../../src/lib/theme-compare.ts';
import { buildThemeIndex } from '../../src/lib/theme-index.ts';
import { buildTiles, TILE_PLACES } from '../../src/lib/tile-map.ts';

const words = { actionOne: '{count} indsats', actionOther: '{count} indsatser', principleOne: '{count} dogme', principleOther: '{count} dogmer', and: 'og' };

describe('counts', () => {
  test('count actions and principles apart', () => {
    assert.deepEqual(countItems([{ kind: 'action' }, {}, { kind: 'principle' }]), { actions: 2, principles: 1 });
    assert.deepEqual(sumCounts([{ actions: 26, principles: 0 }, { actions: 0, principles: 3 }]), { actions: 26, principles: 3 });
  });
  test('name the principles only when there are some, in singular and plural', () => {
    assert.equal(describeCounts({ actions: 26, principles: 3 }, words), '26 indsatser og 3 dogmer');
    assert.equal(describeCounts({ actions: 1, principles: 0 }, words), '1 indsats');
    assert.equal(describeCounts({ actions: 0, principles: 1 }, words), '1 dogme');
    assert.equal(describeCounts({ actions: 0, principles: 0 }, words), '0 indsatser');
  });
});

describe('splitLead', () => {
  test('takes the first sentence as the lead', () => {
    assert.deepEqual(splitLead('Første sætning her. Anden sætning følger. Tredje.'), { lead: 'Første sætning her.', rest: 'Anden sætning følger. Tredje.' });
  });
  test('does not end a sentence at an abbreviation, a single letter or a number', () => {
    const text = 'Mindst 85 pct. af borgerne skal bl.a. være aktive, jf. Sundhed og Trivsel. Resten.';
    assert.deepEqual(splitLead(text), { lead: 'Mindst 85 pct. af borgerne skal bl.a. være aktive, jf. Sundhed og Trivsel.', rest: 'Resten.' });
    assert.equal(splitLead('Ordningen i 2. Halvår gælder. Så.').lead, 'Ordningen i 2. Halvår gælder.');
  });
  test('keeps a one-sentence text whole', () => {
    assert.deepEqual(splitLead('Kun én sætning uden punktum til sidst'), { lead: 'Kun én sætning uden punktum til sidst', rest: '' });
  });
});

describe('line ranges', () => {
  test('anchors name a line or a range', () => {
    assert.equal(lineAnchor([13, 13]), 'l13');
    assert.equal(lineAnchor([13, 23]), 'l13-23');
    assert.equal(paths.sourceText('da', 'luk-2011', [13, 23]), '/da/kilder/luk-2011/tekst/#l13-23');
    assert.equal(paths.sourceText('nb', 'luk-2011'), '/nb/kilder/luk-2011/tekst/');
  });
  test('collect an entry\'s ranges, keeping only the distinct multi-line ones for the stylesheet', () => {
    const ranges = rangesOfEntry({ provenance: { lines: [18, 62] }, goal: [{ lines: [20, 21] }], actions: [{ lines: [61, 61] }, {}], principles: [], targets: [{ lines: [20, 21] }] });
    assert.deepEqual(ranges, [[18, 62], [20, 21], [61, 61], [20, 21]]);
    assert.deepEqual(multiLineRanges(ranges), [[18, 62], [20, 21]]);
    assert.deepEqual([...rangesStartingAt(ranges)], [[18, [[18, 62]]], [20, [[20, 21]]]]);
  });
  test('the stylesheet marks lines first to last when the range\'s anchor is the target, even for overlapping ranges', () => {
    const css = rangeStylesheet([[18, 62], [19, 68], [5, 5]]);
    assert.match(css, /\.seed-lines:has\(#l18-62:target\)>li:nth-child\(n\+18\):nth-child\(-n\+62\)\{/u);
    assert.match(css, /#l19-68:target\)>li:nth-child\(n\+19\):nth-child\(-n\+68\)/u);
    assert.doesNotMatch(css, /l5/u);
  });
});

const entry = (id: string, country: 'DK' | 'NO', organisation: string, items: EntrySummary['items']): EntrySummary => ({
  id,
  title: organisation,
  country,
  language: country === 'DK' ? 'da' : 'nb',
  organisation,
  themes: [],
  items,
});

describe('theme comparison', () => {
  const entries = [
    entry('viborg-2019/a', 'DK', 'Viborg Kommune', [{ id: 'a1', text: 'x', themes: ['health'] }]),
    entry('viborg-2019/b', 'DK', 'Viborg Kommune', [{ id: 'd1', text: 'y', themes: ['health'], kind: 'principle' }]),
    entry('luk-2011/finnmark', 'NO', 'Finnmark fylkeskommune', [{ id: 'a1', text: 'z', themes: ['planning'] }]),
    entry('luk-2011/troms', 'NO', 'Troms fylkeskommune', [{ id: 'a1', text: 'w', themes: ['planning'] }]),
  ];
  const index = buildThemeIndex(entries);
  test('gives both countries a column, with counts and organisations, even when one has nothing', () => {
    const [dk, no] = compareByCountry(index.get('health') ?? [], entries);
    assert.equal(dk?.country, 'DK');
    assert.deepEqual(dk?.counts, { actions: 1, principles: 1 });
    assert.equal(dk?.organisationsWith, 1);
    assert.equal(dk?.groups[0]?.items.length, 2);
    assert.equal(no?.country, 'NO');
    assert.equal(no?.groups.length, 0);
    assert.equal(no?.organisationsTotal, 2);
  });
  test('organisation anchors spell out Danish and Norwegian letters', () => {
    assert.equal(organisationAnchor('Østfold fylkeskommune'), 'org-ostfold-fylkeskommune');
    assert.equal(organisationAnchor('Møre og Romsdal fylkeskommune'), 'org-more-og-romsdal-fylkeskommune');
    assert.equal(organisationAnchor('Viborg Kommune, Landdistriktsudvalget'), 'org-viborg-kommune-landdistriktsudvalget');
  });
  test('tiles count each organisation\'s items under the theme and keep unknown organisations apart', () => {
    const { tiles, unplaced } = buildTiles([...entries, entry('luk-2011/oslo', 'NO', 'Oslo kommune', [])], index.get('planning') ?? []);
    assert.deepEqual(
      tiles.map((tile) => [tile.organisation, tile.count]),
      [['Viborg Kommune', 0], ['Finnmark fylkeskommune', 1], ['Troms fylkeskommune', 1]],
    );
    assert.deepEqual(unplaced.map((tile) => tile.organisation), ['Oslo kommune']);
  });
  test('the layout gives the 18 counties of 2011 and Viborg a tile each, no two on one spot', () => {
    const places = Object.values(TILE_PLACES);
    assert.equal(places.length, 19);
    assert.equal(new Set(places.map((place) => `${place.col},${place.row}`)).size, 19);
    assert.equal(new Set(places.map((place) => place.abbr)).size, 19);
  });
});
