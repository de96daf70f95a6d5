/**
 * npm run bench [-- options]
 *
 *   --n 500,2000,10000   entry counts to run (default: 500,2000,10000; --check: 500)
 *   --check              CI mode: N = 500, fail (exit 1) when a budget is over
 *   --out <file>         report file (default: reports/bench.md)
 *   --dir <folder>       work folder (default: a new folder in the system temp dir, removed at the end)
 *   --no-browser         skip the Chromium measurements (first search)
 *   --keep               keep the work folder
 *
 * For each N: generate content, build our site over it (Astro, then Pagefind), build the
 * plain-Astro baseline over the same entries, and weigh an entry page. Then weigh the real
 * site's dist/ if it has been built (`npm run build`). See report.ts for what is measured.
 */
import { cpus, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { copyProject, writeBaseline } from './baseline.ts';
import { writeContent } from './generate.ts';
import { measure, type Measurement } from './measure.ts';
import { renderReport, verdicts, type RealSite, type SizeResult } from './report.ts';
import { browserWeight, staticWeight, type StaticWeight } from './weights.ts';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
const SEARCH_INDEX = join(PROJECT, 'scripts/build-search-index.ts');
/** Subprocesses use this Node (24) and the project's binaries. */
const ENV = { ...process.env, PATH: `${join(PROJECT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' };

const { values } = parseArgs({
  options: {
    n: { type: 'string' },
    check: { type: 'boolean', default: false },
    out: { type: 'string', default: 'reports/bench.md' },
    dir: { type: 'string' },
    'no-browser': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const sizes = (values.n ?? (values.check ? '500' : '500,2000,10000')).split(',').map((value) => {
  const n = Number(value.replace(/_/gu, ''));
  if (!Number.isInteger(n) || n < 31) throw new Error(`--n: expected whole numbers of at least 31, got "${value}"`);
  return n;
});
const browser = !values['no-browser'];
const work = values.dir ? resolve(values.dir) : mkdtempSync(join(tmpdir(), 'kb-bench-'));
mkdirSync(work, { recursive: true });

const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

async function step(label: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = ENV): Promise<Measurement> {
  log(`${label} …`);
  const result = await measure(process.execPath, [command, ...args], { cwd, env });
  if (result.exitCode !== 0) throw new Error(`${label} failed (exit ${result.exitCode}):\n${result.tail}`);
  log(`${label}: ${(result.wallMs / 1000).toFixed(1)} s, peak ${Math.round(result.peakRssBytes / 1024 ** 2)} MB`);
  return result;
}

/** Addresses of the pages in a built site (folders holding an index.html). */
function pagesIn(dist: string, prefix = ''): string[] {
  const out: string[] = [];
  for (const item of readdirSync(join(dist, prefix), { withFileTypes: true })) {
    if (item.isDirectory()) out.push(...pagesIn(dist, `${prefix}/${item.name}`));
    else if (item.name === 'index.html') out.push(`${prefix}/`);
  }
  return out;
}
/** A Chromium measurement, or undefined (with a note in the log) when it fails or takes over 2 minutes. */
async function inBrowser(dist: string, page: string, query: string) {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      browserWeight(dist, page, query),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('timed out after 120 s')), 120_000);
      }),
    ]);
  } catch (error) {
    log(`first search on ${page} not measured: ${(error as Error).message}`);
    return undefined;
  } finally {
    clearTimeout(timer);
  }
}
/** `/<lang>/kilder/<source>/<entry>/`; a source's full-text page (`…/tekst/`) is not an entry page. */
const isEntryPage = (page: string) => /^\/(da|nb)\/kilder\/[^/]+\/[^/]+\/$/u.test(page) && !page.endsWith('/tekst/');

async function runSize(entries: number): Promise<SizeResult> {
  const root = join(work, String(entries));
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  log(`N = ${entries}: generating content in ${root}`);
  const generated = writeContent(PROJECT, content, entries);
  writeBaseline(join(root, 'baseline'), generated.entries, join(PROJECT, 'node_modules'));
  const site = join(root, 'site');
  copyProject(PROJECT, site);
  rmSync(dist, { recursive: true, force: true }); // Astro would empty it inside the measured build
  const astro = await step(`N = ${entries}: astro build`, ASTRO, ['build', '--force', '--outDir', dist], site, { ...ENV, CONTENT_DIR: content });
  const pagefind = await step(`N = ${entries}: pagefind`, SEARCH_INDEX, [dist], site);
  const baseline = await step(`N = ${entries}: baseline astro build`, ASTRO, ['build', '--force'], join(root, 'baseline'));
  const pages = pagesIn(dist);
  // A Norwegian county entry in the Danish UI: the most common kind, with actions, goal and related entries.
  const sample = generated.entries.find((entry) => entry.data.country === 'NO') ?? generated.entries[0];
  const entryPage = staticWeight(dist, `/da/kilder/${sample?.id}/`);
  const firstSearch = browser ? await inBrowser(dist, entryPage.page, 'bosætning') : undefined;
  return {
    entries,
    sources: generated.sources,
    pages: pages.length,
    baselinePages: pagesIn(join(root, 'baseline/dist')).length,
    astro,
    pagefind,
    baseline,
    entryPage,
    ...(firstSearch ? { firstSearch } : {}),
  };
}

async function realSite(): Promise<RealSite | undefined> {
  const dist = join(PROJECT, 'dist');
  if (!existsSync(join(dist, 'pagefind'))) {
    log('no built site in dist/ (npm run build): the real site is not weighed');
    return undefined;
  }
  const weights = pagesIn(dist).filter(isEntryPage).map((page) => staticWeight(dist, page));
  const heaviest = weights.reduce<StaticWeight | undefined>((max, w) => (!max || w.htmlGzip + w.cssGzip > max.htmlGzip + max.cssGzip ? w : max), undefined);
  if (!heaviest) return undefined;
  const firstSearch = browser ? await inBrowser(dist, '/nb/kilder/luk-2011/finnmark/', 'bosetting') : undefined;
  return { heaviest, entryPages: weights.length, withScripts: weights.filter((w) => w.scriptFiles.length > 0).map((w) => w.page), ...(firstSearch ? { firstSearch } : {}) };
}

const started = Date.now();
const results: SizeResult[] = [];
try {
  for (const size of sizes) results.push(await runSize(size));
  const real = await realSite();
  const report = renderReport(results, real, {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`,
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  });
  const out = resolve(PROJECT, values.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, report);
  process.stdout.write(report);
  log(`report written to ${out} (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
  const over = verdicts(results, real).filter((verdict) => !verdict.ok);
  if (over.length > 0) {
    for (const verdict of over) log(`over budget: ${verdict.name}: ${verdict.value} (budget ${verdict.budget})`);
    if (values.check) process.exitCode = 1;
  }
} finally {
  if (!values.keep && !values.dir) rmSync(work, { recursive: true, force: true });
}
