import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parse as parseCsv } from 'csv-parse/sync';
import { DOMParser } from '@xmldom/xmldom';
import { useTranslations } from '../../src/i18n/t.ts';
import { blobsOf, changedFields, changedTerms, changesFromCommits, changesFromFiles, classify, newestCommits, parseCatFileBatch, parseRawGitLog } from '../../src/lib/open-data/changes.ts';
import { listCell, toCsv } from '../../src/lib/open-data/csv.ts';
import { describeChange, renderAtomFeed, stableUuid } from '../../src/lib/open-data/feed.ts';
import { formatSize } from '../../src/lib/open-data/format-size.ts';
import { absoluteUrl, readPublicAddress } from '../../src/lib/open-data/public-address.ts';
import { jsonSchemaOf } from '../../src/lib/open-data/schemas.ts';
import { readAlternateLinks } from '../../src/lib/open-data/sitemap-links.ts';
import { isListedPage } from '../../src/lib/open-data/astro-integration.ts';
import { buildDataPackage } from '../../src/lib/open-data/datapackage.ts';

describe('public address (SITE_URL)', () => {
  test('accepts the root of an http(s) site and adds the trailing slash', () => {
    assert.equal(readPublicAddress('https://kb.example'), 'https://kb.example/');
    assert.equal(readPublicAddress(' http://localhost:8080/ '), 'http://localhost:8080/');
    assert.equal(readPublicAddress(undefined), undefined);
    assert.equal(readPublicAddress(''), undefined);
  });
  test('rejects what cannot be the site\'s root, saying what is expected', () => {
    assert.throws(() => readPublicAddress('kb.example'), /not a web address/u);
    assert.throws(() => readPublicAddress('ftp://kb.example/'), /https:\/\//u);
    assert.throws(() => readPublicAddress('https://kb.example/docs/'), /has a path/u);
    assert.throws(() => readPublicAddress('https://kb.example/?a=1'), /query or fragment/u);
  });
  test('absolute when the site is known, relative otherwise', () => {
    assert.equal(absoluteUrl('/da/', 'https://kb.example/'), 'https://kb.example/da/');
    assert.equal(absoluteUrl('/da/', undefined), '/da/');
  });
});

describe('CSV (RFC 4180)', () => {
  test('quotes commas, quotes and line breaks, ends every record with CRLF, and parses back', () => {
    const rows = [['Viborg Kommune, Landdistriktsudvalget', 'Han sagde "ja"', 'to\nlinjer', 85, true, undefined]];
    const text = toCsv(['a', 'b', 'c', 'd', 'e', 'f'], rows);
    assert.equal(text, 'a,b,c,d,e,f\r\n"Viborg Kommune, Landdistriktsudvalget","Han sagde ""ja""","to\nlinjer",85,true,\r\n');
    assert.deepEqual(parseCsv(text, { columns: true }), [{ a: 'Viborg Kommune, Landdistriktsudvalget', b: 'Han sagde "ja"', c: 'to\nlinjer', d: '85', e: 'true', f: '' }]);
    assert.equal(listCell(['planning', 'networks']), 'planning;networks');
  });
  test('refuses a row with the wrong number of values', () => {
    assert.throws(() => toCsv(['a', 'b'], [['x']]), /row 1 has 1 values for 2 columns/u);
  });
});

describe('sitemap alternates', () => {
  test('reads the hreflang links of a page\'s head, not other links', () => {
    const html = '<html><head><link rel="canonical" href="https://x/da/"><link rel="alternate" hreflang="da" href="https://x/da/a/"><link rel="alternate" type="application/atom+xml" href="https://x/da/feed.xml"><link rel="alternate" hreflang="nb" href="https://x/nb/a/?q=1&amp;b=2"></head><body><link rel="alternate" hreflang="en" href="https://x/en/"></body></html>';
    assert.deepEqual(readAlternateLinks(html), [
      { lang: 'da', url: 'https://x/da/a/' },
      { lang: 'nb', url: 'https://x/nb/a/?q=1&b=2' },
    ]);
  });
  test('lists pages, not the "not found" pages or files', () => {
    assert.equal(isListedPage('https://x/da/kilder/'), true);
    assert.equal(isListedPage('https://x/da/404/'), false);
    assert.equal(isListedPage('https://x/404/'), false);
    assert.equal(isListedPage('https://x/data/entries.json'), false);
  });
});

describe('changes from git history', () => {
  const log = [
    '\u0000c2 2026-11-24T10:00:00+01:00\n',
    ':100644 100644 b1 b2 M\tcontent/entries/luk-2011/finnmark.mdx',
    ':100644 100644 c3 c4 M\tcontent/glossary.yaml',
    ':000000 100644 0000000000000000000000000000000000000000 d1 A\tcontent/themes/health.yaml',
    ':100644 100644 e1 e2 M\tcontent/.import-manifest.json',
    '\u0000c1 2026-11-23T10:00:00+01:00\n',
    ':000000 100644 0000000000000000000000000000000000000000 b1 A\tcontent/entries/luk-2011/finnmark.mdx',
  ].join('\n');
  const blobs = new Map([
    ['b1', '---\ntitle: Finnmark fylkeskommune\nlanguage: nb\nsummary:\n  da: A\n  nb: B\nactions: []\n---\n'],
    ['b2', '---\ntitle: Finnmark fylkeskommune\nlanguage: nb\nsummary:\n  da: A2\n  nb: B\nactions: [{ id: a1 }]\n---\nNy tekst\n'],
    ['c3', '- { id: x, da: frivillighed, nb: frivillighet }\n- { id: y, da: kommune, nb: kommune }\n'],
    ['c4', '- { id: x, da: frivillighed, nb: frivillighet, note: { da: n, nb: n } }\n- { id: z, da: bosætning, nb: bosetting }\n'],
    ['d1', 'order: 1\nda: { label: Sundhed, slug: sundhed }\nnb: { label: Helse, slug: helse }\n'],
  ]);

  test('reads the log with blob ids, newest first, and names the blobs it needs', () => {
    const commits = parseRawGitLog(log, 'content/');
    assert.deepEqual(commits.map((commit) => [commit.hash, commit.files.length]), [['c2', 4], ['c1', 1]]);
    assert.deepEqual(blobsOf(commits).sort(), ['b1', 'b2', 'c3', 'c4', 'd1', 'e1', 'e2']);
  });
  test('takes only the newest commits that can fill the list', () => {
    const commits = parseRawGitLog(log, 'content/');
    assert.deepEqual(newestCommits(commits, 2).map((commit) => commit.hash), ['c2']);
    assert.deepEqual(newestCommits(commits, 4).map((commit) => commit.hash), ['c2', 'c1']);
  });
  test('reads git cat-file --batch output, binary-safe and with missing objects', () => {
    const text = 'æøå\n';
    const output = Buffer.concat([Buffer.from(`aa blob ${Buffer.byteLength(text)}\n`), Buffer.from(text), Buffer.from('\nbb missing\ncc blob 0\n\n')]);
    assert.deepEqual([...parseCatFileBatch(output)], [['aa', text], ['cc', '']]);
  });
  test('says which fields, terms or files changed, and leaves out files that are not pages', () => {
    const changes = changesFromCommits(parseRawGitLog(log, 'content/'), blobs);
    assert.deepEqual(
      changes.map((change) => [change.kind, change.id, change.status, change.fields, change.terms]),
      [
        ['entry', 'luk-2011/finnmark', 'modified', ['summary', 'actions', 'body'], []],
        ['glossary', 'glossary', 'modified', [], ['frivillighed/frivillighet', 'kommune/kommune', 'bosætning/bosetting']],
        ['theme', 'health', 'added', [], []],
        ['entry', 'luk-2011/finnmark', 'added', [], []],
      ],
    );
    const t = useTranslations('da');
    assert.equal(describeChange(changes[0]!, 'da', t).line, 'Ændret: resumé, indsatser, brødtekst.');
    assert.equal(describeChange(changes[1]!, 'nb', useTranslations('nb')).line, 'Endrede ordpar: frivillighed/frivillighet, kommune/kommune, bosætning/bosetting.');
    assert.deepEqual(describeChange(changes[2]!, 'nb', useTranslations('nb')), { key: 'c2:themes/health.yaml', date: new Date('2026-11-24T09:00:00Z'), kind: 'theme', kindLabel: 'Tema', title: 'Helse', lang: 'nb', path: '/nb/temaer/helse/', line: 'Lagt til.' });
  });
  test('compares a theme\'s language fields by their own names', () => {
    assert.deepEqual(changedFields({ order: 1, da: { label: 'A', keywords: ['x'] } }, { order: 1, da: { label: 'A', keywords: ['x', 'y'] } }), ['keywords']);
    assert.deepEqual(changedTerms([{ id: 'x', da: 'a', nb: 'b' }], [{ id: 'x', da: 'a', nb: 'b' }]), []);
  });
  test('classifies content files', () => {
    assert.deepEqual(classify('pages/nb/om.mdx'), { kind: 'page', id: 'nb/om' });
    assert.equal(classify('sources/luk-2011.yaml'), undefined);
  });
  test('outside git, orders the files by date', () => {
    const changes = changesFromFiles([
      { path: 'themes/health.yaml', text: 'da: { label: Sundhed, slug: sundhed }', modified: new Date('2026-01-01') },
      { path: 'entries/a/b.mdx', text: '---\ntitle: B\n---\n', modified: new Date('2026-02-01') },
    ]);
    assert.deepEqual(changes.map((change) => [change.id, change.status]), [['a/b', 'dated'], ['health', 'dated']]);
  });
});

describe('Atom feed', () => {
  test('is well-formed XML with stable UUID ids and escaped text', () => {
    const t = useTranslations('da');
    const views = [{ key: 'c1:entries/a/b.mdx', date: new Date('2026-11-23T09:00:00Z'), kind: 'entry' as const, kindLabel: 'Opslag', title: 'A & <B>', lang: 'da', path: '/da/kilder/a/b/', line: 'Tilføjet.' }];
    const xml = renderAtomFeed({ locale: 'da', views, site: 'https://kb.example/', t, author: 'Redaktionen' });
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => errors.push(`${level}: ${message}`) }).parseFromString(xml, 'text/xml');
    assert.deepEqual(errors, []);
    assert.equal(doc.getElementsByTagName('title')[1]?.textContent, 'Opslag: A & <B>');
    assert.equal(doc.getElementsByTagName('link')[2]?.getAttribute('href'), 'https://kb.example/da/kilder/a/b/');
    assert.match(stableUuid('x'), /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
    assert.equal(stableUuid('x'), stableUuid('x'));
    assert.notEqual(stableUuid('x'), stableUuid('y'));
  });
});

