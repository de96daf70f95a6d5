// The editor's note on today's county authority: typed, on county entries only, always with a
// public source; and every one of the 18 county entries carries one.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { entrySchema } from '../../src/schemas/index.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const note = {
  da: 'Troms fylkeskommune blev 1. januar 2020 slået sammen med Finnmark.',
  nb: 'Troms fylkeskommune ble 1. januar 2020 slått sammen med Finnmark.',
  sources: [{ title: 'Nye fylker', url: 'https://www.regjeringen.no/no/tema/kommuner-og-regioner/kommunereform/regionreform/nye-fylker/id2548426/', lang: 'nb' }],
};
const county = {
  title: 'Troms fylkeskommune', kind: 'county', source: 'luk-2011', order: 2, language: 'nb', country: 'NO',
  organisation: 'Troms fylkeskommune', summary: { da: 'Resumé.', nb: 'Sammendrag.' },
  actions: [{ id: 'a1', text: 'Arrangere dialogmøter.', themes: ['networks'] }],
};
const issuesOf = (data: unknown) => {
  const result = entrySchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the note on today’s county authority', () => {
  test('a county entry may carry it', () => {
    assert.deepEqual(issuesOf({ ...county, today: note }), []);
    assert.equal(entrySchema.parse({ ...county, today: note }).today?.sources[0]?.lang, 'nb');
  });
  test('only county entries may carry it', () => {
    assert.match(issuesOf({ ...county, kind: 'focus-area', today: note }).join('\n'), /^today: a note on today's county authority on a focus-area entry \(expected it only on county entries\)/mu);
  });
  test('it needs both languages and at least one source with a full address and the title’s language', () => {
    assert.match(issuesOf({ ...county, today: { ...note, sources: [] } }).join('\n'), /^today\.sources: expected at least one source/mu);
    assert.match(issuesOf({ ...county, today: { ...note, nb: undefined } }).join('\n'), /^today\.nb: expected a piece of text/mu);
    assert.match(issuesOf({ ...county, today: { ...note, sources: [{ ...note.sources[0], url: 'regjeringen.no' }] } }).join('\n'), /^today\.sources\.0\.url: expected a full web address/mu);
    assert.match(issuesOf({ ...county, today: { ...note, sources: [{ ...note.sources[0], lang: 'no' }] } }).join('\n'), /^today\.sources\.0\.lang: expected the language of the title/mu);
  });
  test('all 18 county entries carry it, in both languages, naming the county and a source', () => {
    const dir = join(ROOT, 'content/entries/luk-2011');
    const files = readdirSync(dir).filter((file) => file.endsWith('.mdx'));
    assert.equal(files.length, 18);
    for (const file of files) {
      const data = entrySchema.parse(parse(readFileSync(join(dir, file), 'utf8').split(/^---\s*$/mu)[1] ?? ''));
      const name = data.organisation.replace(/ fylkeskommune$/u, '');
      assert.ok(data.today, `${file} has no note on today's county authority`);
      for (const locale of ['da', 'nb'] as const) {
        assert.ok(data.today[locale].includes(name), `${file}: the ${locale} note does not name ${name}`);
        assert.match(data.today[locale], /20(18|20|24)/u, `${file}: the ${locale} note names no reform year`);
      }
      assert.ok(data.today.sources.length > 0 && data.today.sources.every((source) => source.url.startsWith('https://')), file);
    }
  });
});
