/**
 * Page weights of a built site.
 *
 * - Static: an entry page's HTML plus the stylesheets it links, each gzipped (level 9, as a
 *   static host would serve them); the `<script src>` tags and module preloads it carries
 *   (JavaScript files loaded before the reader uses search), and its inline script bytes.
 * - In Chromium (Debian's, through Playwright): the bytes transferred to load the page, the
 *   JavaScript files among them, and the bytes the first search from that fresh page load
 *   transfers (focus the search box, type a query, wait for the first results). The site is
 *   served by a small static server that gzips text files (HTML, CSS, JS, JSON, SVG) as a
 *   static host does; Pagefind's own index files are already compressed and go as they are.
 *   Transfer sizes are the response bodies as sent (compressed) plus response headers, for every
 *   request of the page and its workers (Pagefind searches in a web worker).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface StaticWeight {
  page: string;
  htmlGzip: number;
  cssGzip: number;
  /** JavaScript files the page loads by itself (`<script src>`, module preloads): should be none. */
  scriptFiles: string[];
  /** Bytes of inline `<script>` bodies (already counted in the HTML). */
  inlineScriptBytes: number;
}

const gzipSize = (bytes: Buffer | string) => gzipSync(bytes, { level: 9 }).length;

/** Local files a page links (`href`/`src` starting with "/"), relative to the site root. */
export function linkedAssets(html: string): { stylesheets: string[]; scripts: string[]; inlineScriptBytes: number } {
  const stylesheets = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/gu)].flatMap((m) => /\bhref="(\/[^"]+)"/u.exec(m[0])?.[1] ?? []);
  const scripts = [
    ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/gu)].map((m) => m[1] as string),
    ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*>/gu)].flatMap((m) => /\bhref="([^"]+)"/u.exec(m[0])?.[1] ?? []),
  ];
  const inlineScriptBytes = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/gu)].reduce((sum, m) => sum + Buffer.byteLength(m[1] ?? ''), 0);
  return { stylesheets, scripts, inlineScriptBytes };
}

/** The static weight of one page of a built site (`page` is its address, e.g. "/da/kilder/x/y/"). */
export function staticWeight(distDir: string, page: string): StaticWeight {
  const html = readFileSync(join(distDir, page, 'index.html'));
  const { stylesheets, scripts, inlineScriptBytes } = linkedAssets(html.toString());
  const cssGzip = stylesheets.reduce((sum, href) => sum + gzipSize(readFileSync(join(distDir, href))), 0);
  return { page, htmlGzip: gzipSize(html), cssGzip, scriptFiles: scripts, inlineScriptBytes };
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
const COMPRESSIBLE = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg']);

/** A static file server over `distDir` on a free port of 127.0.0.1, gzipping text files. */
export function serveStatic(distDir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    let file = normalize(join(distDir, pathname));
    if (!file.startsWith(normalize(distDir))) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return void response.writeHead(404).end('not found');
    const extension = extname(file);
    let body = readFileSync(file);
    const headers: Record<string, string> = { 'content-type': TYPES[extension] ?? 'application/octet-stream', 'cache-control': 'no-store' };
    if (COMPRESSIBLE.has(extension) && /\bgzip\b/u.test(String(request.headers['accept-encoding'] ?? ''))) {
      body = gzipSync(body, { level: 9 });
      headers['content-encoding'] = 'gzip';
    }
    headers['content-length'] = String(body.length);
    response.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })));
}

export interface BrowserWeight {
  page: string;
  query: string;
  /** Bytes transferred to load the page (until the network is idle). */
  loadBytes: number;
  /** JavaScript files fetched by the page load, before any use of search. */
  loadScripts: string[];
  /** Bytes transferred from focusing the search box to the first results (and the network settling). */
  firstSearchBytes: number;
  firstSearchRequests: number;
}

/** Loads `page` fresh in Chromium, then runs a first search for `query` in the header's search box. */
export async function browserWeight(distDir: string, page: string, query: string): Promise<BrowserWeight> {
  const { chromium } = await import('@playwright/test');
  const { server, origin } = await serveStatic(distDir);
  const browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const tab = await context.newPage();
    // Playwright's request events include those of the page's workers (Pagefind searches in one).
    let phase: 'load' | 'search' = 'load';
    const bytes = { load: 0, search: 0 };
    const requests = { load: 0, search: 0 };
    const pending = new Set<unknown>();
    const scripts: string[] = [];
    context.on('request', (request) => {
      pending.add(request);
      requests[phase]++;
    });
    context.on('requestfinished', (request) => {
      const current = phase;
      void request.sizes().then((sizes) => {
        bytes[current] += sizes.responseBodySize + sizes.responseHeadersSize;
        if (current === 'load' && (request.resourceType() === 'script' || /\.m?js(\?|$)/u.test(request.url()))) scripts.push(request.url().replace(origin, ''));
        pending.delete(request);
      });
    });
    context.on('requestfailed', (request) => pending.delete(request));
    // Quiet: no request in flight for 500 ms (or 15 s passed: a request that never settles is left out).
    const quiet = async () => {
      for (let idle = 0, waited = 0; idle < 5 && waited < 15_000; waited += 100) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        idle = pending.size === 0 ? idle + 1 : 0;
      }
    };
    await tab.goto(origin + page, { waitUntil: 'load' });
    await quiet();
    phase = 'search';
    const box = tab.locator('header input[type="search"]');
    await box.focus();
    await box.pressSequentially(query, { delay: 40 });
    await tab.locator('#site-search-panel [role="option"]').first().waitFor({ state: 'visible', timeout: 60_000 });
    await quiet();
    return { page, query, loadBytes: bytes.load, loadScripts: scripts, firstSearchBytes: bytes.search, firstSearchRequests: requests.search };
  } finally {
    await browser.close();
    server.close();
  }
}
