/**
 * The baseline: a plain Astro project over the same entries, as Markdown. One `.md` file per
 * page the real site makes for an entry (so 2 × N files: the Danish and the Norwegian page),
 * each with that page's text (title, summary in the page's language, goal, targets, actions,
 * principles, passages, places, programmes), one content collection, one route, one layout with
 * a little CSS, no MDX, no integrations. It uses the Astro installed in the project.
 */
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { GeneratedEntry } from './generate.ts';

/** The Markdown page for one entry in one UI language. */
export function baselinePage(entry: GeneratedEntry, locale: 'da' | 'nb'): string {
  const { data } = entry;
  const lines: string[] = ['---', `title: ${JSON.stringify(data.title)}`, `description: ${JSON.stringify(data.summary[locale].slice(0, 150))}`, '---', ''];
  lines.push(data.summary[locale], '');
  lines.push(`- Organisation: ${data.organisation}`, `- Country: ${data.country}`, `- Source: ${data.source}`);
  if (data.places.length > 0) lines.push(`- Places: ${data.places.join(', ')}`);
  if (data.programmes.length > 0) lines.push(`- Programmes: ${data.programmes.join(', ')}`);
  lines.push('', '## Original text', '');
  for (const passage of data.passages) {
    if (passage.heading) lines.push(`### ${passage.heading}`, '');
    for (const text of passage.paragraphs) lines.push(text, '');
  }
  if (data.goal.length > 0) lines.push('### Goal', '', ...data.goal.flatMap((goal) => [goal.text, '']));
  if (data.targets.length > 0) lines.push('### Targets', '', ...data.targets.map((target) => `- ${target.text}`), '');
  for (const [heading, items] of [['Actions', data.actions], ['Principles', data.principles]] as const) {
    if (items.length === 0) continue;
    lines.push(`### ${heading}`, '', ...items.map((item, index) => `${index + 1}. ${item.text} (${item.themes.join(', ')})`), '');
  }
  return lines.join('\n');
}

const LAYOUT = `---
interface Props { title: string; description: string; lang: string }
const { title, description, lang } = Astro.props;
---
<!doctype html>
<html lang={lang}>
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{title}</title>
    <meta name="description" content={description} />
  </head>
  <body>
    <header><a href="/">Home</a></header>
    <main><h1>{title}</h1><slot /></main>
    <footer>Baseline</footer>
  </body>
</html>
<style>
  body { font-family: system-ui, sans-serif; max-width: 45rem; margin: 0 auto; padding: 1rem; line-height: 1.5; }
  header, footer { color: #555; }
</style>
`;

const ROUTE = `---
import { getCollection, render } from 'astro:content';
import Layout from '../layouts/Layout.astro';
export async function getStaticPaths() {
  const pages = await getCollection('pages');
  return pages.map((page) => ({ params: { slug: page.id }, props: { page } }));
}
const { page } = Astro.props;
const { Content } = await render(page);
---
<Layout title={page.data.title} description={page.data.description} lang={page.id.slice(0, 2)}><Content /></Layout>
`;

const CONFIG = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
const pages = defineCollection({
  loader: glob({ pattern: '**/*.md', base: './pages' }),
  schema: z.object({ title: z.string(), description: z.string() }),
});
export const collections = { pages };
`;

/**
 * A `node_modules` folder of its own in `dir`, whose entries link to the project's packages:
 * Astro and Vite keep their caches in node_modules/.astro and node_modules/.vite, which must not
 * be shared with the project (or with another build running there at the same time).
 */
export function linkNodeModules(nodeModules: string, dir: string): void {
  const own = join(dir, 'node_modules');
  mkdirSync(own, { recursive: true });
  for (const name of readdirSync(nodeModules)) {
    if (name === '.astro' || name === '.vite' || name === '.cache') continue;
    symlinkSync(join(nodeModules, name), join(own, name));
  }
}

/**
 * A copy of the project to build in `dir`: its source, configuration and seeds, with its own
 * `.astro/` and caches, so a benchmark build never touches the project's own build state (and a
 * build someone runs in the project meanwhile does not break the benchmark's).
 */
export function copyProject(projectDir: string, dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const name of ['src', 'public', 'seeds', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectDir, name), join(dir, name), { recursive: true });
  }
  linkNodeModules(join(projectDir, 'node_modules'), dir);
}

/** Writes the baseline project for `entries` to `dir` (emptied first), using `nodeModules`. */
export function writeBaseline(dir: string, entries: readonly GeneratedEntry[], nodeModules: string): void {
  rmSync(dir, { recursive: true, force: true });
  for (const folder of ['src/layouts', 'src/pages', 'pages/da', 'pages/nb']) mkdirSync(join(dir, folder), { recursive: true });
  linkNodeModules(nodeModules, dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'bench-baseline', private: true, type: 'module' }, null, 2));
  writeFileSync(join(dir, 'astro.config.mjs'), "import { defineConfig } from 'astro/config';\nexport default defineConfig({ trailingSlash: 'always' });\n");
  writeFileSync(join(dir, 'src/content.config.ts'), CONFIG);
  writeFileSync(join(dir, 'src/layouts/Layout.astro'), LAYOUT);
  writeFileSync(join(dir, 'src/pages/[...slug].astro'), ROUTE);
  for (const entry of entries) {
    const file = entry.id.replace('/', '--');
    for (const locale of ['da', 'nb'] as const) writeFileSync(join(dir, 'pages', locale, `${file}.md`), baselinePage(entry, locale));
  }
}
