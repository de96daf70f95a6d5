// Reads every built HTML file and checks each internal link, anchor and asset it names.
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, ROOT } from '../support/content.ts';

const DIST = join(ROOT, 'dist');
const fileFor = (path: string) => join(DIST, decodeURIComponent(path), path.endsWith('/') ? 'index.html' : '');

test('no broken internal links, anchors or assets anywhere in dist/', () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(100);
  const ids = new Map<string, Set<string>>();
  const idsOf = (path: string) => {
    if (!ids.has(path)) {
      const file = fileFor(path);
      const html = existsSync(file) ? readFileSync(file, 'utf8') : '';
      ids.set(path, new Set([...html.matchAll(/\sid="([^"]+)"/gu)].map((match) => match[1] ?? '')));
    }
    return ids.get(path)!;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const page of pages) {
    const html = readFileSync(fileFor(page), 'utf8');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]+)"/gu)) {
      const raw = (match[1] ?? '').replaceAll('&amp;', '&');
      if (/^(?:[a-z]+:|\/\/)/iu.test(raw)) continue; // other sites and mailto: are not ours to check
      const url = new URL(raw, `http://site${page}`);
      checked++;
      const target = url.pathname;
      const exists = existsSync(fileFor(target)) || (target.endsWith('/') && existsSync(join(DIST, decodeURIComponent(target), 'index.html')));
      if (!exists) {
        broken.push(`${page}: ${raw} (no such file)`);
        continue;
      }
      if (url.hash && target.endsWith('/') && !idsOf(target).has(decodeURIComponent(url.hash.slice(1)))) broken.push(`${page}: ${raw} (no such anchor)`);
    }
  }
  expect(checked).toBeGreaterThan(1000);
  expect(broken).toEqual([]);
});
