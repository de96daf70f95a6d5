// The site as nginx serves it with deploy/nginx.conf (the test server, see playwright.config.ts):
// security headers, the Content-Security-Policy as a header equal to the pages' own, 404 status and
// page per language, gzip, caching, the trailing-slash redirect and a type for every kind of file.
// The files come from dist/, so new pages and kinds of files are covered without editing a list.
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { expect, test, type APIResponse } from '@playwright/test';
import { ROOT } from '../support/content.ts';

const DIST = join(ROOT, 'dist');

/** Every file in dist/, as the address it is served at. */
function distFiles(): string[] {
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile())
    .map((item) => `/${relative(DIST, join(item.parentPath, item.name)).split('\\').join('/')}`)
    .sort();
}

/** Every page in dist/ at its address (`/da/` for `da/index.html`); Pagefind's files left out. */
function pageAddresses(): string[] {
  return distFiles()
    .filter((file) => file.endsWith('.html') && !file.startsWith('/pagefind/'))
    .map((file) => file.replace(/(^|\/)index\.html$/u, '$1'));
}

/** Directives → sources, for comparing policies whatever their spacing and order. */
function directives(policy: string): Map<string, string[]> {
  return new Map(policy.split(';').map((part) => part.trim().split(/\s+/u)).filter(([name]) => name).map(([name, ...sources]) => [name!.toLowerCase(), sources.sort()]));
}

/** The type each kind of file must be served with. A kind of file dist/ holds but this lacks fails the test. */
const TYPES: Record<string, RegExp> = {
  '.html': /^text\/html; charset=utf-8$/u,
  '.css': /^text\/css; charset=utf-8$/u,
  '.js': /^text\/javascript; charset=utf-8$/u,
  '.mjs': /^text\/javascript; charset=utf-8$/u,
  '.json': /^application\/json; charset=utf-8$/u,
  '.jsonld': /^application\/ld\+json; charset=utf-8$/u,
  '.xml': /^application\/xml; charset=utf-8$/u,
  '.xsl': /^text\/xsl; charset=utf-8$/u,
  '.csv': /^text\/csv; charset=utf-8$/u,
  '.txt': /^text\/plain; charset=utf-8$/u,
  '.ttl': /^text\/turtle; charset=utf-8$/u,
  '.webmanifest': /^application\/manifest\+json; charset=utf-8$/u,
  '.svg': /^image\/svg\+xml; charset=utf-8$/u,
  '.png': /^image\/png$/u,
  '.jpg': /^image\/jpeg$/u,
  '.webp': /^image\/webp$/u,
  '.ico': /^image\/x-icon$/u,
  '.woff2': /^font\/woff2$/u,
  '.wasm': /^application\/wasm$/u,
  // Pagefind's index and WebAssembly: gzipped by Pagefind, unpacked by its script.
  '.pagefind': /^application\/octet-stream$/u,
  '.pf_meta': /^application\/octet-stream$/u,
  '.pf_index': /^application\/octet-stream$/u,
  '.pf_fragment': /^application\/octet-stream$/u,
  '.pf_filter': /^application\/octet-stream$/u,
};

/** Files for other static hosts, which nginx must not serve. */
const HOST_RULES = ['/_headers', '/_redirects'];

/** A `_headers` file (Netlify, Cloudflare Pages): address pattern → header name (lower case) → value. */
function parseHeadersFile(text: string): Map<string, Map<string, string>> {
  const blocks = new Map<string, Map<string, string>>();
  let current: Map<string, string> | undefined;
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (!/^\s/u.test(line)) blocks.set(line.trim(), (current = new Map()));
    else {
      const [, name, value] = /^\s+([\w-]+):\s*(.*)$/u.exec(line) ?? [];
      if (current && name) current.set(name.toLowerCase(), value ?? '');
    }
  }
  return blocks;
}

const header = (response: APIResponse, name: string) => response.headers()[name.toLowerCase()] ?? '';

