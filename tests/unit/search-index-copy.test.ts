import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { after, describe, test } from 'node:test';
import { indexableCopy, mainOnly, pageAddress, themeWordsElement, withThemeWords } from '../../scripts/search-index-copy.ts';
import { MALLOC_CONF, pagefindEnv, runPagefind } from '../../scripts/run-pagefind.mjs';

const HEAD = '<head><meta charset="utf-8"><title>Landsbyer · Lokal udvikling</title><script type="module">console.log("x")</script></head>';
const HEADER = '<header><a href="/da/">Lokal udvikling</a><nav><a href="/da/temaer/">Temaer</a> <a href="/da/ordliste/">Ordliste</a></nav></header>';
const FOOTER = '<footer><p>Kilder og licens</p></footer>';
const entry = (title: string, text: string) =>
  `<!DOCTYPE html><html lang="da">${HEAD}<body class="page">${HEADER}<main id="main" data-pagefind-body data-pagefind-filter="ui:da">` +
  `<h1 data-pagefind-meta="lang:da" data-pagefind-filter="type:entry">${title}</h1><section id="resume"><h2 id="resume-heading">Resumé</h2><p>${text}</p></section>` +
  `<dl class="facts" data-pagefind-ignore><dt>Organisation</dt><dd data-pagefind-meta="organisation">Rebild Kommune</dd></dl>` +
  `<p data-pagefind-ignore><a href="/da/temaer/planlaegning/" data-pagefind-filter="theme">Planlægning</a></p></main>${FOOTER}</body></html>`;

describe('search index copy: what Pagefind is given', () => {
  test('an address is the path below the site folder without index.html', () => {
    assert.equal(pageAddress('da/kilder/dk-0217/maal-1/index.html'), '/da/kilder/dk-0217/maal-1/');
    assert.equal(pageAddress('da\\kilder\\index.html'), '/da/kilder/');
    assert.equal(pageAddress('da/404.html'), '/da/404.html');
    assert.equal(pageAddress('index.html'), '/');
  });

  test('theme keywords become hidden metadata, escaped', () => {
    assert.equal(themeWordsElement('børn & unge, <skole>'), '<span data-pagefind-meta="themewords" hidden>børn &amp; unge, &lt;skole&gt;</span>');
    assert.equal(withThemeWords('<html><body><p>x</p></body></html>', 'unge'), '<html><body><p>x</p><span data-pagefind-meta="themewords" hidden>unge</span></body></html>');
    assert.equal(withThemeWords('<p>x</p>', 'unge'), '<p>x</p><span data-pagefind-meta="themewords" hidden>unge</span>');
    assert.equal(withThemeWords('<p>x</p>'), '<p>x</p>');
  });

  test('an entry page is cut to its html and body tags and its main element, keywords after main', () => {
    const copy = indexableCopy(entry('Landsbyer', 'Tekst om landsbyer.'), 'skole, unge');
    assert.ok(copy);
    assert.ok(copy.startsWith('<!DOCTYPE html><html lang="da"><head></head><body class="page"><main id="main" data-pagefind-body'));
    assert.ok(copy.endsWith('</main><span data-pagefind-meta="themewords" hidden>skole, unge</span></body></html>'));
    for (const gone of ['<title>', '<script', '<header>', '<footer>', 'Ordliste']) assert.ok(!copy.includes(gone), gone);
  });

  test('a page is copied whole when something Pagefind reads is outside main, or main is not single', () => {
    const metaInHead = entry('A', 'b').replace('</head>', '<meta data-pagefind-meta="image:/x.png"></head>');
    assert.equal(mainOnly(metaInHead), undefined);
    assert.equal(indexableCopy(metaInHead, 'unge'), withThemeWords(metaInHead, 'unge'));
    const twoMains = entry('A', 'b').replace(FOOTER, '<main hidden><p>c</p></main>');
    assert.equal(mainOnly(twoMains), undefined);
    assert.equal(mainOnly('<html lang="da"><body><p data-pagefind-body>x</p></body></html>'), undefined);
    assert.equal(mainOnly('<main data-pagefind-body>x</main>'), undefined, 'no html element: Pagefind would not index it');
    assert.equal(indexableCopy('<html lang="da"><body><p data-pagefind-body>x</p></body></html>'), '<html lang="da"><body><p data-pagefind-body>x</p></body></html>');
  });

  test('a page without data-pagefind-body is not copied', () => {
    assert.equal(indexableCopy(entry('A', 'b').replace(' data-pagefind-body', ''), 'unge'), undefined);
  });
});

