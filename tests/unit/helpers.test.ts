import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { LOCALES, otherLocale } from '../../src/i18n/locales.ts';
import da from '../../src/i18n/ui/da.ts';
import nb from '../../src/i18n/ui/nb.ts';
import { describeTarget } from '../../src/lib/describe-target.ts';
import { alternatesOf, paths } from '../../src/lib/paths.ts';
import { entryParams } from '../../src/lib/static-paths.ts';

describe('paths', () => {
  test('builds localised addresses', () => {
    assert.equal(paths.search('da'), '/da/soeg/');
    assert.equal(paths.search('nb'), '/nb/sok/');
    assert.equal(paths.entry('nb', 'luk-2011/finnmark'), '/nb/kilder/luk-2011/finnmark/');
    assert.equal(paths.action('da', 'luk-2011/finnmark', 'a2'), '/da/kilder/luk-2011/finnmark/#a2');
    assert.deepEqual(alternatesOf(paths.accessibility), { da: '/da/tilgaengelighed/', nb: '/nb/tilgjengelighet/' });
  });
  test('splits entry ids and rejects malformed ones', () => {
    assert.deepEqual(entryParams('viborg-2019/dogmer'), { source: 'viborg-2019', entry: 'dogmer' });
    assert.throws(() => entryParams('dogmer'), /<source>\/<slug>/u);
  });
  test('pairs the two locales', () => {
    assert.deepEqual(LOCALES.map(otherLocale), ['nb', 'da']);
  });
});

describe('UI dictionaries', () => {
  test('have the same keys and no empty strings', () => {
    assert.deepEqual(Object.keys(nb).sort(), Object.keys(da).sort());
    for (const [key, value] of [...Object.entries(da), ...Object.entries(nb)]) assert.ok(value.trim(), `${key} is empty`);
  });
});

describe('describeTarget', () => {
  test('writes the figures in the reader’s language', () => {
    assert.equal(describeTarget({ text: 'x', value: 85, unit: 'percent', year: 2025, comparator: 'at-least' }, 'da'), 'mindst 85 % · senest 2025');
    assert.equal(describeTarget({ text: 'x', value: 0.5, unit: 'percent', comparator: 'at-least', perYear: true }, 'nb'), 'minst 0,5 % · per år');
    assert.equal(describeTarget({ text: 'x', comparator: 'fewer' }, 'da'), 'færre');
    assert.equal(describeTarget({ text: 'x' }, 'nb'), 'uten tall i kilden');
  });
});