test.describe('nginx with deploy/nginx.conf', () => {
  test('every page sends the security headers, and the policy header is the one in its <meta> plus frame-ancestors', async ({ request }) => {
    const pages = pageAddresses();
    expect(pages.length, 'pages in dist/ (run npm run build first)').toBeGreaterThan(100);
    for (const page of pages) {
      const response = await request.get(page, { maxRedirects: 0 });
      expect(response.status(), page).toBe(200);
      const html = await response.text();
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/u.exec(html)?.[1];
      expect(meta, `${page} carries a <meta> policy`).toBeTruthy();
      const sent = directives(header(response, 'content-security-policy'));
      expect(sent.get('frame-ancestors'), page).toEqual(["'none'"]);
      sent.delete('frame-ancestors');
      expect(sent, `${page}: the header's policy equals the page's <meta> policy`).toEqual(directives(meta!));
      expect(header(response, 'x-content-type-options'), page).toBe('nosniff');
      expect(header(response, 'referrer-policy'), page).toBe('strict-origin-when-cross-origin');
      expect(header(response, 'permissions-policy'), page).toMatch(/camera=\(\).*geolocation=\(\).*microphone=\(\)/u);
      expect(header(response, 'server'), page).toBe('nginx');
    }
  });

  test('the policy header blocks an inline script the page did not bring, and no page can be framed', async ({ page }) => {
    // Remove the <meta> first, so only the header can block the script.
    await page.goto('/da/');
    const blocked = await page.evaluate(async () => {
      document.querySelector('meta[http-equiv="content-security-policy"]')?.remove();
      const violation = new Promise<string>((resolve) => document.addEventListener('securitypolicyviolation', (event) => resolve(event.effectiveDirective), { once: true }));
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.body.append(script);
      return { directive: await violation, ran: (window as { __injected?: boolean }).__injected === true };
    });
    expect(blocked).toEqual({ directive: 'script-src-elem', ran: false });

    await page.setContent(`<iframe src="${new URL('/da/', page.url()).href}" title="framed"></iframe>`);
    const frame = page.frames()[1];
    await expect.poll(() => frame?.url()).toMatch(/^chrome-error:/u);
  });

  test('no page logs a Content-Security-Policy violation or an error under nginx, search included', async ({ page }) => {
    // One page after another: about 0.2 s each.
    test.setTimeout(60_000 + pageAddresses().length * 1_000);
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || /Content Security Policy/iu.test(message.text())) problems.push(`${page.url()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`${page.url()}: ${error.message}`));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy violation: ${event.effectiveDirective} ${event.blockedURI}`));
    });
    for (const address of pageAddresses()) {
      // The 404 pages are meant to answer 404; here each is loaded as a page of its own.
      await page.goto(address, { waitUntil: 'load' });
    }
    // Search loads Pagefind's script, WebAssembly and index: all must arrive with working types.
    await page.goto('/nb/sok/?q=Kirkenes');
    await expect(page.locator('main ol.search-results > li').first()).toBeVisible();
    await page.goto('/da/');
    await page.locator('#site-search-query').fill('frivillighed');
    await expect(page.locator('#site-search-panel li').first()).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(problems).toEqual([]);
  });

  test('an unknown address answers 404 with the page of its language', async ({ request }) => {
    const cases = [
      { path: '/da/findes-ikke/', lang: 'da', title: /Siden findes ikke/u },
      { path: '/da/kilder/luk-2011/ukendt-fylke/', lang: 'da', title: /Siden findes ikke/u },
      { path: '/nb/finnes-ikke/', lang: 'nb', title: /Siden finnes ikke/u },
      { path: '/nb/temaer/ukjent', lang: 'nb', title: /Siden finnes ikke/u },
      { path: '/en/about/', lang: 'da', title: /Siden findes ikke.*Siden finnes ikke/u },
      { path: '/ingenting.html', lang: 'da', title: /Siden findes ikke.*Siden finnes ikke/u },
      { path: '/_astro/', lang: 'da', title: /Siden findes ikke.*Siden finnes ikke/u },
      { path: '/pagefind/da/fragment/ukendt.pf_fragment', lang: 'da', title: /Siden findes ikke.*Siden finnes ikke/u },
      ...HOST_RULES.map((path) => ({ path, lang: 'da', title: /Siden findes ikke.*Siden finnes ikke/u })),
    ];
    for (const { path, lang, title } of cases) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(404);
      expect(header(response, 'content-type'), path).toMatch(/^text\/html/u);
      const html = await response.text();
      expect(html, path).toContain(`<html lang="${lang}"`);
      expect(/<title>([^<]*)<\/title>/u.exec(html)?.[1], path).toMatch(title);
      expect(header(response, 'content-security-policy'), path).toContain("frame-ancestors 'none'");
      expect(header(response, 'cache-control'), path).toBe('no-cache');
    }
  });

  test('the 404 pages are kept out of search engines', async ({ request }) => {
    for (const path of ['/da/404/', '/nb/404/', '/da/findes-ikke/']) {
      expect(header(await request.get(path), 'x-robots-tag'), path).toBe('noindex');
    }
    expect(header(await request.get('/da/'), 'x-robots-tag')).toBe('');
  });

  test('a folder without its final slash redirects to the folder, query kept', async ({ request }) => {
    const folders = pageAddresses().filter((page) => page.length > 1 && page.endsWith('/'));
    const cases = [...new Set(['/da/kilder/', '/nb/kilder/', ...folders.filter((_, index) => index % 10 === 0)])];
    for (const folder of cases) {
      const response = await request.get(folder.slice(0, -1), { maxRedirects: 0 });
      expect(response.status(), folder).toBe(301);
      expect(header(response, 'location'), folder).toBe(folder);
    }
    const withQuery = await request.get('/da/soeg?q=frivillighed', { maxRedirects: 0 });
    expect(withQuery.status()).toBe(301);
    expect(header(withQuery, 'location')).toBe('/da/soeg/?q=frivillighed');
  });

  test('text is gzipped, Pagefind\'s own gzipped files are sent as they are', async ({ request }) => {
    const files = distFiles();
    const size = (file: string) => readFileSync(join(DIST, file)).length;
    const pick = (extension: string) => files.filter((file) => file.endsWith(extension)).sort((a, b) => size(b) - size(a))[0];
    const gzipped: string[] = [];
    // nginx leaves files under 256 bytes as they are (gzip_min_length): gzip would make them larger.
    for (const extension of ['.html', '.css', '.js', '.json', '.svg', '.csv', '.xml', '.txt', '.jsonld']) {
      const file = pick(extension);
      if (!file || size(file) < 256) continue;
      gzipped.push(extension);
      const response = await request.get(file, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(response.status(), file).toBe(200);
      expect(header(response, 'content-encoding'), file).toBe('gzip');
      expect(header(response, 'vary'), file).toMatch(/Accept-Encoding/iu);
      expect((await response.body()).equals(readFileSync(join(DIST, file))), `${file} arrives unchanged`).toBe(true);
    }
    expect(gzipped).toEqual(expect.arrayContaining(['.html', '.css', '.js']));
    for (const extension of ['.pf_fragment', '.pf_meta', '.pagefind']) {
      const file = pick(extension);
      expect(file, extension).toBeTruthy();
      const response = await request.get(file!, { headers: { 'Accept-Encoding': 'gzip' } });
      expect(header(response, 'content-encoding'), file).toBe('');
      expect((await response.body()).equals(readFileSync(join(DIST, file!))), `${file} arrives byte for byte`).toBe(true);
    }
  });

  test('hashed files in /_astro/ are cached for a year, HTML is revalidated every time', async ({ request }) => {
    const assets = distFiles().filter((file) => file.startsWith('/_astro/'));
    expect(assets.length).toBeGreaterThan(0);
    for (const asset of assets) {
      expect(header(await request.get(asset), 'cache-control'), asset).toBe('public, max-age=31536000, immutable');
    }
    for (const page of ['/', '/da/', '/nb/kilder/luk-2011/finnmark/', '/da/temaer/', '/404.html']) {
      const response = await request.get(page);
      expect(header(response, 'cache-control'), page).toBe('no-cache');
      const again = await request.get(page, { headers: { 'If-None-Match': header(response, 'etag') } });
      expect(again.status(), `${page} revalidated`).toBe(304);
    }
  });

  test('every kind of file in dist/ has its type', async ({ request }) => {
    const byExtension = new Map<string, string>();
    for (const file of distFiles()) {
      if (HOST_RULES.includes(file)) continue;
      const extension = extname(file);
      if (!byExtension.has(extension)) byExtension.set(extension, file);
    }
    for (const [extension, file] of byExtension) {
      expect(TYPES[extension], `a type for ${extension} files such as ${file} (add it to deploy/nginx.conf and to this test)`).toBeTruthy();
      const response = await request.get(file);
      expect(response.status(), file).toBe(200);
      expect(header(response, 'content-type'), file).toMatch(TYPES[extension]!);
      expect(header(response, 'x-content-type-options'), file).toBe('nosniff');
    }
  });

  test('the static hosts\' _headers file says what nginx sends', async ({ request }) => {
    const rules = readFileSync(join(DIST, '_headers'), 'utf8');
    const blocks = parseHeadersFile(rules);
    const block = (pattern: string) => blocks.get(pattern) ?? new Map<string, string>();
    const page = await request.get('/da/');
    const all = block('/*');
    expect([...all.keys()].sort()).toEqual(['content-security-policy', 'permissions-policy', 'referrer-policy', 'x-content-type-options']);
    for (const [name, value] of all) expect(value, name).toBe(header(page, name));
    const asset = distFiles().find((file) => file.startsWith('/_astro/'))!;
    expect(block('/_astro/*').get('cache-control')).toBe(header(await request.get(asset), 'cache-control'));
    expect(readFileSync(join(DIST, '_redirects'), 'utf8')).toMatch(/^\/da\/kilder\s+\/da\/kilder\/\s+301$/mu);
  });

  test('the allowed markup in the editors\' guide reaches the page as written', async ({ page }) => {
    for (const [path, other, word] of [['/da/redaktoervejledning/', 'nb', 'frivillighet'], ['/nb/redaktorveiledning/', 'da', 'frivillighed']] as const) {
      await page.goto(path);
      const section = page.locator('main');
      await expect(section.locator('abbr[title="lokal samfunnsutvikling i kommunene"]').first(), path).toHaveText('LUK');
      await expect(section.locator(`span[lang="${other}"]`).filter({ hasText: word }).first(), path).toBeVisible();
      await expect(section.locator('sub').filter({ hasText: '2' }).first(), path).toBeVisible();
      await expect(section.locator('sup').filter({ hasText: '2' }).first(), path).toBeVisible();
    }
  });

  test('the committed main file is a configuration nginx accepts, for the project folder', () => {
    const nginx = process.env['NGINX_PATH'] ?? '/usr/sbin/nginx';
    const result = spawnSync(nginx, ['-t', '-p', ROOT, '-c', 'deploy/nginx-main.conf', '-e', 'stderr'], { encoding: 'utf8' });
    expect(`${result.stdout}${result.stderr}`).toMatch(/configuration file .*deploy\/nginx-main\.conf test is successful/u);
    expect(result.status).toBe(0);
  });
});