describe('search index copy: Pagefind builds the same index from the cut pages', () => {
  const root = mkdtempSync(join(tmpdir(), 'search-index-copy-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  const pages: Record<string, { html: string; words?: string }> = {
    'da/kilder/dk-1/maal-1/index.html': { html: entry('Landsbyer i udvikling', 'Borgerne mødes i forsamlingshuset om trafik.'), words: 'børn og unge, skole, mødesteder' },
    'da/kilder/dk-1/maal-2/index.html': { html: entry('Cykelstier', 'Kommunen bygger stier mellem byerne.'), words: 'infrastruktur, mobilitet, cykel' },
    'da/kilder/dk-1/maal-3/index.html': { html: entry('Grønne byer', 'Solceller på skolen.').replace('</head>', '<meta data-pagefind-meta="image:/billede.png"></head>') },
    'da/soeg/index.html': { html: entry('Søg', 'Skriv et ord.').replace(' data-pagefind-body', '') },
  };

  const write = (site: string, copy: (html: string, words?: string) => string | undefined) => {
    for (const [path, page] of Object.entries(pages)) {
      const html = copy(page.html, page.words);
      if (html === undefined) continue;
      mkdirSync(dirname(join(site, path)), { recursive: true });
      writeFileSync(join(site, path), html);
    }
  };
  const files = (dir: string): Record<string, string> => {
    const out: Record<string, string> = {};
    const walk = (folder: string) => {
      for (const entry of readdirSync(folder, { withFileTypes: true })) {
        const path = join(folder, entry.name);
        if (entry.isDirectory()) walk(path);
        else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
      }
    };
    walk(dir);
    return out;
  };
  const index = (site: string, output: string) => {
    runPagefind(['--site', site, '--glob', 'da/**/*.html', '--output-path', output, '--force-language', 'da', '--exclude-selectors', 'dl.facts', '--quiet']);
    return files(output);
  };

  test('every output file of the cut copy equals the one of the whole pages (same content hashes)', () => {
    write(join(root, 'whole'), (html, words) => withThemeWords(html, words));
    write(join(root, 'cut'), indexableCopy);
    const whole = index(join(root, 'whole'), join(root, 'out-whole'));
    const cut = index(join(root, 'cut'), join(root, 'out-cut'));
    assert.ok(Object.keys(whole).some((path) => path.includes('fragment')), 'Pagefind wrote fragments');
    assert.deepEqual(cut, whole);
    const entryFile = JSON.parse(readFileSync(join(root, 'out-cut', 'pagefind-entry.json'), 'utf8')) as { languages: { da: { page_count: number } } };
    assert.equal(entryFile.languages.da.page_count, 3);
  });
});

describe('run-pagefind: environment', () => {
  test("jemalloc's setting is passed on, and can be replaced or turned off", () => {
    assert.equal(pagefindEnv({ PATH: '/bin' })['_RJEM_MALLOC_CONF'], MALLOC_CONF);
    assert.equal(pagefindEnv({ PAGEFIND_MALLOC_CONF: 'narenas:2' })['_RJEM_MALLOC_CONF'], 'narenas:2');
    assert.equal(pagefindEnv({ PAGEFIND_MALLOC_CONF: '' })['_RJEM_MALLOC_CONF'], undefined);
    assert.equal(pagefindEnv({ PATH: '/bin' })['PATH'], '/bin');
  });
});
