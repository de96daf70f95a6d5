// The open web and open data, on a build with an example public address (SITE_URL): absolute
// addresses in every head, the sitemap, robots.txt, the Atom feeds, the /data/ files against their
// schemas and against content/, and the DCAT description. The site is built once, into its own folder.
import { expect, test } from '@playwright/test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { ROOT } from './support/content.ts';
import { astroBuild, checkAtom, EXAMPLE_SITE, fileOf, headTags, htmlPages, parseXml, readContent } from './support/open-data.ts';

test.describe.configure({ mode: 'default' });

const work = mkdtempSync(join(tmpdir(), 'open-data-'));
const dist = join(work, 'dist');
let buildOutput = '';
const read = (path: string) => readFileSync(fileOf(dist, path), 'utf8');
/** The built file an address of the example site names, or undefined for other sites. */
const localPath = (address: string) => (address.startsWith(EXAMPLE_SITE) ? new URL(address).pathname : undefined);
const resolves = (address: string) => {
  const path = localPath(address);
  return path !== undefined && existsSync(fileOf(dist, path)) && statSync(fileOf(dist, path)).isFile();
};

test.beforeAll(() => {
  test.setTimeout(180_000);
  buildOutput = astroBuild(ROOT, dist, { SITE_URL: EXAMPLE_SITE, ASTRO_CACHE_DIR: join(work, 'cache') });
});

test('the build with SITE_URL does not say that the public address is missing', () => {
  expect(buildOutput).not.toMatch(/SITE_URL is not set/u);
});

test('every page has a canonical link, absolute hreflang alternates that exist, Open Graph data and the feed in its head', () => {
  const pages = htmlPages(dist);
  expect(pages.length).toBeGreaterThan(100);
  const problems: string[] = [];
  for (const page of pages) {
    const html = read(page);
    const links = headTags(html, 'link');
    const meta = new Map(headTags(html, 'meta').flatMap((tag) => (tag['property'] ? [[tag['property'], tag['content'] ?? '']] : [])));
    const own = page;
    const canonical = links.filter((link) => link['rel'] === 'canonical');
    if (canonical.length !== 1 || canonical[0]?.['href'] !== new URL(own, EXAMPLE_SITE).href) problems.push(`${page}: canonical ${JSON.stringify(canonical.map((link) => link['href']))}`);
    const alternates = links.filter((link) => link['rel'] === 'alternate' && link['hreflang']);
    for (const link of alternates) if (!resolves(link['href'] ?? '')) problems.push(`${page}: hreflang ${link['hreflang']} → ${link['href']} is not an absolute address of a built page`);
    const isContentPage = /^\/(da|nb)\//u.test(page) && !page.includes('/404');
    if (isContentPage && !['da', 'nb'].every((lang) => alternates.some((link) => link['hreflang'] === lang))) problems.push(`${page}: hreflang da and nb missing`);
    for (const property of ['og:title', 'og:description', 'og:url', 'og:type', 'og:locale', 'og:locale:alternate', 'og:site_name']) {
      if (!meta.get(property)) problems.push(`${page}: no ${property}`);
    }
    if (meta.get('og:url') !== new URL(own, EXAMPLE_SITE).href) problems.push(`${page}: og:url ${meta.get('og:url')}`);
    const locale = page.startsWith('/nb/') ? 'nb_NO' : 'da_DK';
    if (meta.get('og:locale') !== locale || meta.get('og:locale:alternate') !== (locale === 'da_DK' ? 'nb_NO' : 'da_DK')) problems.push(`${page}: og:locale ${meta.get('og:locale')} / ${meta.get('og:locale:alternate')}`);
    const feeds = links.filter((link) => link['rel'] === 'alternate' && link['type'] === 'application/atom+xml');
    if (feeds.length === 0 || !feeds.every((feed) => resolves(feed['href'] ?? ''))) problems.push(`${page}: no working Atom feed link`);
  }
  expect(problems).toEqual([]);
});

