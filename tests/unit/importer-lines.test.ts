import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { joinBrokenLine, readLogicalLines, slugify, stripBullet } from '../../src/lib/importer/lines.ts';

describe('joinBrokenLine', () => {
  test('joins a word hyphenated across a PDF line break', () => {
    assert.equal(joinBrokenLine('vækst i alle lokal-', 'samfund over 200'), 'vækst i alle lokalsamfund over 200');
  });
  test('keeps the hyphen of a compound with a capitalised second part', () => {
    assert.equal(joinBrokenLine('plankontor i Nord-', 'Troms og Sør-Troms'), 'plankontor i Nord-Troms og Sør-Troms');
  });
  test('keeps a shortened compound before "og"', () => {
    assert.equal(joinBrokenLine('Utgiver: Kommunal-', 'og regionaldepartementet'), 'Utgiver: Kommunal- og regionaldepartementet');
  });
  test('joins ordinary line breaks with one space', () => {
    assert.equal(joinBrokenLine('I efteråret ', ' 2019 blev fulgt op'), 'I efteråret 2019 blev fulgt op');
  });
});

describe('readLogicalLines', () => {
  test('continues a sentence across the blank lines of a page break', () => {
    const lines = readLogicalLines('- bidrage til ar-\n\nbejdsmarkedet\nOplevelser og fællesskab\n');
    assert.deepEqual(lines.map((line) => line.text), ['- bidrage til arbejdsmarkedet', 'Oplevelser og fællesskab']);
    assert.deepEqual([lines[0]?.first, lines[0]?.last], [1, 3]);
  });
  test('does not continue a line into a bullet', () => {
    const lines = readLogicalLines('Nordland skal\n • arrangere samlinger\n');
    assert.equal(lines.length, 2);
  });
  test('keeps real hyphens inside a line', () => {
    const [line] = readLogicalLines('Indgået i dialog med Børne- og Ungdomsudvalget om en tema-dag\n');
    assert.equal(line?.text, 'Indgået i dialog med Børne- og Ungdomsudvalget om en tema-dag');
  });
  test('counts blank lines and ignores a byte-order mark and CRLF', () => {
    const lines = readLogicalLines('\uFEFFTitel\r\n\r\n\r\nAfsnit.\r\n');
    assert.deepEqual(lines.map((line) => [line.text, line.blanksBefore]), [['Titel', 0], ['Afsnit.', 2]]);
  });
});

describe('stripBullet and slugify', () => {
  test('recognises •, - and numbered bullets', () => {
    assert.equal(stripBullet(' • Gi kommunene kurs'.trim()), 'Gi kommunene kurs');
    assert.equal(stripBullet('- Mindst 85 pct.'), 'Mindst 85 pct.');
    assert.equal(stripBullet('7. Øge frivillighed'), 'Øge frivillighed');
    assert.equal(stripBullet('Nordland skal:'), undefined);
  });
  test('folds Danish and Norwegian letters', () => {
    assert.equal(slugify('Møre og Romsdal'), 'more-og-romsdal');
    assert.equal(slugify('Bæredygtighed'), 'baeredygtighed');
    assert.equal(slugify('Nord-Trøndelag'), 'nord-trondelag');
  });
});
