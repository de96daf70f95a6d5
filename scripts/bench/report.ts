/** Budgets, medians and the Markdown report of a benchmark run. */
import type { Measurement } from './measure.ts';
import type { BrowserWeight, StaticWeight } from './weights.ts';

const MB = 1024 ** 2;

export const BUDGETS = {
  /** From this many entries on, the issue's budgets apply; below it the CI guards. */
  largeN: 10_000,
  /** Our Astro build over the plain-Astro baseline's, wall and CPU time, at N ≥ 10,000. */
  timeRatio: 1.3,
  /**
   * The same below 10,000 entries, where fixed costs (the content check, the theme and matrix
   * pages) weigh more: a regression guard for the CI check at N = 500.
   */
  smallTimeRatio: 1.75,
  /** Our Astro build plus Pagefind over the baseline's build, at N ≥ 10,000. */
  combinedRatio: 2.0,
  /** Peak resident memory of the Astro build's process tree. */
  astroPeakBytes: 2048 * MB,
  /** Peak resident memory of the Pagefind run's process tree: a margin under 2 GB. */
  pagefindPeakBytes: 1.6 * 1024 * MB,
  /** An entry page: HTML + CSS, gzipped. */
  entryPageGzip: 8 * 1024,
  /** The first search from a fresh page load, transferred. */
  firstSearchBytes: 160 * 1024,
  /** Per-page time at the largest N over the smallest N (linear growth). */
  perPageGrowth: 1,
};

/** One round at one N: our build, then Pagefind over it, then the baseline's build, each from a cold cache. */
export interface Round {
  astro: Measurement;
  pagefind: Measurement;
  baseline: Measurement;
  /** 1-minute load average when the round began and when it ended. */
  load: [number, number];
}

/** Our Astro build again after one entry changed, with the content cache of the build before. */
export interface WarmBuild {
  astro: Measurement;
  /**
   * The cold build just before it, which left the cache it uses. On a shared machine consecutive
   * builds slow down (more system time each), so a warm build is compared with its neighbour.
   */
  cold: Measurement;
  /** From the loader's log line: entries parsed, entries in all. */
  parsed?: [number, number];
  load: number;
}

export interface SizeResult {
  entries: number;
  sources: number;
  pages: number;
  baselinePages: number;
  rounds: Round[];
  warm: WarmBuild[];
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

/** Median, lowest and highest of some figures. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(values: readonly number[]): Spread {
  if (values.length === 0) return { median: Number.NaN, min: Number.NaN, max: Number.NaN };
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 === 1 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
  return { median, min: sorted[0] as number, max: sorted[sorted.length - 1] as number };
}

/** Ratios are taken within a round (ours and the baseline minutes apart, under the same load), then their median. */
export const timeRatio = (round: Round) => round.astro.wallMs / round.baseline.wallMs;
/** The same ratio in CPU time (user + system): less sensitive to other work on the machine. */
export const cpuRatio = (round: Round) => round.astro.cpuMs / round.baseline.cpuMs;
export const combinedRatio = (round: Round) => (round.astro.wallMs + round.pagefind.wallMs) / round.baseline.wallMs;
export const memoryRatio = (round: Round) => round.astro.peakRssBytes / round.baseline.peakRssBytes;

export const over = (result: SizeResult, figure: (round: Round) => number): Spread => spread(result.rounds.map(figure));
/** Milliseconds of our Astro build per page written (median over the rounds). */
export const perPageMs = (result: SizeResult) => over(result, (round) => round.astro.wallMs).median / result.pages;
/** CPU milliseconds of our Astro build per page written (median over the rounds). */
export const perPageCpuMs = (result: SizeResult) => over(result, (round) => round.astro.cpuMs).median / result.pages;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes: number) => `${Math.round(bytes / MB)} MB`;
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const x = (ratio: number) => `${ratio.toFixed(2)}×`;
/** "12.3 s (11.9–13.0)": the median and, in brackets, the lowest and highest value. */
export const withSpread = (value: Spread, format: (n: number) => string) =>
  format(value.min) === format(value.max) ? format(value.median) : `${format(value.median)} (${format(value.min).replace(/[^\d.,]+$/u, '')}–${format(value.max)})`;