test('the sitemap lists every page once, with language alternates only between counterparts', () => {
  const index = parseXml(read('/sitemap-index.xml'));
  const sitemaps = Array.from(index.getElementsByTagName('loc')).map((loc) => loc.textContent ?? '');
  expect(sitemaps.length).toBeGreaterThan(0);
  const listed = new Map<string, { lang: string; href: string }[]>();
  for (const sitemap of sitemaps) {
    expect(resolves(sitemap), sitemap).toBe(true);
    const doc = parseXml(read(localPath(sitemap)!));
    for (const url of Array.from(doc.getElementsByTagName('url'))) {
      const loc = url.getElementsByTagName('loc')[0]?.textContent ?? '';
      expect(listed.has(loc), `${loc} listed twice`).toBe(false);
      const links = Array.from(url.getElementsByTagName('xhtml:link')).map((link) => ({ lang: link.getAttribute('hreflang') ?? '', href: link.getAttribute('href') ?? '' }));
      listed.set(loc, links);
    }
  }
  const expected = htmlPages(dist).filter((page) => !/(^|\/)404(\/|\.html)$/u.test(page)).map((page) => new URL(page, EXAMPLE_SITE).href);
  expect([...listed.keys()].sort()).toEqual(expected.sort());
  const problems: string[] = [];
  for (const [loc, links] of listed) {
    const page = new URL(loc).pathname;
    for (const link of links) {
      if (!listed.has(link.href)) problems.push(`${page}: alternate ${link.href} is not in the sitemap`);
      else if (link.lang !== 'x-default' && !listed.get(link.href)!.some((back) => back.href === loc)) problems.push(`${page}: ${link.href} does not name it back`);
      const [, , section, source] = page.split('/');
      const [, , otherSection, otherSource] = new URL(link.href).pathname.split('/');
      if (section === 'kilder' && (otherSection !== 'kilder' || otherSource !== source)) problems.push(`${page}: paired with ${link.href}, a page of another source`);
    }
  }
  expect(problems).toEqual([]);
  // An entry's two UI languages are counterparts.
  expect(listed.get(new URL('/da/kilder/luk-2011/finnmark/', EXAMPLE_SITE).href)).toEqual(
    expect.arrayContaining([{ lang: 'nb', href: new URL('/nb/kilder/luk-2011/finnmark/', EXAMPLE_SITE).href }]),
  );
});

test('robots.txt names the sitemap by its absolute address', () => {
  const robots = read('/robots.txt');
  const sitemap = /^Sitemap: (\S+)$/mu.exec(robots)?.[1] ?? '';
  expect(sitemap).toBe(new URL('/sitemap-index.xml', EXAMPLE_SITE).href);
  expect(resolves(sitemap)).toBe(true);
});

test('the Atom feeds parse, follow RFC 4287, link to built pages and hold the latest content commit', () => {
  const lastCommit = execFileSync('git', ['log', '-1', '--no-merges', '--format=%H%x09%cI', '--', 'content'], { cwd: ROOT, encoding: 'utf8' }).trim().split('\t');
  for (const locale of ['da', 'nb']) {
    const { problems, entries } = checkAtom(parseXml(read(`/${locale}/feed.xml`)));
    expect(problems, `${locale} feed`).toEqual([]);
    expect(entries.length).toBeGreaterThan(0);
    for (const entry of entries) {
      expect(resolves(entry.link), `${entry.title}: ${entry.link}`).toBe(true);
      expect(entry.summary.trim().length).toBeGreaterThan(3);
    }
    // The newest entry is from the newest commit that changed content/ (a merge changes nothing itself).
    expect(new Date(entries[0]!.updated).getTime()).toBe(new Date(lastCommit[1]!).getTime());
  }
});

