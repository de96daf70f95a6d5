import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { matchHeading } from '../../src/lib/importer/match-heading.ts';
import { parseViborgNote } from '../../src/lib/importer/parse-viborg.ts';

const SEED = '000_525ee6a2bbe54568.txt';
const parsed = parseViborgNote(readFileSync(new URL(`../../seeds/${SEED}`, import.meta.url), 'utf8'), SEED);
const bySlug = new Map(parsed.entries.map((entry) => [entry.slug, entry]));
const entry = (slug: string) => {
  const found = bySlug.get(slug);
  if (!found) throw new Error(`no entry ${slug}`);
  return found;
};

describe('the Viborg note', () => {
  test('has a process entry, 7 focus areas, 4 goal groups and the dogmer, in document order', () => {
    assert.deepEqual(
      parsed.entries.map((e) => `${e.kind}:${e.title}`),
      [
        'process:Baggrund og proces',
        'focus-area:Sikre et decentralt serviceniveau, offentligt og privat',
        'focus-area:Øge salget af grunde',
        'focus-area:Markedsføring af områderne – bosætning og lokal turisme',
        'focus-area:Borgerdrevne Lokale Udviklingsplaner',
        'focus-area:Fremme klynger/nye samarbejdsformer/synergi',
        'focus-area:Styrket lokal infrastruktur',
        'focus-area:Øge frivillighed lokalt – og dermed fællesskab',
        'goal-group:Sundhed',
        'goal-group:Bæredygtighed',
        'goal-group:Oplevelser og fællesskab',
        'goal-group:Vækst og socialt ansvar',
        'principles:Dogmer',
      ],
    );
    assert.deepEqual(parsed.remarks, []);
  });

  test('matches each action section of "Indsatsen indtil nu" to its heading, keeping both wordings', () => {
    assert.equal(entry('indsatsomraade-1').actionsHeading, 'Sikre et decentralt serviceniveau, offentlig og privat');
    assert.equal(entry('indsatsomraade-2').actionsHeading, 'Øge salget af grunde og boliger i landdistrikter');
    assert.equal(entry('indsatsomraade-3').actionsHeading, undefined);
    assert.equal(entry('indsatsomraade-7').actionsHeading, 'Øge frivillighed lokalt – og dermed fællesskab (Oplevelser og fællesskab)');
    assert.deepEqual(entry('indsatsomraade-1').actions.map((a) => a.text), ['Støttet udbredelse af landsbypedelordninger', 'Indgået i dialog med Børne- og Ungdomsudvalget']);
    assert.equal(entry('indsatsomraade-2').actions.length, 3);
    assert.equal(entry('indsatsomraade-3').actions.length, 4);
    assert.equal(entry('indsatsomraade-4').actions.length, 2);
    assert.equal(entry('indsatsomraade-5').actions.length, 3);
    assert.equal(entry('indsatsomraade-6').actions.length, 1);
    assert.equal(entry('indsatsomraade-7').actions.length, 5);
    assert.deepEqual(entry('maalsaetning-sundhed').actions.map((a) => a.text)[0], 'Inddraget som spørgsmål i lokale udviklingsplaner');
    assert.equal(entry('maalsaetning-baeredygtighed').listIntro, 'Fokus har været på vækst i lokalområder, derudover er der arbejdet med:');
    assert.equal(entry('maalsaetning-baeredygtighed').actions.length, 2);
    assert.match(entry('maalsaetning-vaekst-og-socialt-ansvar').actions[0]?.text ?? '', /^Udvalget har drøftet .* generationsskifte m\.v\.$/u);
  });

  test('ties the section whose action says "jf. dogmerne" to the dogmer, both ways', () => {
    assert.ok(entry('indsatsomraade-7').actions.some((action) => action.text.endsWith('jf. dogmerne')));
    assert.deepEqual(entry('dogmer').seeAlso, ['indsatsomraade-7']);
    assert.ok(entry('indsatsomraade-7').seeAlso.includes('dogmer'));
  });

  test('ties focus area 7 to the goal group named in its parenthesis, both ways', () => {
    assert.deepEqual(entry('indsatsomraade-7').seeAlso, ['maalsaetning-oplevelser-og-faellesskab', 'dogmer']);
    assert.deepEqual(entry('maalsaetning-oplevelser-og-faellesskab').seeAlso, ['indsatsomraade-7']);
    assert.equal(entry('maalsaetning-oplevelser-og-faellesskab').actions.length, 0);
  });

  test('reads the targets with number, unit, year and direction', () => {
    const [cutOff, active] = entry('maalsaetning-sundhed').targets;
    assert.equal(cutOff?.text, 'Mindst 80% af alle borgere vurderer deres generelle trivsel og livskvalitet som');
    assert.equal(cutOff?.value, 80);
    assert.ok(cutOff?.note, 'the cut-off target carries an editor’s note');
    assert.deepEqual({ ...active, text: undefined, lines: undefined }, { text: undefined, lines: undefined, value: 85, unit: 'percent', year: 2025, comparator: 'at-least' });
    assert.equal(active?.lines?.length, 2, 'each target records its seed lines');
    const [growth, jobs] = entry('maalsaetning-vaekst-og-socialt-ansvar').targets;
    assert.equal(growth?.value, 0.5);
    assert.equal(growth?.perYear, true);
    assert.equal(jobs?.comparator, 'increase-by');
    assert.equal(jobs?.year, 2025);
    assert.equal(entry('maalsaetning-oplevelser-og-faellesskab').targets.length, 3);
    assert.equal(entry('maalsaetning-baeredygtighed').targets[0]?.text, 'Vi vil understøtte et socialt ansvarligt arbejdsliv, hvor alle borgere kan bidrage til arbejdsmarkedet');
  });

  test('keeps the three dogmer whole across the page breaks', () => {
    const principles = entry('dogmer').principles.map((p) => p.text);
    assert.equal(principles.length, 3);
    assert.match(principles[1] ?? '', /krav om lokal medfinansiering, både i form af midler og timer \(frivillighed\)$/u);
    assert.match(principles[2] ?? '', /Det gode liv involverer det at gøre noget for andre – også i landdistrikterne\.$/u);
  });

  test('joins "lokal-/samfund" and keeps the running text in the process entry', () => {
    const text = entry('baggrund').passages.flatMap((p) => p.paragraphs).join(' ');
    assert.match(text, /vækst i alle lokalsamfund over 200 indbyggere/u);
    assert.match(text, /I efteråret 2019 blev fulgt op på drøftelserne bl\.a\. på en tema-dag\./u);
    assert.match(text, /I forhold til de øvrige målsætninger samles op samlet;/u);
  });
});

describe('matchHeading', () => {
  const headings = ['Sikre et decentralt serviceniveau, offentligt og privat', 'Øge salget af grunde', 'Sundhed', 'Oplevelser og fællesskab', 'Øge frivillighed lokalt – og dermed fællesskab'];
  test('finds headings reworded the second time', () => {
    assert.equal(matchHeading('Sikre et decentralt serviceniveau, offentlig og privat', headings), 0);
    assert.equal(matchHeading('Øge salget af grunde og boliger i landdistrikter', headings), 1);
    assert.equal(matchHeading('Øge frivillighed lokalt – og dermed fællesskab (Oplevelser og fællesskab)', headings), 4);
  });
  test('matches no heading for an action line', () => {
    assert.equal(matchHeading('Ny hjemmeside for grundsalg', headings), -1);
    assert.equal(matchHeading('Indsatsen indtil nu', headings), -1);
  });
});
