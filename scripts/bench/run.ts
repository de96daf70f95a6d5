/**
 * npm run bench [-- options]
 *
 *   --n 500,2000,10000   entry counts to run (default: 500,2000,10000; --check: 500)
 *   --rounds 3           rounds per N (ours, then the baseline), at least 3 (default 3; --check: 5)
 *   --warm 3             warm rebuilds per N after one entry changed (default 3, --check: 1; 0: none)
 *   --check              CI mode: N = 500, fail (exit 1) when a budget is over; the warm build
 *                        follows the last round's build of ours (see below)
 *   --out <file>         report file (default: reports/bench.md)
 *   --dir <folder>       work folder (default: a new folder in the system temp dir, removed at the end)
 *   --no-browser         skip the Chromium measurements (first search)
 *   --keep               keep the work folder and every build's output
 *
 * For each N: generate content; then, in rounds, build our site over it from a cold cache
 * (Astro, then Pagefind) and the plain-Astro baseline over the same entries; then, in pairs, build
 * ours cold and again warm after one entry changed; weigh an entry page. Then weigh the real site's dist/ if it has
 * been built (`npm run build`). See report.ts for what is measured.
 *
 * No build's output is deleted before the bench ends (see `retired`). At 10,000 entries that is
 * roughly 6–7 GB in the work folder: nine builds of ours at about 600 MB each, three of the
 * baseline at about 160 MB, and Pagefind's staging copies.
 */
import { spawnSync } from 'node:child_process';
import { cpus, tmpdir, totalmem } from 'node:os';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { copyProject, writeBaseline } from './baseline.ts';
import { entryFile, writeContent } from './generate.ts';
import { measure, type Measurement } from './measure.ts';
import { renderReport, verdicts, type RealSite, type Round, type SizeResult, type WarmBuild } from './report.ts';
import { browserWeight, staticWeight, type StaticWeight } from './weights.ts';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
/** Our build as `npm run build` runs it: Astro through the launcher that sets its heap limit. */
const ASTRO_BUILD = join(PROJECT, 'scripts/astro-build.mjs');
const SEARCH_INDEX = join(PROJECT, 'scripts/build-search-index.mjs');
/** Subprocesses use this Node (24) and the project's binaries. */
const ENV = { ...process.env, PATH: `${join(PROJECT, 'node_modules/.bin')}:${process.env['PATH'] ?? ''}`, ASTRO_TELEMETRY_DISABLED: '1' };