/** Line feeds outside quoted fields that do not follow a carriage return (RFC 4180 ends records with CRLF). */
function bareLineBreaks(text: string): number {
  let quoted = false;
  let bare = 0;
  for (let index = 0; index < text.length; index++) {
    if (text[index] === '"') quoted = !quoted;
    else if (text[index] === '\n' && !quoted && text[index - 1] !== '\r') bare++;
  }
  return bare;
}

test('every data file parses; CSV files are RFC 4180 with a header row, in UTF-8', () => {
  const files = readdirSync(join(dist, 'data'), { recursive: true, withFileTypes: true }).filter((item) => item.isFile());
  const names = ['entries.json', 'themes.json', 'entries.csv', 'actions.csv', 'targets.csv', 'principles.csv', 'glossary.csv', 'matrix.csv', 'dataset.jsonld', 'datapackage.json', 'entries.schema.json', 'themes.schema.json'];
  expect(files.map((item) => item.name).sort()).toEqual(names.sort());
  for (const item of files) {
    const bytes = readFileSync(join(item.parentPath, item.name));
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (item.name.endsWith('.csv')) {
      expect(text.endsWith('\r\n'), item.name).toBe(true);
      expect(bareLineBreaks(text), `${item.name}: records must end with CRLF`).toBe(0);
      const rows = parseCsv(text, { columns: true, relax_quotes: false, relax_column_count: false, skip_empty_lines: false }) as Record<string, string>[];
      expect(rows.length, item.name).toBeGreaterThan(0);
    } else {
      expect(() => JSON.parse(text), item.name).not.toThrow();
    }
  }
});

test('each JSON file names its schema, and validates against it (ajv, draft 2020-12)', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  for (const name of ['entries.json', 'themes.json']) {
    const data = JSON.parse(read(`/data/${name}`)) as { $schema: string };
    expect(resolves(data.$schema), data.$schema).toBe(true);
    const schema = JSON.parse(read(localPath(data.$schema)!)) as Record<string, unknown>;
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema['$id']).toBe(data.$schema);
    const validate = ajv.compile(schema);
    expect(validate(data), JSON.stringify(validate.errors?.slice(0, 5))).toBe(true);
    // The schema is strict: a field it does not know fails.
    expect(validate({ ...data, unknownField: 1 })).toBe(false);
  }
});