/** Every budget the results can be judged against: on the medians over the rounds. */
export function verdicts(results: readonly SizeResult[], real: RealSite | undefined): Verdict[] {
  const out: Verdict[] = [];
  for (const result of results) {
    const n = `N = ${result.entries}`;
    const large = result.entries >= BUDGETS.largeN;
    const limit = large ? BUDGETS.timeRatio : BUDGETS.smallTimeRatio;
    const time = over(result, timeRatio).median;
    const cpu = over(result, cpuRatio).median;
    out.push({ name: `${n}: build time / baseline (wall)`, value: x(time), budget: `≤ ${limit}×`, ok: time <= limit });
    out.push({ name: `${n}: build time / baseline (CPU)`, value: x(cpu), budget: `≤ ${limit}×`, ok: cpu <= limit });
    if (large) {
      const combined = over(result, combinedRatio).median;
      out.push({ name: `${n}: (Astro + Pagefind) / baseline`, value: x(combined), budget: `≤ ${BUDGETS.combinedRatio}×`, ok: combined <= BUDGETS.combinedRatio });
    }
    const astroPeak = over(result, (round) => round.astro.peakRssBytes).median;
    const pagefindPeak = over(result, (round) => round.pagefind.peakRssBytes).median;
    out.push({ name: `${n}: peak memory, Astro`, value: mb(astroPeak), budget: `≤ ${mb(BUDGETS.astroPeakBytes)}`, ok: astroPeak <= BUDGETS.astroPeakBytes });
    out.push({ name: `${n}: peak memory, Pagefind`, value: mb(pagefindPeak), budget: `≤ ${mb(BUDGETS.pagefindPeakBytes)}`, ok: pagefindPeak <= BUDGETS.pagefindPeakBytes });
    const weight = result.entryPage.htmlGzip + result.entryPage.cssGzip;
    out.push({ name: `${n}: entry page HTML + CSS (gzip)`, value: kb(weight), budget: `≤ ${kb(BUDGETS.entryPageGzip)}`, ok: weight <= BUDGETS.entryPageGzip });
    out.push({ name: `${n}: JavaScript files before search`, value: String(result.entryPage.scriptFiles.length), budget: '0', ok: result.entryPage.scriptFiles.length === 0 });
    const stale = result.warm.filter((build) => build.parsed && build.parsed[0] !== 1);
    if (result.warm.length > 0) {
      out.push({ name: `${n}: warm rebuild parses only the changed entry`, value: stale.length === 0 ? 'yes' : result.warm.map((build) => build.parsed?.join(' of ') ?? '?').join(', '), budget: 'yes', ok: stale.length === 0 && result.warm.every((build) => build.parsed) });
    }
  }
  if (results.length > 1) {
    const bySize = [...results].sort((a, b) => a.entries - b.entries);
    const first = bySize[0] as SizeResult;
    const last = bySize[bySize.length - 1] as SizeResult;
    const growth = perPageMs(last) / perPageMs(first);
    out.push({ name: `time per page, N = ${last.entries} / N = ${first.entries} (wall)`, value: x(growth), budget: `≤ ${BUDGETS.perPageGrowth}×`, ok: growth <= BUDGETS.perPageGrowth });
    const cpuGrowth = perPageCpuMs(last) / perPageCpuMs(first);
    out.push({ name: `time per page, N = ${last.entries} / N = ${first.entries} (CPU)`, value: x(cpuGrowth), budget: `≤ ${BUDGETS.perPageGrowth}×`, ok: cpuGrowth <= BUDGETS.perPageGrowth });
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
  const loads = results.flatMap((r) => [...r.rounds.flatMap((round) => round.load), ...r.warm.map((build) => build.load)]);
  const rounds = Math.max(0, ...results.map((r) => r.rounds.length));
  lines.push('# Benchmark', '', `Run ${context.date} on ${context.machine}: \`${context.command}\`. ${rounds} rounds per N (ours, then the baseline, in turn); medians, with the lowest and highest value in brackets. Load average (1 min) during the run: ${withSpread(spread(loads), (n) => n.toFixed(2))}.`, '');
  lines.push(
    '| entries | pages (ours / baseline) | Astro build | baseline build | **time ratio** | CPU time ratio | Pagefind | (Astro + Pagefind) / baseline | peak memory Astro / baseline | peak memory Pagefind | per page, wall (ours / baseline) | per page, CPU (ours / baseline) | entry page HTML + CSS gzip | first search (synthetic) |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  );
  for (const r of results) {
    const baselineMs = over(r, (round) => round.baseline.wallMs).median;
    lines.push(
      `| ${r.entries.toLocaleString('en')} | ${r.pages.toLocaleString('en')} / ${r.baselinePages.toLocaleString('en')} | ${withSpread(over(r, (round) => round.astro.wallMs), s)} | ${withSpread(over(r, (round) => round.baseline.wallMs), s)} | **${withSpread(over(r, timeRatio), x)}** | ${withSpread(over(r, cpuRatio), x)} | ${withSpread(over(r, (round) => round.pagefind.wallMs), s)} | ${withSpread(over(r, combinedRatio), x)} | ${mb(over(r, (round) => round.astro.peakRssBytes).median)} / ${mb(over(r, (round) => round.baseline.peakRssBytes).median)} | ${withSpread(over(r, (round) => round.pagefind.peakRssBytes), mb)} | ${perPageMs(r).toFixed(2)} / ${(baselineMs / r.baselinePages).toFixed(2)} ms | ${perPageCpuMs(r).toFixed(2)} / ${(over(r, (round) => round.baseline.cpuMs).median / r.baselinePages).toFixed(2)} ms | ${kb(r.entryPage.htmlGzip + r.entryPage.cssGzip)} | ${r.firstSearch ? kb(r.firstSearch.firstSearchBytes) : '–'} |`,
    );
  }
  const warm = results.filter((r) => r.warm.length > 0);
  if (warm.length > 0) {
    lines.push('', '## Warm rebuild: one entry changed', '', 'Each time: a cold build of ours, then one entry file changed (a different entry each time), then our Astro build again with the cache the cold build left. Pagefind, which has no incremental mode, is not rerun.', '');
    lines.push('| entries | cold Astro build just before | warm Astro build | warm / cold (per pair) | entries parsed in the warm build | peak memory (warm) |', '| ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const r of warm) {
      const cold = spread(r.warm.map((build) => build.cold.wallMs));
      const hot = spread(r.warm.map((build) => build.astro.wallMs));
      const ratio = spread(r.warm.map((build) => build.astro.wallMs / build.cold.wallMs));
      lines.push(`| ${r.entries.toLocaleString('en')} | ${withSpread(cold, s)} | ${withSpread(hot, s)} | ${withSpread(ratio, x)} | ${r.warm.map((build) => (build.parsed ? `${build.parsed[0]} of ${build.parsed[1].toLocaleString('en')}` : '?')).join(', ')} | ${mb(spread(r.warm.map((build) => build.astro.peakRssBytes)).median)} |`);
    }
  }
  lines.push('', '## Every round', '', '| entries | round | load before → after | Astro wall / CPU / peak | Pagefind wall / peak | baseline wall / CPU / peak | time ratio | CPU ratio |', '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const r of results) {
    r.rounds.forEach((round, index) => {
      lines.push(`| ${r.entries.toLocaleString('en')} | ${index + 1} | ${round.load[0].toFixed(2)} → ${round.load[1].toFixed(2)} | ${s(round.astro.wallMs)} / ${s(round.astro.cpuMs)} / ${mb(round.astro.peakRssBytes)} | ${s(round.pagefind.wallMs)} / ${mb(round.pagefind.peakRssBytes)} | ${s(round.baseline.wallMs)} / ${s(round.baseline.cpuMs)} / ${mb(round.baseline.peakRssBytes)} | ${x(timeRatio(round))} | ${x(cpuRatio(round))} |`);
    });
    r.warm.forEach((build, index) => {
      lines.push(`| ${r.entries.toLocaleString('en')} | cold before warm ${index + 1} | ${build.load.toFixed(2)} | ${s(build.cold.wallMs)} / ${s(build.cold.cpuMs)} / ${mb(build.cold.peakRssBytes)} | – | – | – | – |`);
      lines.push(`| ${r.entries.toLocaleString('en')} | warm ${index + 1} | – | ${s(build.astro.wallMs)} / ${s(build.astro.cpuMs)} / ${mb(build.astro.peakRssBytes)} | – | – | – | – |`);
    });
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
  lines.push('', '## Budgets (on the medians)', '', '| budget | value | limit | |', '| --- | ---: | ---: | --- |');
  for (const v of verdicts(results, real)) lines.push(`| ${v.name} | ${v.value} | ${v.budget} | ${v.ok ? 'ok' : '**over**'} |`);
  lines.push(
    '',
    '## How this is measured',
    '',
    '- Content: `scripts/bench/generate.ts` writes N synthetic entries in the project\'s schemas to a temporary folder (never `content/`): per 31 entries a Danish note of 13 entries and a Norwegian overview of 18; source text (goals, actions, targets, principles) cut verbatim from the seeds, as the content check requires, glossary terms included as the seeds use them; summaries in both languages, titles and passages from a Markov chain over the seeds; real theme ids; the real themes, glossary and text pages. Our site is built over it in a copy of the project with `CONTENT_DIR=<tmp>/content node scripts/astro-build.mjs --outDir <tmp>/dist` (`astro build` with the heap limit `npm run build` gives it), then `scripts/build-search-index.mjs <tmp>/dist` (Pagefind, one index per UI language).',
    '- Baseline: `scripts/bench/baseline.ts` writes a plain Astro project with one Markdown page per entry page of ours (2 × N: Danish and Norwegian UI), with the same text, one content collection, one route, one layout, no MDX, built with `astro build` by the same Astro.',
    '- Rounds: per N, ours (Astro, then Pagefind) and the baseline are built in turn, each round from a cold cache (Astro\'s cache folder and `.astro/` removed first), at least 3 rounds; every measured step starts once `sync` has written the disk cache out. No output is deleted while the bench runs: each build writes to an empty folder, the one before it is moved aside, and Pagefind\'s staging copies are left (`--staging-dir`) until the bench ends, because on ext4 without a journal a build that follows the deletion of tens of thousands of files pays up to 20 s of system time for it. Ratios are taken within a round, then their median is reported and judged; the spread is the lowest and highest value. The 1-minute load average is read from /proc/loadavg at the start and end of each round.',
    '- Warm rebuild: after the rounds, our Astro build runs cold, one entry file is changed (its Danish summary) and the build runs again with the cache the cold build left; warm / cold is taken per pair, and this repeats with a different entry each time. In the CI check the cold build is the last round\'s build of ours, whose cache is still in place. The loader\'s log line gives how many entries were parsed; the bench fails if the changed text is missing from the built page.',
    '- Time: wall time of each command. **Time ratio** = our Astro build / the baseline\'s Astro build (Pagefind has no counterpart in the baseline and is shown apart). CPU time ratio: the same with the CPU time (user + system) of the process trees, which other work on the machine disturbs less. Per page = median build time / pages written.',
    '- Memory: every 50 ms the sum of resident memory (VmRSS from /proc) of the command\'s whole process tree (Node, Pagefind\'s native binary …); the peak of that sum. Not `/usr/bin/time -v`, which gives only the largest single process.',
    '- Page weights: gzip level 9 of the HTML and linked CSS; JavaScript files are `<script src>` and module preloads in the HTML and, in Chromium, Script requests during the page load. First search: in Debian\'s Chromium through Playwright, focus the header search box of a fresh page load, type the query, wait for the first result and for the network to be quiet; the sum of transferred bytes (compressed bodies plus response headers, the requests of the page and its workers), served by a static server that gzips text files as a static host does.',
    '',
  );
  for (const note of context.notes ?? []) lines.push(`- ${note}`);
  return `${lines.join('\n')}\n`;
}
