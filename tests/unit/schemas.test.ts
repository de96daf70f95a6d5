import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { entrySchema, glossaryTermSchema, themeSchema } from '../../src/schemas/index.ts';

const valid = {
  title: 'Troms fylkeskommune',
  kind: 'county',
  source: 'luk-2011',
  order: 2,
  language: 'nb',
  country: 'NO',
  organisation: 'Troms fylkeskommune',
  summary: { da: 'Resumé.', nb: 'Sammendrag.' },
  actions: [{ id: 'a1', text: 'Arrangere dialogmøter.', themes: ['networks'] }],
  provenance: { lines: [26, 33] },
};

const issuesOf = (data: unknown) => {
  const result = entrySchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('entrySchema', () => {
  test('accepts a minimal entry and fills defaults', () => {
    const result = entrySchema.parse(valid);
    assert.deepEqual(result.targets, []);
    assert.deepEqual(result.places, []);
  });
  test('names the field and what it expects', () => {
    assert.match(issuesOf({ ...valid, language: 'no' }).join('\n'), /^language: expected "da" \(Danish\) or "nb"/mu);
    assert.match(issuesOf({ ...valid, summary: { da: 'x' } }).join('\n'), /summary\.nb: expected a piece of text/u);
    assert.match(issuesOf({ ...valid, actions: [{ id: 'a1', text: 'x', themes: [] }] }).join('\n'), /actions\.0\.themes: expected at least one theme/u);
    assert.match(issuesOf({ ...valid, targets: [{ text: 'x', year: 3025 }] }).join('\n'), /targets\.0\.year: expected a year no later than/u);
    assert.match(issuesOf({ ...valid, targets: [{ text: 'x', value: 'mange' }] }).join('\n'), /targets\.0\.value: expected a number/u);
    assert.match(issuesOf({ ...valid, colour: 'red' }).join('\n'), /colour/u);
  });
  test('rejects duplicate action ids and an entry with nothing in it', () => {
    assert.match(issuesOf({ ...valid, actions: [...valid.actions, ...valid.actions] }).join('\n'), /duplicate item id "a1"/u);
    assert.match(issuesOf({ ...valid, actions: [] }).join('\n'), /expected at least one action/u);
  });
});

describe('themeSchema and glossaryTermSchema', () => {
  test('require both languages and a slug-shaped slug', () => {
    const wording = { label: 'Frivillighed', slug: 'frivillighed', description: 'Om frivillighed.', keywords: ['frivillighet'] };
    assert.ok(themeSchema.safeParse({ order: 1, da: wording, nb: wording }).success);
    assert.ok(!themeSchema.safeParse({ order: 1, da: wording }).success);
    assert.ok(!themeSchema.safeParse({ order: 1, da: { ...wording, slug: 'Fri Villig' }, nb: wording }).success);
    assert.ok(themeSchema.safeParse({ order: 1, da: { ...wording, slug: 'bosætning-og-fællesskab' }, nb: wording }).success);
  });
  test('a glossary pair defaults to not being a false friend', () => {
    assert.equal(glossaryTermSchema.parse({ id: 'frivillighed', da: 'frivillighed', nb: 'frivillighet' }).falseFriend, false);
  });
});