test('the data files hold exactly the content: every entry, action, target, principle, glossary pair and theme', () => {
  const content = readContent();
  const csv = (name: string) => parseCsv(read(`/data/${name}`), { columns: true }) as Record<string, string>[];
  const entries = JSON.parse(read('/data/entries.json')) as { entries: { id: string; today?: { da: string }; actions: { id: string; text: string }[]; targets: { text: string }[]; principles: unknown[]; pages: { da: string; nb: string } }[]; sources: unknown[] };
  expect(entries.entries.map((entry) => entry.id).sort()).toEqual(content.entries.map((entry) => entry.id).sort());
  expect(entries.sources).toHaveLength(content.sources.length);
  expect(csv('entries.csv').map((row) => row['entry_id']).sort()).toEqual(content.entries.map((entry) => entry.id).sort());
  // Each action with its text and seed lines exactly as the content gives them.
  const lines = (item: Record<string, unknown>) => (Array.isArray(item['lines']) ? (item['lines'] as number[]).join('-') : '-');
  const actions = content.entries.flatMap((entry) => entry.actions.map((action) => `${entry.id}#${String(action['id'])}\t${String(action['text'])}\t${lines(action)}`));
  expect(actions.filter((action) => !action.endsWith('\t-')).length, 'actions with seed lines in content/').toBeGreaterThan(0);
  expect(csv('actions.csv').map((row) => `${row['entry_id']}#${row['action_id']}\t${row['text']}\t${row['first_line']}-${row['last_line']}`).sort()).toEqual(actions.sort());
  const targets = content.entries.flatMap((entry) => entry.targets.map((target) => `${entry.id}\t${String(target['text'])}\t${target['value'] ?? ''}\t${target['unit'] ?? ''}\t${target['comparator'] ?? ''}\t${target['year'] ?? ''}\t${lines(target)}`));
  expect(csv('targets.csv').map((row) => `${row['entry_id']}\t${row['text']}\t${row['value']}\t${row['unit']}\t${row['comparator']}\t${row['year']}\t${row['first_line']}-${row['last_line']}`).sort()).toEqual(targets.sort());
  const principles = content.entries.flatMap((entry) => entry.principles.map((principle) => `${entry.id}#${String(principle['id'])}\t${String(principle['text'])}`));
  expect(csv('principles.csv').map((row) => `${row['entry_id']}#${row['principle_id']}\t${row['text']}`).sort()).toEqual(principles.sort());
  expect(entries.entries.flatMap((entry) => entry.principles)).toHaveLength(principles.length);
  // The editors' notes on today's county authorities travel with their entries.
  const today = (list: { id: string; today?: { da: string } | undefined }[]) => list.flatMap((entry) => (entry.today ? [`${entry.id}\t${entry.today.da}`] : [])).sort();
  expect(today(entries.entries).length).toBeGreaterThan(0);
  expect(today(entries.entries)).toEqual(today(content.entries));
  expect(csv('glossary.csv').map((row) => `${row['da']}/${row['nb']}`).sort()).toEqual(content.glossary.map((term) => `${String(term['da'])}/${String(term['nb'])}`).sort());
  const themes = JSON.parse(read('/data/themes.json')) as { themes: { id: string; da: { page: string }; nb: { page: string } }[] };
  expect(themes.themes.map((theme) => theme.id).sort()).toEqual([...content.themes].sort());
  const matrix = csv('matrix.csv');
  expect(matrix.map((row) => row['organisation']).sort()).toEqual([...new Set(content.entries.map((entry) => entry.organisation))].sort());
  expect(Object.keys(matrix[0]!)).toEqual(['organisation', 'country', ...themes.themes.map((theme) => theme.id), 'total']);
  const items = content.entries.reduce((sum, entry) => sum + entry.actions.length + entry.principles.length, 0);
  expect(matrix.reduce((sum, row) => sum + Number(row['total']), 0)).toBe(items);
  // Page addresses point at built pages in both UI languages.
  for (const entry of entries.entries) for (const address of [entry.pages.da, entry.pages.nb]) expect(resolves(address), address).toBe(true);
  for (const theme of themes.themes) for (const address of [theme.da.page, theme.nb.page]) expect(resolves(address), address).toBe(true);
});

test('datapackage.json describes every CSV column, and every value fits its column\'s type', () => {
  const pack = JSON.parse(read('/data/datapackage.json')) as { resources: { path: string; schema: { fields: { name: string; type: string; description: string }[] } }[] };
  const csvFiles = readdirSync(join(dist, 'data')).filter((name) => name.endsWith('.csv'));
  expect(pack.resources.map((resource) => new URL(resource.path).pathname).sort()).toEqual(csvFiles.map((name) => `/data/${name}`).sort());
  const fits: Record<string, (value: string) => boolean> = {
    string: () => true,
    integer: (value) => /^-?\d+$/u.test(value),
    number: (value) => Number.isFinite(Number(value)),
    boolean: (value) => value === 'true' || value === 'false',
  };
  for (const resource of pack.resources) {
    const rows = parseCsv(read(localPath(resource.path)!), { columns: false }) as string[][];
    expect(rows[0], resource.path).toEqual(resource.schema.fields.map((field) => field.name));
    for (const field of resource.schema.fields) expect(field.description.length, `${resource.path} ${field.name}`).toBeGreaterThan(10);
    const wrong = rows.slice(1).flatMap((row) => row.flatMap((value, column) => {
      const field = resource.schema.fields[column]!;
      return value === '' || fits[field.type]!(value) ? [] : [`${resource.path}: ${field.name} = ${value} is not ${field.type}`];
    }));
    expect(wrong).toEqual([]);
  }
});

