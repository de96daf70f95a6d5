/** Budgets and the Markdown report of a benchmark run. */
import type { Measurement } from './measure.ts';
import type { BrowserWeight, StaticWeight } from './weights.ts';

export const BUDGETS = {
  /** Our Astro build time over the plain-Astro baseline's, at N ≥ 10,000 (the budget). */
  timeRatio: 1.3,
  /**
   * The same below 10,000 entries, where fixed costs (the content check, the theme and matrix
   * pages) weigh more: a regression guard for the CI check at N = 500, which measured 1.46×
   * on an idle machine while N = 10,000 measured 1.30×.
   */
  smallTimeRatio: 1.75,
  /** Peak resident memory of a build's process tree, in bytes (Astro and Pagefind each). */
  peakRssBytes: 2 * 1024 ** 3,
  /** An entry page: HTML + CSS, gzipped. */
  entryPageGzip: 8 * 1024,
  /** The first search from a fresh page load, transferred. */
  firstSearchBytes: 160 * 1024,
  /** Per-page time at the largest N over the smallest N (linear growth). */
  perPageGrowth: 1,
};

export interface SizeResult {
  entries: number;
  sources: number;
  pages: number;
  baselinePages: number;
  astro: Measurement;
  pagefind: Measurement;
  baseline: Measurement;
  entryPage: StaticWeight;
  firstSearch?: BrowserWeight;
}

export interface RealSite {
  /** The heaviest entry page of the real site. */
  heaviest: StaticWeight;
  entryPages: number;
  /** Entry pages that load JavaScript files by themselves. */
  withScripts: string[];
  firstSearch?: BrowserWeight;
}

export interface Verdict {
  name: string;
  value: string;
  budget: string;
  ok: boolean;
}