describe('published schemas', () => {
  test('are draft 2020-12, carry their $id, and reject what the content schemas reject', () => {
    const schema = jsonSchemaOf('themes.json', 'https://kb.example/data/schemas/themes.schema.json');
    assert.equal(schema['$schema'], 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema['$id'], 'https://kb.example/data/schemas/themes.schema.json');
    const validate = new Ajv2020({ strict: true }).compile(schema);
    const theme = { label: 'Sundhed', slug: 'sundhed', description: 'Om sundhed.', keywords: ['sundhed'], page: '/da/temaer/sundhed/' };
    const file = { $schema: 'x', licence: 'y', themes: [{ id: 'health', order: 1, da: theme, nb: theme, actions: 2 }] };
    assert.equal(validate(file), true, JSON.stringify(validate.errors));
    assert.equal(validate({ ...file, themes: [{ ...file.themes[0], da: { ...theme, label: '' } }] }), false);
    assert.equal(jsonSchemaOf('entries.json', undefined)['$id'], undefined);
  });
  test('sizes read as readers write them', () => {
    assert.deepEqual(formatSize(812, 'da'), { unit: 'bytes', size: '812' });
    assert.deepEqual(formatSize(30261, 'nb'), { unit: 'kilobytes', size: '30,3' });
  });
});

describe('data package', () => {
  const file = (content: string) => ({ name: 'x.csv', mediaType: 'text/csv' as const, format: 'CSV' as const, title: { da: '', nb: '' }, description: { da: '', nb: '' }, content });
  test('types each column, theme columns as counts', () => {
    const pack = buildDataPackage([file('organisation,health,total\r\nA,1,1\r\n')], ['health'], (name) => `/data/${name}`) as { resources: { path: string; schema: { fields: { name: string; type: string }[] } }[] };
    assert.equal(pack.resources[0]?.path, '/data/x.csv');
    assert.deepEqual(pack.resources[0]?.schema.fields.map((field) => [field.name, field.type]), [['organisation', 'string'], ['health', 'integer'], ['total', 'integer']]);
  });
  test('refuses a column nobody described', () => {
    assert.throws(() => buildDataPackage([file('mystery\r\n1\r\n')], [], (name) => name), /column "mystery" has no description/u);
  });
});