const { values } = parseArgs({
  options: {
    n: { type: 'string' },
    check: { type: 'boolean', default: false },
    rounds: { type: 'string' },
    warm: { type: 'string' },
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
// The check runs at 500 entries, where builds take 3–4 s and single rounds range over 1.44–1.91×
// in CPU time: five rounds keep the median it judges steadier than three (the check takes 50–90 s here; README, "Benchmark").
const rounds = Number(values.rounds ?? (values.check ? 5 : 3));
if (!Number.isInteger(rounds) || rounds < 3) throw new Error(`--rounds: expected a whole number of at least 3, got "${values.rounds}"`);
const warmBuilds = Number(values.warm ?? (values.check ? 1 : 3));
if (!Number.isInteger(warmBuilds) || warmBuilds < 0) throw new Error(`--warm: expected a whole number, got "${values.warm}"`);
const browser = !values['no-browser'];
// In the CI check the warm build follows the last round's build of ours instead of a cold build of
// its own: one build of ours less (about 5 s at 500 entries on a slow machine), to stay under a
// minute. Pagefind still runs in every round: without it between ours and the baseline, four
// checks gave CPU time ratios of 1.55-1.72x against 1.37-1.61x in five with it, too near the guard.
const warmAfterLastRound = values.check;
const work = values.dir ? resolve(values.dir) : mkdtempSync(join(tmpdir(), 'kb-bench-'));
mkdirSync(work, { recursive: true });

const log = (message: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);

/** The 1-minute load average. */
const load = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);

/** The loader's line "entries: parsed 1 of 2000 entries (…)", see src/lib/content-cache/count-parsed.ts. */
const PARSED_LINE = /\bentries: parsed (\d+) of (\d+) entries/u;

/**
 * Writes the page cache's dirty pages to disk (`sync`) and says how long that took, so that no
 * measured build pays for the write-back of what the step before it wrote (our build writes about
 * 600 MB). The flush itself is not measured.
 */
function flushDisk(): number {
  const start = performance.now();
  spawnSync('sync', { stdio: 'ignore' });
  return performance.now() - start;
}

async function step(label: string, command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = ENV): Promise<Measurement> {
  const flushMs = flushDisk();
  log(`${label} … (load ${load().toFixed(2)}${flushMs >= 1000 ? `, disk flushed in ${(flushMs / 1000).toFixed(1)} s` : ''})`);
  const result = await measure(process.execPath, [command, ...args], { cwd, env, keepLines: PARSED_LINE });
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

/**
 * Where outputs go that a later build must not find: moved here, deleted when the bench ends.
 * Deleting them between builds skews the next one. On ext4 without a journal (as on the machine
 * the figures come from) a new file does not reuse an inode freed in the last minute (five more
 * while its inode table block is unwritten), and each new file scans past those inodes again:
 * after our output (about 46,000 files and folders at 10,000 entries) was deleted, the next build
 * took 15–30 s of system time instead of 8–9 s. The baseline paid the same after its own output
 * and after Pagefind's staging copies were deleted. A build on a fresh clone deletes nothing.
 */
const retired = join(work, 'retired');
let retiredCount = 0;
function retire(path: string): void {
  if (!existsSync(path)) return;
  mkdirSync(retired, { recursive: true });
  renameSync(path, join(retired, String(++retiredCount)));
}

/** Pagefind's staging folders left in `retired` so far (build-search-index.mjs --staging-dir). */
const stagingCopies = () => readdirSync(retired).filter((name) => name.startsWith('.search-staging-')).length;

/** Clears what a build leaves for the next one: Astro's cache folder (the content cache), `.astro/` and the output. */
function coldStart(project: string, dist: string): void {
  // A few files each; only the output is large enough to matter (see `retired`).
  for (const path of [join(project, 'node_modules/.astro'), join(project, 'node_modules/.vite'), join(project, '.astro')]) rmSync(path, { recursive: true, force: true });
  retire(dist);
}

async function runSize(entries: number, progress: (partial: SizeResult) => void): Promise<SizeResult> {
  const root = join(work, String(entries));
  const content = join(root, 'content');
  const dist = join(root, 'dist');
  log(`N = ${entries}: generating content in ${root}`);
  const generated = writeContent(PROJECT, content, entries);
  const baselineDir = join(root, 'baseline');
  writeBaseline(baselineDir, generated.entries, join(PROJECT, 'node_modules'));
  const site = join(root, 'site');
  copyProject(PROJECT, site);
  const ours = { ...ENV, CONTENT_DIR: content };
  const results: Round[] = [];
  let entryPage: StaticWeight | undefined;
  // A Norwegian county entry in the Danish UI: the most common kind, with actions, goal and related entries.
  const sample = generated.entries.find((entry) => entry.data.country === 'NO') ?? generated.entries[0];
  let pages = 0;
  const warm: WarmBuild[] = [];
  const partial = (): SizeResult => ({ entries, sources: generated.sources, pages, baselinePages: generated.entries.length * 2, rounds: results, warm, entryPage: entryPage as StaticWeight });
  for (let round = 1; round <= rounds; round++) {
    const before = load();
    coldStart(site, dist); // Astro would empty dist inside the measured build
    const astro = await step(`N = ${entries}, round ${round}: astro build`, ASTRO_BUILD, ['--outDir', dist], site, ours);
    mkdirSync(retired, { recursive: true });
    const copiesBefore = stagingCopies();
    const pagefind = await step(`N = ${entries}, round ${round}: pagefind`, SEARCH_INDEX, [dist, '--staging-dir', retired], site);
    // The method depends on it: the copies are left for the end, not deleted before the baseline builds.
    if (stagingCopies() !== copiesBefore + 1) throw new Error(`round ${round}: the search index build left no staging copies in ${retired} (--staging-dir)`);
    coldStart(baselineDir, join(baselineDir, 'dist'));
    const baseline = await step(`N = ${entries}, round ${round}: baseline astro build`, ASTRO, ['build'], baselineDir);
    results.push({ astro, pagefind, baseline, load: [before, load()] });
    if (round === 1) {
      pages = pagesIn(dist).length;
      entryPage = staticWeight(dist, `/da/kilder/${sample?.id}/`);
    }
    progress(partial());
  }
  if (!entryPage) throw new Error('no round was run');
  const firstSearch = browser ? await inBrowser(dist, entryPage.page, 'bosætning') : undefined;
  for (let index = 0; index < warmBuilds; index++) {
    // A different entry each time, spread over the sources; its Danish summary gains a marker sentence.
    const entry = generated.entries[Math.floor(((index + 0.5) * generated.entries.length) / warmBuilds)] ?? generated.entries[0];
    if (!entry) break;
    // Its cold neighbour first: it leaves the cache the warm build uses, under the same machine state.
    // (Pagefind and the baseline, which ran after the last round's build, do not touch that cache.)
    const lastRound = warmAfterLastRound && index === 0 ? results.at(-1) : undefined;
    const before = lastRound?.load[0] ?? load();
    let cold: Measurement;
    if (lastRound) cold = lastRound.astro;
    else {
      coldStart(site, dist);
      cold = await step(`N = ${entries}, warm ${index + 1}: cold astro build before it`, ASTRO_BUILD, ['--outDir', dist], site, ours);
    }
    const marker = `Ændret før genopbygning ${index + 1}.`;
    entry.data.summary.da = `${marker} ${entry.data.summary.da}`;
    writeFileSync(join(content, 'entries', `${entry.id}.mdx`), entryFile(entry));
    retire(dist); // as for the cold builds: emptying it is not what is measured
    const astro = await step(`N = ${entries}, warm ${index + 1}: astro build after ${entry.id} changed`, ASTRO_BUILD, ['--outDir', dist], site, ours);
    const match = astro.lines.map((line) => PARSED_LINE.exec(line)).find((found) => found);
    if (!readFileSync(join(dist, 'da/kilder', entry.id, 'index.html'), 'utf8').includes(marker)) {
      throw new Error(`warm rebuild ${index + 1}: the page of ${entry.id} does not show its changed summary (stale content cache)`);
    }
    warm.push({ astro, cold, load: before, ...(match ? { parsed: [Number(match[1]), Number(match[2])] as [number, number] } : {}) });
    progress(partial());
  }
  return { ...partial(), entryPage, baselinePages: pagesIn(join(baselineDir, 'dist')).length, ...(firstSearch ? { firstSearch } : {}) };
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
const out = resolve(PROJECT, values.out);
const context = (notes: string[] = []) => ({
  date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
  machine: `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 1024 ** 3)} GiB, Node ${process.version}`,
  command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
  notes,
});
mkdirSync(dirname(out), { recursive: true });
/** After every round, the report so far: a run cut short still leaves its figures. */
const writePartial = (partial: SizeResult) => {
  writeFileSync(out, renderReport([...results, partial], undefined, context([`Partial report, written after each round: N = ${partial.entries} has ${partial.rounds.length} of ${rounds} rounds and ${partial.warm.length} of ${warmBuilds} warm rebuilds so far.`])));
};
try {
  for (const size of sizes) results.push(await runSize(size, writePartial));
  const real = await realSite();
  const report = renderReport(results, real, context());
  writeFileSync(out, report);
  process.stdout.write(report);
  log(`report written to ${out} (${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
  const over = verdicts(results, real).filter((verdict) => !verdict.ok);
  if (over.length > 0) {
    for (const verdict of over) log(`over budget: ${verdict.name}: ${verdict.value} (budget ${verdict.budget})`);
    if (values.check) process.exitCode = 1;
  }
} finally {
  if (!values.keep) rmSync(values.dir ? retired : work, { recursive: true, force: true });
}
