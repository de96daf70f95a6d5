/**
 * npm run lighthouse [-- options]
 *
 *   --preset mobile|desktop|both   Lighthouse form factors to run (default: both)
 *   --pages home,entry,theme,search  which of the pages to test (default: all four)
 *   --runs <n>                     runs per page and preset; the report keeps the median run (default: 3)
 *   --dist <folder>                the built site to serve (default: dist; run `npm run build` first)
 *   --port <n>                     first port to try for the preview server (default: 4330; the e2e tests use 4321)
 *   --out <folder>                 where the reports go (default: reports)
 *
 * Serves the built site with `astro preview` on a free port, runs Lighthouse (its CLI, with the
 * system's Chromium: CHROME_PATH, default /usr/bin/chromium) on a home, an entry, a theme and a
 * search page, and writes <out>/lighthouse.md (scores and key metrics per page and form factor)
 * with the full report of each page's median run beside it as <out>/lighthouse-<page>-<preset>.report.{json,html}.
 * Lighthouse's own advice: scores vary from run to run, more so on a busy machine, so take the
 * median of several runs (by performance score) rather than any one.
 * Targets: accessibility 100, performance ≥ 95; pages below them are marked in the report.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const ASTRO = join(PROJECT, 'node_modules/astro/bin/astro.mjs');
const LIGHTHOUSE = join(PROJECT, 'node_modules/lighthouse/cli/index.js');
const CHROME_PATH = process.env['CHROME_PATH'] ?? process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
/** Headless, and quiet: without the networking flags Chromium keeps calling Google, which this network refuses. */
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const TARGETS = { performance: 95, accessibility: 100 } as const;

const PAGES = [
  { name: 'home', kind: 'home', path: '/da/' },
  { name: 'entry', kind: 'entry', path: '/nb/kilder/luk-2011/finnmark/' },
  { name: 'theme', kind: 'theme', path: '/da/temaer/planlaegning/' },
  { name: 'search', kind: 'search', path: '/nb/sok/?q=Blilyst' },
] as const;

type Preset = 'mobile' | 'desktop';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof CATEGORIES)[number];

/** The parts of a Lighthouse result (LHR) this script reads. */
interface LighthouseResult {
  lighthouseVersion: string;
  /** Lighthouse's measure of this machine's CPU speed at the time (higher is faster; ~1000+ is a typical desktop). */
  environment: { benchmarkIndex: number };
  runtimeError?: { code: string; message: string };
  runWarnings: string[];
  categories: Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; numericValue?: number; displayValue?: string }>;
}

interface Row {
  page: (typeof PAGES)[number];
  preset: Preset;
  lhr: LighthouseResult;
  file: string;
  /** Performance scores of all the runs, the median one among them. */
  performances: (number | null)[];
}

const { values } = parseArgs({
  options: {
    preset: { type: 'string', default: 'both' },
    pages: { type: 'string', default: PAGES.map((page) => page.name).join(',') },
    runs: { type: 'string', default: '3' },
    dist: { type: 'string', default: 'dist' },
    port: { type: 'string', default: '4330' },
    out: { type: 'string', default: 'reports' },
  },
});
const presets: Preset[] = values.preset === 'both' ? ['mobile', 'desktop'] : values.preset === 'mobile' || values.preset === 'desktop' ? [values.preset] : fail(`--preset must be mobile, desktop or both, not ${values.preset}`);
const wanted = values.pages.split(',').map((name) => name.trim());
const pages = PAGES.filter((page) => wanted.includes(page.name));
if (pages.length !== wanted.length) fail(`--pages: choose from ${PAGES.map((page) => page.name).join(', ')}`);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs must be a whole number ≥ 1, not ${values.runs}`);
const dist = resolve(PROJECT, values.dist);
const out = resolve(PROJECT, values.out);

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((done) => {
    const server = createServer();
    server.once('error', () => done(false));
    server.listen(port, '127.0.0.1', () => server.close(() => done(true)));
  });
}

async function freePort(from: number): Promise<number> {
  for (let port = from; port < from + 50; port++) {
    if (port !== 4321 && (await portIsFree(port))) return port;
  }
  return fail(`No free port in ${from}–${from + 49}.`);
}

/**
 * `astro preview` over the built site; resolves once it answers. `--ignore-lock`: Astro allows one
 * preview server per project unless told otherwise, and the e2e tests may be running theirs.
 */
async function startPreview(port: number): Promise<ChildProcess> {
  const args = [ASTRO, 'preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port), '--outDir', dist];
  const server = spawn(process.execPath, args, {
    cwd: PROJECT,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true, // its own process group, so stopping it stops everything it started
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) fail(`astro preview exited (${server.exitCode}).`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/da/`);
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    await new Promise((wait) => setTimeout(wait, 250));
  }
  stopPreview(server);
  return fail('astro preview did not answer within 60 s.');
}