export const timeRatio = (result: SizeResult) => result.astro.wallMs / result.baseline.wallMs;
/** The same ratio in CPU time (user + system): less sensitive to other work on the machine. */
export const cpuRatio = (result: SizeResult) => result.astro.cpuMs / result.baseline.cpuMs;
export const memoryRatio = (result: SizeResult) => result.astro.peakRssBytes / result.baseline.peakRssBytes;
/** Milliseconds of our Astro build per page written. */
export const perPageMs = (result: SizeResult) => result.astro.wallMs / result.pages;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${Math.round(bytes / 1024 ** 2)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

/** Every budget the results can be judged against. */
export function verdicts(results: readonly SizeResult[], real: RealSite | undefined): Verdict[] {
  const out: Verdict[] = [];
  for (const result of results) {
    const n = `N = ${result.entries}`;
    const limit = result.entries >= 10_000 ? BUDGETS.timeRatio : BUDGETS.smallTimeRatio;
    out.push({ name: `${n}: build time / baseline`, value: `${timeRatio(result).toFixed(2)}×`, budget: `≤ ${limit}×`, ok: timeRatio(result) <= limit });
    for (const [label, measurement] of [['Astro', result.astro], ['Pagefind', result.pagefind]] as const) {
      out.push({ name: `${n}: peak memory, ${label}`, value: mb(measurement.peakRssBytes), budget: `≤ ${mb(BUDGETS.peakRssBytes)}`, ok: measurement.peakRssBytes <= BUDGETS.peakRssBytes });
    }
    const weight = result.entryPage.htmlGzip + result.entryPage.cssGzip;
    out.push({ name: `${n}: entry page HTML + CSS (gzip)`, value: kb(weight), budget: `≤ ${kb(BUDGETS.entryPageGzip)}`, ok: weight <= BUDGETS.entryPageGzip });
    out.push({ name: `${n}: JavaScript files before search`, value: String(result.entryPage.scriptFiles.length), budget: '0', ok: result.entryPage.scriptFiles.length === 0 });
  }
  if (results.length > 1) {
    const first = results[0] as SizeResult;
    const last = results[results.length - 1] as SizeResult;
    const growth = perPageMs(last) / perPageMs(first);
    out.push({ name: `time per page, N = ${last.entries} / N = ${first.entries}`, value: `${growth.toFixed(2)}×`, budget: `≤ ${BUDGETS.perPageGrowth}×`, ok: growth <= BUDGETS.perPageGrowth });
  }
  if (real) {
    const weight = real.heaviest.htmlGzip + real.heaviest.cssGzip;
    out.push({ name: `real site: heaviest entry page HTML + CSS (gzip)`, value: kb(weight), budget: `≤ ${kb(BUDGETS.entryPageGzip)}`, ok: weight <= BUDGETS.entryPageGzip });
    out.push({ name: `real site: entry pages loading JavaScript files before search`, value: String(real.withScripts.length), budget: '0', ok: real.withScripts.length === 0 });
    if (real.firstSearch) {
      out.push({ name: `real site: JavaScript files on page load (Chromium)`, value: String(real.firstSearch.loadScripts.length), budget: '0', ok: real.firstSearch.loadScripts.length === 0 });
      out.push({ name: `real site: first search transferred`, value: kb(real.firstSearch.firstSearchBytes), budget: `≤ ${kb(BUDGETS.firstSearchBytes)}`, ok: real.firstSearch.firstSearchBytes <= BUDGETS.firstSearchBytes });
    }
  }
  return out;
}

export interface ReportContext {
  date: string;
  machine: string;
  command: string;
  notes?: string[];
}

export function renderReport(results: readonly SizeResult[], real: RealSite | undefined, context: ReportContext): string {
  const lines: string[] = [];
  lines.push('# Benchmark', '', `Run ${context.date} on ${context.machine}: \`${context.command}\`.`, '');
  lines.push(
    '| entries | pages (ours / baseline) | Astro build | baseline build | **time ratio** | CPU time ratio | Pagefind | (Astro + Pagefind) / baseline | peak memory Astro | peak memory baseline | memory ratio | peak memory Pagefind | per page (ours / baseline) | entry page HTML + CSS gzip | first search (synthetic) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of results) {
    lines.push(
      `| ${r.entries.toLocaleString('en')} | ${r.pages.toLocaleString('en')} / ${r.baselinePages.toLocaleString('en')} | ${s(r.astro.wallMs)} | ${s(r.baseline.wallMs)} | **${timeRatio(r).toFixed(2)}×** | ${cpuRatio(r).toFixed(2)}× | ${s(r.pagefind.wallMs)} | ${((r.astro.wallMs + r.pagefind.wallMs) / r.baseline.wallMs).toFixed(2)}× | ${mb(r.astro.peakRssBytes)} | ${mb(r.baseline.peakRssBytes)} | ${memoryRatio(r).toFixed(2)}× | ${mb(r.pagefind.peakRssBytes)} | ${perPageMs(r).toFixed(2)} / ${(r.baseline.wallMs / r.baselinePages).toFixed(2)} ms | ${kb(r.entryPage.htmlGzip + r.entryPage.cssGzip)} | ${r.firstSearch ? kb(r.firstSearch.firstSearchBytes) : '–'} |`,
    );
  }
  if (real) {
    lines.push('', '## The real site (`dist/`)', '');
    lines.push(`- Heaviest of its ${real.entryPages} entry pages: \`${real.heaviest.page}\`, HTML ${kb(real.heaviest.htmlGzip)} + CSS ${kb(real.heaviest.cssGzip)} gzipped = **${kb(real.heaviest.htmlGzip + real.heaviest.cssGzip)}** (of which ${real.heaviest.inlineScriptBytes} bytes, uncompressed, are the inline script that loads search on the first focus of the search box).`);
    lines.push(`- JavaScript files an entry page loads before the reader uses search: **${real.withScripts.length === 0 ? 'none' : real.withScripts.join(', ')}**.`);
    if (real.firstSearch) {
      const f = real.firstSearch;
      lines.push(`- In Chromium, \`${f.page}\`: page load ${kb(f.loadBytes)} transferred, JavaScript files ${f.loadScripts.length}; first search for "${f.query}": **${kb(f.firstSearchBytes)}** in ${f.firstSearchRequests} requests.`);
    }
  }
  lines.push('', '## Budgets', '', '| budget | value | limit | |', '| --- | ---: | ---: | --- |');
  for (const v of verdicts(results, real)) lines.push(`| ${v.name} | ${v.value} | ${v.budget} | ${v.ok ? 'ok' : '**over**'} |`);
  lines.push(
    '',
    '## How this is measured',
    '',
    '- Content: `scripts/bench/generate.ts` writes N synthetic entries in the project\'s schemas to a temporary folder (never `content/`): per 31 entries a Danish note of 13 entries and a Norwegian overview of 18; source text (goals, actions, targets, principles) cut verbatim from the seeds, as the content check requires, glossary terms included as the seeds use them; summaries in both languages, titles and passages from a Markov chain over the seeds; real theme ids; the real themes, glossary and text pages. Our site is built over it with `CONTENT_DIR=<tmp>/content astro build --force --outDir <tmp>/dist`, then `scripts/build-search-index.ts <tmp>/dist` (Pagefind, one index per UI language, run one after the other).',
    '- Baseline: `scripts/bench/baseline.ts` writes a plain Astro project with one Markdown page per entry page of ours (2 × N: Danish and Norwegian UI), with the same text, one content collection, one route, one layout, no MDX, built with `astro build --force` by the same Astro.',
    '- Time: wall time of each command. **Time ratio** = our Astro build / the baseline\'s Astro build (Pagefind has no counterpart in the baseline and is shown apart). CPU time ratio: the same with the CPU time (user + system) of the process trees, which other work on the machine disturbs less. Per page = build time / pages written.',
    '- Memory: every 50 ms the sum of resident memory (VmRSS from /proc) of the command\'s whole process tree (Node, esbuild, Pagefind\'s native binary …); the peak of that sum. Not `/usr/bin/time -v`, which gives only the largest single process.',
    '- Page weights: gzip level 9 of the HTML and linked CSS; JavaScript files are `<script src>` and module preloads in the HTML and, in Chromium, Script requests during the page load. First search: in Debian\'s Chromium through Playwright, focus the header search box of a fresh page load, type the query, wait for the first result and for the network to be quiet; the sum of transferred bytes (compressed bodies plus response headers, the requests of the page and its workers), served by a static server that gzips text files as a static host does.',
    '',
  );
  for (const note of context.notes ?? []) lines.push(`- ${note}`);
  return `${lines.join('\n')}\n`;
}
