import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { countyName, parseLukOverview } from '../../src/lib/importer/parse-luk.ts';

const SEED = '004_5e30ac666280c945.txt';
const raw = readFileSync(new URL(`../../seeds/${SEED}`, import.meta.url), 'utf8');
const parsed = parseLukOverview(raw, SEED);

describe('the Norwegian LUK overview', () => {
  test('has 18 county blocks, none for Oslo, in page order', () => {
    assert.equal(parsed.entries.length, 18);
    assert.equal(parsed.entries[0]?.title, 'Finnmark fylkeskommune');
    assert.equal(parsed.entries.at(-1)?.title, 'Østfold fylkeskommune');
    assert.ok(!parsed.entries.some((entry) => /Oslo/u.test(entry.title)));
    assert.equal(new Set(parsed.entries.map((entry) => entry.slug)).size, 18);
  });

  test('keeps every bullet of the page', () => {
    const bullets = raw.split('\n').filter((line) => line.trim().startsWith('•')).length;
    assert.equal(bullets, 81);
    assert.equal(parsed.entries.reduce((sum, entry) => sum + entry.actions.length, 0), bullets);
  });

  test('copes with the irregular intro lines, keeping them as published', () => {
    const intro = (slug: string) => parsed.entries.find((entry) => entry.slug === slug)?.listIntro;
    assert.equal(intro('nord-trondelag'), 'Nord-Trøndelag skal blant annet:');
    assert.equal(intro('vestfold'), 'Vestfoldfylkeskommune skal:');
    assert.equal(intro('aust-agder'), 'Aust Agder fylkeskommune skal arbeide med:');
    assert.equal(intro('buskerud'), 'Buskerud fylkeskommune skal i samarbeid med 11 kommuner:');
    assert.match(intro('ostfold') ?? '', /^Østfold fylkeskommune skal arbeide med å styrke .* gjennom:$/u);
  });

  test('reads goal paragraphs, including genitive and colon openings', () => {
    const goal = (slug: string) => parsed.entries.find((entry) => entry.slug === slug)?.goal.map((item) => item.text) ?? [];
    assert.match(goal('ostfold')[0] ?? '', /^Østfold fylkeskommune: Målene for satsingen/u);
    assert.match(goal('buskerud')[0] ?? '', /^Buskerud fylkeskommunes mål er/u);
    assert.match(goal('vestfold')[0] ?? '', /^Vestfold fylkeskommune mål er/u);
    assert.equal(goal('vest-agder').length, 2);
  });

  test('leaves out the page chrome but keeps title and publisher as metadata', () => {
    assert.equal(parsed.source.title, 'Hvordan fylkeskommunene arbeider med LUK i 2011');
    assert.equal(parsed.source.publisher, 'Kommunal- og regionaldepartementet');
    const allText = parsed.entries.flatMap((entry) => [...entry.goal.map((g) => g.text), ...entry.actions.map((a) => a.text)]).join('\n');
    assert.doesNotMatch(allText, /Aktiver Javascript|Historisk arkiv|Til toppen/u);
  });

  test('keeps the source’s typos as published', () => {
    const finnmark = parsed.entries[0]?.actions.map((a) => a.text).join(' ') ?? '';
    assert.match(finnmark, /Følge oppkommunene: .* sende utmånedlige elektronisk nyhetsbrev/u);
  });
});

describe('parseLukOverview on crafted input', () => {
  test('parses a minimal block with a hyphenated county and • bullets', () => {
    const result = parseLukOverview('Hvordan fylkeskommunene arbeider med LUK i 2011\n\nNord-Troms fylkeskommune har som mål noe.\n\nNord-Troms skal:\n\n • Gjøre A.\n • Gjøre B.\n\nTil toppen\n', 'x.txt');
    assert.equal(result.entries.length, 1);
    assert.equal(result.entries[0]?.slug, 'nord-troms');
    assert.deepEqual(result.entries[0]?.actions.map((a) => a.text), ['Gjøre A.', 'Gjøre B.']);
  });
  test('names the file and line when a bullet comes before any intro', () => {
    assert.throws(() => parseLukOverview('Tittel\n • Løs punkt\n', 'x.txt'), /x\.txt:2: a bullet before any county/u);
  });
  test('countyName reads the county from several openings', () => {
    assert.equal(countyName('Buskerud fylkeskommunes mål er å styrke'), 'Buskerud');
    assert.equal(countyName('Østfold fylkeskommune: Målene for satsingen'), 'Østfold');
    assert.equal(countyName('Møre og Romsdal fylkeskommune skal heve'), 'Møre og Romsdal');
  });
});