function stopPreview(server: ChildProcess): void {
  if (server.pid !== undefined && server.exitCode === null) {
    try {
      process.kill(-server.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

function runLighthouse(url: string, preset: Preset, outputBase: string): LighthouseResult {
  const args = [
    LIGHTHOUSE,
    url,
    '--quiet',
    `--chrome-flags=${CHROME_FLAGS.join(' ')}`,
    '--output=json',
    '--output=html',
    `--output-path=${outputBase}`,
    ...(preset === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const run = spawnSync(process.execPath, args, { cwd: PROJECT, env: { ...process.env, CHROME_PATH }, encoding: 'utf8', stdio: ['ignore', 'inherit', 'pipe'] });
  const file = `${outputBase}.report.json`;
  if (run.status !== 0 || !existsSync(file)) fail(`Lighthouse failed on ${url} (${preset}, exit ${run.status}):\n${run.stderr}`);
  const lhr = JSON.parse(readFileSync(file, 'utf8')) as LighthouseResult;
  if (lhr.runtimeError) fail(`Lighthouse could not test ${url} (${preset}): ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  return lhr;
}

const score = (lhr: LighthouseResult, category: Category) => {
  const value = lhr.categories[category].score;
  return value === null ? null : Math.round(value * 100);
};

function scoreCell(lhr: LighthouseResult, category: Category): string {
  const value = score(lhr, category);
  if (value === null) return 'n/a';
  const target = category === 'performance' || category === 'accessibility' ? TARGETS[category] : undefined;
  return target !== undefined && value < target ? `**${value}** ✗` : String(value);
}

const seconds = (ms: number | undefined) => (ms === undefined ? 'n/a' : `${(ms / 1000).toFixed(2)} s`);
const metric = (lhr: LighthouseResult, id: string) => lhr.audits[id]?.numericValue;

/** Audits that cost points in a category, with their weight in it: where a low score comes from. */
function lostPoints(lhr: LighthouseResult, category: Category): string[] {
  return lhr.categories[category].auditRefs
    .map((ref) => ({ ref, audit: lhr.audits[ref.id] }))
    .filter(({ audit }) => audit && audit.score !== null && audit.score < 1 && (audit.scoreDisplayMode === 'binary' || audit.scoreDisplayMode === 'numeric' || audit.scoreDisplayMode === 'metricSavings'))
    .map(({ ref, audit }) => `${audit!.title} (\`${ref.id}\`: score ${Math.round((audit!.score ?? 0) * 100)}${ref.weight ? `, weight ${ref.weight}` : ''}${audit!.displayValue ? `, ${audit!.displayValue}` : ''})`);
}

function renderReport(rows: Row[], baseUrl: string): string {
  const lines = [
    '# Lighthouse report',
    '',
    `Lighthouse ${rows[0]?.lhr.lighthouseVersion ?? '?'} on ${new Date().toISOString()}, Chromium \`${CHROME_PATH}\`, the built site (\`${relative(PROJECT, dist) || '.'}\`) served by \`astro preview\` at ${baseUrl}.`,
    `Targets: performance ≥ ${TARGETS.performance}, accessibility ${TARGETS.accessibility} (a miss is marked **bold** ✗). Mobile is Lighthouse's default (emulated phone, simulated slow 4G and 4× CPU slowdown); desktop is its \`--preset=desktop\`.`,
    'Scores depend on the machine: the performance numbers are an emulation on whatever computer runs this, so compare runs from the same machine.',
    '',
    `Each row is the median of ${runs} run${runs === 1 ? '' : 's'} by performance score (all runs' performance scores in the last column but one); "CPU" is Lighthouse's benchmark index of the machine during that run (higher is faster; a busy machine scores low, and its TBT rises).`,
    '',
    '| page | preset | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | total bytes | all runs | CPU |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: |',
  ];
  for (const { page, preset, lhr, performances } of rows) {
    const tbt = metric(lhr, 'total-blocking-time');
    const cls = metric(lhr, 'cumulative-layout-shift');
    const bytes = metric(lhr, 'total-byte-weight');
    lines.push(
      `| ${page.kind} \`${page.path}\` | ${preset} | ${CATEGORIES.map((category) => scoreCell(lhr, category)).join(' | ')} | ${seconds(metric(lhr, 'first-contentful-paint'))} | ${seconds(metric(lhr, 'largest-contentful-paint'))} | ${tbt === undefined ? 'n/a' : `${Math.round(tbt)} ms`} | ${cls === undefined ? 'n/a' : cls.toFixed(3)} | ${bytes === undefined ? 'n/a' : `${(bytes / 1024).toFixed(1)} KiB`} | ${performances.map((value) => value ?? 'n/a').join(', ')} | ${Math.round(lhr.environment.benchmarkIndex)} |`,
    );
  }
  lines.push('', '## Where points were lost', '');
  let any = false;
  for (const { page, preset, lhr, file } of rows) {
    const lost = CATEGORIES.flatMap((category) => lostPoints(lhr, category).map((item) => `  - ${category}: ${item}`));
    const warnings = lhr.runWarnings.map((warning) => `  - run warning: ${warning}`);
    if (lost.length === 0 && warnings.length === 0) continue;
    any = true;
    lines.push(`- ${page.kind} \`${page.path}\` (${preset}; full report: \`${relative(out, file).replace(/\.json$/u, '.html')}\`)`, ...lost, ...warnings);
  }
  if (!any) lines.push('Nothing: every scored audit passed.');
  if (rows.some(({ lhr }) => lhr.audits['hreflang']?.score === 0)) {
    lines.push(
      '',
      'A failed `hreflang` audit with the reason "Relative href value" is expected for a `dist/` built without `SITE_URL`: the alternates can only be absolute addresses once the site knows its own (see `astro.config.mjs`).',
    );
  }
  lines.push('', `Command: \`npm run lighthouse\` (options: \`--preset mobile|desktop|both\`, \`--pages\`, \`--runs\`, \`--dist\`, \`--port\`, \`--out\`).`, '');
  return lines.join('\n');
}

if (!existsSync(join(dist, 'da/index.html'))) fail(`No built site in ${dist}: run \`npm run build\` first.`);
if (!existsSync(CHROME_PATH)) fail(`No Chromium at ${CHROME_PATH}. Install it with: sudo apt-get install -y chromium (or set CHROME_PATH).`);
mkdirSync(out, { recursive: true });

const port = await freePort(Number(values.port));
const baseUrl = `http://127.0.0.1:${port}`;
const server = await startPreview(port);
const stop = () => stopPreview(server);
process.on('exit', stop);
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

const rows: Row[] = [];
for (const preset of presets) {
  for (const page of pages) {
    const outputBase = join(out, `lighthouse-${page.name}-${preset}`);
    const done: { lhr: LighthouseResult; base: string }[] = [];
    for (let run = 1; run <= runs; run++) {
      console.log(`Lighthouse: ${page.path} (${preset}, run ${run} of ${runs}) …`);
      const base = runs === 1 ? outputBase : `${outputBase}-run${run}`; // no dot: Lighthouse would take it for an extension
      const lhr = runLighthouse(`${baseUrl}${page.path}`, preset, base);
      done.push({ lhr, base });
      console.log(`  ${CATEGORIES.map((category) => `${category} ${score(lhr, category) ?? 'n/a'}`).join(', ')}; CPU benchmark ${Math.round(lhr.environment.benchmarkIndex)}`);
    }
    const sorted = [...done].sort((a, b) => (score(a.lhr, 'performance') ?? 0) - (score(b.lhr, 'performance') ?? 0));
    const median = sorted[Math.floor((sorted.length - 1) / 2)]!;
    // The median run's reports take the page's name; the others are removed.
    for (const { base } of done) {
      for (const extension of ['.report.json', '.report.html']) {
        if (base === median.base && base !== outputBase) renameSync(`${base}${extension}`, `${outputBase}${extension}`);
        else if (base !== outputBase) rmSync(`${base}${extension}`, { force: true });
      }
    }
    rows.push({ page, preset, lhr: median.lhr, file: `${outputBase}.report.json`, performances: done.map(({ lhr }) => score(lhr, 'performance')) });
  }
}
stop();

const report = join(out, 'lighthouse.md');
writeFileSync(report, renderReport(rows, baseUrl));
console.log(`\nWrote ${relative(PROJECT, report)} and the reports beside it.`);
const misses = rows.filter(({ lhr }) => (score(lhr, 'performance') ?? 0) < TARGETS.performance || (score(lhr, 'accessibility') ?? 0) < TARGETS.accessibility);
if (misses.length > 0) console.log(`Below target: ${misses.map(({ page, preset }) => `${page.name} (${preset})`).join(', ')}.`);