test('dataset.jsonld describes the dataset in DCAT-AP with one distribution per data file, each address a built file', () => {
  const dataset = JSON.parse(read('/data/dataset.jsonld')) as Record<string, unknown>;
  expect(dataset['@type']).toBe('dcat:Dataset');
  for (const key of ['dct:title', 'dct:description']) expect((dataset[key] as { '@language': string }[]).map((text) => text['@language']).sort()).toEqual(['da', 'nb']);
  for (const key of ['dct:publisher', 'dcat:contactPoint', 'dcat:theme', 'dcat:keyword', 'dct:license', 'dct:source']) expect(dataset[key], key).toBeTruthy();
  const sourceUrls = readContent().sources.flatMap((source) => (source['url'] ? [String(source['url'])] : []));
  const sources = dataset['dct:source'] as { '@id'?: string; 'dct:title': { '@value': string } }[];
  expect(sources).toHaveLength(readContent().sources.length);
  for (const url of sourceUrls) expect(sources.map((source) => source['@id'])).toContain(url);
  const distributions = dataset['dcat:distribution'] as Record<string, { '@id': string } & Record<string, unknown>>[];
  const dataFiles = readdirSync(join(dist, 'data')).filter((name) => name !== 'dataset.jsonld' && statSync(join(dist, 'data', name)).isFile());
  expect(distributions.map((distribution) => new URL(distribution['dcat:downloadURL']!['@id']).pathname.replace('/data/', '')).sort()).toEqual(dataFiles.sort());
  for (const distribution of distributions) {
    const path = localPath(distribution['dcat:downloadURL']!['@id'])!;
    expect(distribution['@type']).toBe('dcat:Distribution');
    expect(Number(distribution['dcat:byteSize'])).toBe(statSync(fileOf(dist, path)).size);
    const mediaType = String(distribution['dcat:mediaType']!['@id']).split('/media-types/')[1];
    expect(mediaType).toBe(path.endsWith('.csv') ? 'text/csv' : 'application/json');
  }
  // Every address of this site that the description names is a file in the build.
  const addresses = JSON.stringify(dataset).match(/https:\/\/lokal-udvikling\.example\/[^"#]*/gu) ?? [];
  expect(addresses.length).toBeGreaterThan(20);
  expect(addresses.filter((address) => !resolves(address))).toEqual([]);
});

test('entry pages carry citation metadata that matches the page', () => {
  const content = readContent();
  for (const entry of content.entries) {
    for (const locale of ['da', 'nb']) {
      const path = `/${locale}/kilder/${entry.id}/`;
      const meta = new Map(headTags(read(path), 'meta').flatMap((tag) => (tag['name'] ? [[tag['name'], tag['content'] ?? '']] : [])));
      expect(meta.get('citation_title'), path).toBe(entry.title);
      expect(meta.get('citation_author'), path).toBe(entry.organisation);
      expect(meta.get('citation_public_url'), path).toBe(new URL(path, EXAMPLE_SITE).href);
      expect(meta.get('og:type') ?? 'article', path).toBe('article');
    }
  }
  // The visible citation gives the absolute address.
  expect(read('/da/kilder/luk-2011/finnmark/')).toMatch(/<section class="citation"[\s\S]*>https:\/\/lokal-udvikling\.example\/da\/kilder\/luk-2011\/finnmark\/<\/a>/u);
  const luk = new Map(headTags(read('/da/kilder/luk-2011/finnmark/'), 'meta').flatMap((tag) => (tag['name'] ? [[tag['name'], tag['content'] ?? '']] : [])));
  expect(luk.get('citation_publication_date')).toBe('2011');
  expect(luk.get('citation_publisher')).toBe('Kommunal- og regionaldepartementet');
});
