// A build without SITE_URL, from a copy of the project outside git: it still writes every page,
// feed and data file, with relative addresses; it says once that the public address is not set;
// and the feeds are made from the files' dates instead of the history.
import { expect, test } from '@playwright/test';
import { existsSync, mkdtempSync, readdirSync, readFileSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroBuild, checkAtom, copyProjectOutsideGit, fileOf, headTags, htmlPages, parseXml } from './support/open-data.ts';

test.describe.configure({ mode: 'default' });

const work = mkdtempSync(join(tmpdir(), 'open-data-offline-'));
const project = join(work, 'project');
const dist = join(work, 'dist');
let output = '';
const read = (path: string) => readFileSync(fileOf(dist, path), 'utf8');
/** The newest file of the copy: a theme, dated in the future so that nothing is newer. */
const NEWEST = { file: 'content/themes/planning.yaml', date: new Date('2031-05-17T08:00:00Z'), page: { da: '/da/temaer/planlaegning/', nb: '/nb/temaer/planlegging/' } };

test.beforeAll(() => {
  test.setTimeout(180_000);
  copyProjectOutsideGit(project);
  utimesSync(join(project, NEWEST.file), NEWEST.date, NEWEST.date);
  output = astroBuild(project, dist, {});
});

test('says once, in one line, that the public address is not set', () => {
  const lines = output.split('\n').filter((line) => /public address/iu.test(line));
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/SITE_URL is not set/u);
  // …and nothing else complains about the missing address (the sitemap is simply not made).
  expect(output).not.toMatch(/requires the `site`/u);
});

test('writes every page, feed and data file, with relative addresses and no sitemap', () => {
  expect(htmlPages(dist).length).toBeGreaterThan(100);
  for (const file of ['da/feed.xml', 'nb/feed.xml', 'robots.txt', 'data/entries.json', 'data/actions.csv', 'data/dataset.jsonld', 'data/schemas/entries.schema.json']) expect(existsSync(join(dist, file)), file).toBe(true);
  expect(readdirSync(dist).filter((name) => name.startsWith('sitemap'))).toEqual([]);
  expect(read('/robots.txt')).not.toMatch(/Sitemap:/u);
  const links = headTags(read('/da/kilder/luk-2011/finnmark/'), 'link');
  expect(links.find((link) => link['rel'] === 'canonical')?.['href']).toBe('/da/kilder/luk-2011/finnmark/');
  expect(links.find((link) => link['hreflang'] === 'nb')?.['href']).toBe('/nb/kilder/luk-2011/finnmark/');
  const meta = headTags(read('/da/kilder/luk-2011/finnmark/'), 'meta');
  expect(meta.some((tag) => tag['property'] === 'og:url')).toBe(false); // Open Graph needs an absolute address
  expect(meta.find((tag) => tag['property'] === 'og:title')?.['content']).toBe('Finnmark fylkeskommune');
  const entries = JSON.parse(read('/data/entries.json')) as { $schema: string; entries: { pages: { da: string } }[] };
  expect(entries.$schema).toBe('/data/schemas/entries.schema.json');
  expect(entries.entries[0]?.pages.da).toMatch(/^\/da\/kilder\//u);
});

test('the feeds are valid Atom made from the files\' dates, newest file first', () => {
  for (const locale of ['da', 'nb'] as const) {
    const { problems, entries } = checkAtom(parseXml(read(`/${locale}/feed.xml`)));
    expect(problems).toEqual([]);
    expect(entries.length).toBeGreaterThan(10);
    expect(entries[0]?.updated).toBe(NEWEST.date.toISOString());
    expect(entries[0]?.link).toBe(NEWEST.page[locale]);
    for (const entry of entries) expect(existsSync(fileOf(dist, entry.link)), entry.link).toBe(true);
  }
  expect(read('/da/aendringer/')).toContain('filernes ændringsdatoer');
});
