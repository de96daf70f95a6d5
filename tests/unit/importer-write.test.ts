import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { importSeeds } from '../../src/lib/importer/import-seeds.ts';
import { entrySchema, sourceSchema } from '../../src/schemas/index.ts';

const seeds = new URL('../../seeds/', import.meta.url).pathname;
const freshDir = () => mkdtempSync(join(tmpdir(), 'import-'));
const frontmatter = (text: string) => parse(text.split(/^---$/mu)[1] ?? '') as Record<string, unknown>;

describe('importSeeds', () => {
  test('writes 31 entries and 2 sources that fit the schemas once themes and summaries are added', () => {
    const dir = freshDir();
    const report = importSeeds(seeds, dir);
    assert.equal(report.entries, 31);
    assert.equal(report.actions, 107);
    assert.equal([...report.outcomes.values()].filter((o) => o === 'created').length, 33);
    const finnmark = frontmatter(readFileSync(join(dir, 'entries/luk-2011/finnmark.mdx'), 'utf8'));
    const actions = finnmark['actions'] as { themes: string[] }[];
    for (const action of actions) action.themes = ['planning'];
    const result = entrySchema.safeParse({ ...finnmark, summary: { da: 'x', nb: 'y' } });
    assert.ok(result.success, JSON.stringify(result.error?.issues));
    assert.deepEqual(result.data.places, ['Kvalsund', 'Kirkenes', 'Varanger']);
    assert.deepEqual(result.data.programmes, ['Nussir', 'Vekstregion Varanger', 'Kommunekonferansen 2011']);
    assert.ok(sourceSchema.safeParse(parse(readFileSync(join(dir, 'sources/luk-2011.yaml'), 'utf8'))).success);
  });

  test('running twice changes nothing', () => {
    const dir = freshDir();
    importSeeds(seeds, dir);
    const before = readFileSync(join(dir, 'entries/viborg-2019/dogmer.mdx'), 'utf8');
    const second = importSeeds(seeds, dir);
    assert.deepEqual(new Set(second.outcomes.values()), new Set(['unchanged']));
    assert.equal(readFileSync(join(dir, 'entries/viborg-2019/dogmer.mdx'), 'utf8'), before);
  });

  test('never overwrites a file an editor changed, unless forced', () => {
    const dir = freshDir();
    importSeeds(seeds, dir);
    const path = join(dir, 'entries/luk-2011/troms.mdx');
    const edited = readFileSync(path, 'utf8').replace('title: Troms fylkeskommune', 'title: Troms fylkeskommune (redigeret)');
    writeFileSync(path, edited);
    const report = importSeeds(seeds, dir);
    assert.equal(report.outcomes.get('entries/luk-2011/troms.mdx'), 'kept');
    assert.equal(readFileSync(path, 'utf8'), edited);
    const forced = importSeeds(seeds, dir, { force: true });
    assert.equal(forced.outcomes.get('entries/luk-2011/troms.mdx'), 'overwritten');
    assert.doesNotMatch(readFileSync(path, 'utf8'), /redigeret/u);
  });

  test('keeps a file that exists but was never written by the importer', () => {
    const dir = freshDir();
    cpSync(new URL('../../content/entries', import.meta.url).pathname, join(dir, 'entries'), { recursive: true });
    const report = importSeeds(seeds, dir);
    assert.equal(report.outcomes.get('entries/luk-2011/finnmark.mdx'), 'kept');
  });

  test('the project’s content is the imported text plus editors’ themes, summaries and notes on today’s county authority', () => {
    const dir = freshDir();
    importSeeds(seeds, dir);
    for (const slug of ['luk-2011/finnmark', 'luk-2011/ostfold', 'viborg-2019/indsatsomraade-7', 'viborg-2019/dogmer']) {
      const imported = frontmatter(readFileSync(join(dir, `entries/${slug}.mdx`), 'utf8'));
      const current = frontmatter(readFileSync(new URL(`../../content/entries/${slug}.mdx`, import.meta.url), 'utf8'));
      const strip = (data: Record<string, unknown>) => {
        const { summary: _summary, today: _today, ...rest } = data;
        return JSON.parse(JSON.stringify(rest, (key, value: unknown) => (key === 'themes' ? undefined : value))) as unknown;
      };
      assert.deepEqual(strip(current), strip(imported), `${slug} differs from the seed beyond themes and summary`);
    }
  });
});
