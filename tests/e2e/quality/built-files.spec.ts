// Every file of dist/, whatever built it: no address that runs code (javascript:, vbscript:, data:
// outside images), no inline event handler or style attribute, no inline script or style but the
// ones whose hash the page's Content-Security-Policy names. Needs no browser and no server.
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { cssProblems, jsonProblems, markupProblems, textProblems } from '../support/built-file-problems.ts';
import { ROOT } from '../support/content.ts';

const DIST = join(ROOT, 'dist');

/** How each kind of file is read; a kind dist/ holds but this lacks fails the test. */
const READERS: Record<string, ((content: string, file: string) => string[]) | 'binary' | 'code'> = {
  '.html': (content, file) => markupProblems(content, !file.startsWith('pagefind/')),
  '.svg': (content) => markupProblems(content, false),
  '.xml': (content) => markupProblems(content, false),
  '.xsl': (content) => markupProblems(content, false),
  '.json': jsonProblems,
  '.jsonld': jsonProblems,
  '.webmanifest': jsonProblems,
  '.css': cssProblems,
  '.csv': textProblems,
  '.txt': textProblems,
  '.md': textProblems,
  '.ttl': textProblems,
  // The static hosts' rule files (no extension).
  '': textProblems,
  // Scripts bundled by Astro and Pagefind: allowed by 'self' in the policy, and code, not addresses.
  '.js': 'code',
  '.mjs': 'code',
  '.wasm': 'binary',
  '.pagefind': 'binary',
  '.pf_meta': 'binary',
  '.pf_index': 'binary',
  '.pf_fragment': 'binary',
  '.pf_filter': 'binary',
  '.png': 'binary',
  '.jpg': 'binary',
  '.webp': 'binary',
  '.ico': 'binary',
  '.woff2': 'binary',
};

test('no file of dist/ holds a javascript: address, an inline event handler or an unhashed inline script', () => {
  const files = readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => relative(DIST, join(item.parentPath, item.name)).split('\\').join('/'));
  expect(files.length, 'files in dist/ (run npm run build first)').toBeGreaterThan(100);
  const problems: string[] = [];
  const read = { pages: 0, other: 0 };
  for (const file of files) {
    const reader = READERS[extname(file)];
    if (reader === undefined) {
      problems.push(`dist/${file}: no rule for ${extname(file) || 'files without an extension'} files (add one to this test)`);
      continue;
    }
    if (reader === 'binary' || reader === 'code') continue;
    if (file.endsWith('.html')) read.pages++;
    else read.other++;
    for (const problem of reader(readFileSync(join(DIST, file), 'utf8'), file)) problems.push(`dist/${file}: ${problem}`);
  }
  expect(problems).toEqual([]);
  expect(read.pages).toBeGreaterThan(100);
});

test('the file check finds what it looks for', () => {
  const policy = `<meta http-equiv="content-security-policy" content="script-src 'self' 'sha256-mTytrf2QssaOZNGNRT1WCtMRd3ocH8LJxQQu5qMUanU='; style-src 'self'">`;
  const page = (body: string) => `<!DOCTYPE html><html lang="da"><head>${policy}</head><body>${body}</body></html>`;
  const found = (body: string) => markupProblems(page(body), true);
  expect(found('<a href="/da/">ok</a><img src="data:image/png;base64,AA" alt=""><script type="module">hello()</script><script type="application/ld+json">{}</script>')).toEqual([]);
  expect(found('<a href="javascript:alert(1)">x</a>')).toEqual(['<a href> holds a javascript: address']);
  expect(found('<a href=" JaVa&#x09;Script:alert(1)">x</a>')).toEqual(['<a href> holds a javascript: address']);
  expect(found('<form action="vbscript:x"></form>')).toEqual(['<form action> holds a vbscript: address']);
  expect(found('<iframe src="data:text/html,x"></iframe>')).toEqual(['<iframe src> holds a data: address']);
  expect(found('<img src="x" onerror="alert(1)" alt="">')).toEqual(['<img> has an inline event handler onerror="alert(1)"']);
  expect(found('<p style="color:red">x</p>')).toEqual(['<p> has a style attribute']);
  expect(found('<script>alert(1)</script>')[0]).toMatch(/^an inline <script> whose hash 'sha256-.*' the page's policy does not name: alert\(1\)/u);
  expect(found('<script src="https://example.org/x.js"></script>')).toEqual(['<script src="https://example.org/x.js"> is not a file of the site']);
  expect(found('<style>p{}</style>')[0]).toMatch(/^an inline <style> whose hash/u);
  expect(markupProblems('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', false)).toEqual(['an inline <script> in a file that is not a page']);
  expect(jsonProblems('{"distribution":[{"accessURL":"javascript:alert(1)"}]}')).toEqual(['distribution[0].accessURL is a javascript: address']);
  expect(textProblems('id,url\n1,javascript:alert(1)\n2,JavaScript: mentioned in text\n')).toEqual(['holds the address javascript:alert(1)']);
  expect(cssProblems('a{background:url("javascript:alert(1)")}')).toEqual(['url() holds javascript:alert(1)']);
});
