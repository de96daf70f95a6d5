// Helpers for the open-data tests: separate builds of the site, and plain readers of what they wrote.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { parse } from 'yaml';
import { ROOT } from './content.ts';

/** The example public address the tests build with. */
export const EXAMPLE_SITE = 'https://lokal-udvikling.example/';

/** Runs `astro build` in `cwd` into `outDir`; returns everything it printed. Throws when it fails. */
export function astroBuild(cwd: string, outDir: string, env: Record<string, string | undefined>): string {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'build', '--force', '--outDir', outDir], {
    cwd,
    env: { ...process.env, SITE_URL: undefined, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const output = `${run.stdout}${run.stderr}`;
  if (run.status !== 0) throw new Error(`astro build failed in ${cwd}:\n${output}`);
  return output;
}

/**
 * A copy of the project outside git: sources, content, seeds and config, with a node_modules of
 * links to the real packages but its own cache folders, so its build shares nothing that is written.
 */
export function copyProjectOutsideGit(target: string): void {
  for (const item of ['src', 'content', 'seeds', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) cpSync(join(ROOT, item), join(target, item), { recursive: true });
  mkdirSync(join(target, 'node_modules'));
  for (const item of readdirSync(join(ROOT, 'node_modules'))) {
    if (item === '.astro' || item === '.vite') continue;
    symlinkSync(join(ROOT, 'node_modules', item), join(target, 'node_modules', item));
  }
}

/** Every HTML page in a build folder, as its address (`/da/…/`, `/404.html`). */
export function htmlPages(dist: string): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(join(dist, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${item.name}` : item.name;
      if (item.isDirectory()) {
        if (path !== 'pagefind' && path !== '_astro') walk(path);
      } else if (item.name.endsWith('.html')) pages.push(`/${path.replace(/(^|\/)index\.html$/u, '$1')}`);
    }
  };
  walk('');
  return pages.sort();
}

/** The file a site address is served from, in a build folder. */
export const fileOf = (dist: string, pathname: string) => join(dist, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');

/** The attributes of each `<tag …>` in the `<head>` of a page. */
export function headTags(html: string, tag: 'link' | 'meta'): Record<string, string>[] {
  const head = html.slice(0, html.indexOf('</head>'));
  return [...head.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'gu'))].map(([, attributes = '']) =>
    Object.fromEntries([...attributes.matchAll(/([\w:.-]+)="([^"]*)"/gu)].map(([, name = '', value = '']) => [name, value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'")])),
  );
}

/** Parses XML strictly: any error or warning is thrown. */
export function parseXml(text: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(text, 'text/xml') as unknown as Document;
}

/** Items of the content folder, read straight from the files (not through the site's code). */
export function readContent() {
  const base = join(ROOT, 'content/entries');
  const entries = readdirSync(base).flatMap((source) =>
    readdirSync(join(base, source))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => {
        const data = parse(readFileSync(join(base, source, file), 'utf8').split(/^---\s*$/mu)[1] ?? '') as Record<string, unknown>;
        const list = (key: string) => (Array.isArray(data[key]) ? (data[key] as Record<string, unknown>[]) : []);
        return { id: `${source}/${file.replace(/\.mdx$/u, '')}`, organisation: String(data['organisation']), title: String(data['title']), actions: list('actions'), targets: list('targets'), principles: list('principles'), today: data['today'] as { da: string } | undefined };
      }),
  );
  const glossary = parse(readFileSync(join(ROOT, 'content/glossary.yaml'), 'utf8')) as Record<string, unknown>[];
  const themes = readdirSync(join(ROOT, 'content/themes')).map((file) => file.replace(/\.yaml$/u, ''));
  const sources = readdirSync(join(ROOT, 'content/sources')).map((file) => parse(readFileSync(join(ROOT, 'content/sources', file), 'utf8')) as Record<string, unknown>);
  return { entries, glossary, themes, sources };
}

const ATOM = 'http://www.w3.org/2005/Atom';
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/u;
const ABSOLUTE_IRI = /^[a-z][a-z0-9+.-]*:\S+$/iu;

/** An Atom entry as a reader gets it. */
export interface AtomEntry {
  id: string;
  title: string;
  updated: string;
  link: string;
  summary: string;
}

/**
 * Checks a parsed feed against the rules of RFC 4287 (the constraints of its RELAX NG schema and
 * §4.1.1–4.1.2 that a schema cannot state) and returns the problems and the entries.
 */
export function checkAtom(doc: Document): { problems: string[]; entries: AtomEntry[] } {
  const problems: string[] = [];
  const feed = doc.documentElement;
  if (feed.localName !== 'feed' || feed.namespaceURI !== ATOM) problems.push(`root is <${feed.tagName}>, not an Atom <feed>`);
  const children = (parent: Element, name: string) => Array.from(parent.childNodes).filter((node): node is Element => node.nodeType === 1 && (node as Element).localName === name && (node as Element).namespaceURI === ATOM);
  const one = (parent: Element, name: string, where: string) => {
    const found = children(parent, name);
    if (found.length !== 1) problems.push(`${where} has ${found.length} <${name}> (expected exactly one)`);
    return found[0]?.textContent?.trim() ?? '';
  };
  const id = one(feed, 'id', 'feed');
  if (!ABSOLUTE_IRI.test(id)) problems.push(`feed id "${id}" is not an absolute IRI`);
  one(feed, 'title', 'feed');
  if (!RFC3339.test(one(feed, 'updated', 'feed'))) problems.push('feed updated is not an RFC 3339 date');
  const feedAuthors = children(feed, 'author');
  for (const author of feedAuthors) if (children(author, 'name').length !== 1) problems.push('an author has no single <name>');
  if (!children(feed, 'link').some((link) => link.getAttribute('rel') === 'self')) problems.push('feed has no rel="self" link');
  const ids = new Set<string>();
  const entries: AtomEntry[] = [];
  for (const [index, entry] of children(feed, 'entry').entries()) {
    const where = `entry ${index + 1}`;
    const entryId = one(entry, 'id', where);
    if (!ABSOLUTE_IRI.test(entryId)) problems.push(`${where}: id "${entryId}" is not an absolute IRI`);
    if (ids.has(entryId)) problems.push(`${where}: id ${entryId} is used twice`);
    ids.add(entryId);
    const title = one(entry, 'title', where);
    const updated = one(entry, 'updated', where);
    if (!RFC3339.test(updated)) problems.push(`${where}: updated "${updated}" is not an RFC 3339 date`);
    const alternates = children(entry, 'link').filter((link) => (link.getAttribute('rel') ?? 'alternate') === 'alternate');
    if (alternates.length === 0 && children(entry, 'content').length === 0) problems.push(`${where}: neither a content nor an alternate link`);
    if (children(entry, 'summary').length > 1) problems.push(`${where}: more than one summary`);
    if (feedAuthors.length === 0 && children(entry, 'author').length === 0) problems.push(`${where}: no author, and the feed has none`);
    entries.push({ id: entryId, title, updated, link: alternates[0]?.getAttribute('href') ?? '', summary: children(entry, 'summary')[0]?.textContent ?? '' });
  }
  return { problems, entries };
}
