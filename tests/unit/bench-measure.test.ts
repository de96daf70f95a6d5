import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { cpuTicksOf, descendants, measure, parentPidOf, rssBytesOf } from '../../scripts/bench/measure.ts';
import { BUDGETS, renderReport, spread, verdicts, type SizeResult } from '../../scripts/bench/report.ts';
import { linkedAssets } from '../../scripts/bench/weights.ts';

describe('bench: /proc parsing', () => {
  test('reads the parent pid and CPU ticks even when the command name has spaces and parentheses', () => {
    const stat = '4242 (node (worker) x) S 17 4242 17 0 -1 4194560 100 0 0 0 250 30 7 3 20 0 11 0 1000 123456 789';
    assert.equal(parentPidOf(stat), 17);
    assert.equal(cpuTicksOf(stat), 250 + 30 + 7 + 3);
  });
  test('reads VmRSS in bytes, and 0 when it is missing', () => {
    assert.equal(rssBytesOf('Name:\tnode\nVmRSS:\t  2048 kB\nThreads: 7\n'), 2048 * 1024);
    assert.equal(rssBytesOf('Name:\tzombie\n'), 0);
  });
  test('finds a process tree', () => {
    const parents = new Map([[2, 1], [3, 2], [4, 2], [5, 9], [6, 4]]);
    assert.deepEqual(descendants(2, parents).sort(), [2, 3, 4, 6]);
  });
});

describe('bench: measure', () => {
  test('sums the memory of a command and its child processes', async () => {
    // The child holds ~150 MB, its parent little: the tree's peak must include the child's.
    const child = "const b = Buffer.alloc(150 * 1024 * 1024, 1); setTimeout(() => console.log(b[0]), 600);";
    const parent = `require('node:child_process').spawnSync(process.execPath, ['-e', ${JSON.stringify(child)}], { stdio: 'inherit' });`;
    const result = await measure(process.execPath, ['-e', parent], { cwd: process.cwd() });
    assert.equal(result.exitCode, 0);
    assert.ok(result.peakRssBytes > 150 * 1024 * 1024, `${result.peakRssBytes}`);
    assert.ok(result.wallMs >= 600 && result.samples > 3);
    assert.ok(result.cpuMs > 0);
  });
  test('reports a failing command’s exit code and output', async () => {
    const result = await measure(process.execPath, ['-e', "console.error('boom'); process.exit(3)"], { cwd: process.cwd() });
    assert.equal(result.exitCode, 3);
    assert.match(result.tail, /boom/u);
  });
});

describe('bench: page weights and report', () => {
  test('finds stylesheets, script files and inline script bytes', () => {
    const html = '<link rel="stylesheet" href="/_astro/a.css"><link rel="modulepreload" href="/_astro/m.js"><script type="module">go()</script><script src="/x.js"></script>';
    assert.deepEqual(linkedAssets(html), { stylesheets: ['/_astro/a.css'], scripts: ['/x.js', '/_astro/m.js'], inlineScriptBytes: 4 });
  });
  const measurement = (wallMs: number, peakRssBytes = 500e6) => ({ wallMs, peakRssBytes, cpuMs: wallMs, samples: 10, exitCode: 0, tail: '', lines: [] });
  /** Three rounds; the middle one's figures are the medians, the others ± 10 %. */
  const result = (entries: number, ours: number, baseline: number, htmlGzip = 4000, pagefind = 1000, pagefindPeak = 500e6): SizeResult => ({
    entries,
    sources: 2,
    pages: entries * 2,
    baselinePages: entries * 2,
    rounds: [0.9, 1, 1.1].map((f, i) => ({ astro: measurement(ours * f), pagefind: measurement(pagefind, [pagefindPeak * 0.9, pagefindPeak, pagefindPeak * 1.1][i]), baseline: measurement(baseline * f), load: [1, 1] as [number, number] })),
    warm: [{ astro: measurement(ours / 2), cold: measurement(ours), parsed: [1, entries] as [number, number], load: 1 }],
    entryPage: { page: '/da/kilder/a/b/', htmlGzip, cssGzip: 1500, scriptFiles: [], inlineScriptBytes: 400 },
  });
  test('median and spread', () => {
    assert.deepEqual(spread([3, 1, 2]), { median: 2, min: 1, max: 3 });
    assert.deepEqual(spread([4, 1, 2, 3]), { median: 2.5, min: 1, max: 4 });
  });
  test('judges the budgets on the medians', () => {
    const ok = verdicts([result(500, 12_000, 10_000), result(10_000, 200_000, 180_000)], undefined);
    assert.ok(ok.every((v) => v.ok), JSON.stringify(ok.filter((v) => !v.ok)));
    const overs = verdicts([result(500, 18_000, 10_000, BUDGETS.entryPageGzip)], undefined).filter((v) => !v.ok).map((v) => v.name);
    assert.deepEqual(overs, ['N = 500: build time / baseline (wall)', 'N = 500: build time / baseline (CPU)', 'N = 500: entry page HTML + CSS (gzip)']);
    // 1.4× passes the small-N guard but breaks the budget at 10,000.
    assert.ok(verdicts([result(500, 14_000, 10_000)], undefined).every((v) => v.ok));
    const large = verdicts([result(10_000, 140_000, 100_000)], undefined).filter((v) => !v.ok).map((v) => v.name);
    assert.deepEqual(large, ['N = 10000: build time / baseline (wall)', 'N = 10000: build time / baseline (CPU)']);
    const slower = verdicts([result(500, 10_000, 10_000), result(10_000, 260_000, 240_000)], undefined).filter((v) => !v.ok);
    assert.deepEqual(slower.map((v) => v.name), ['time per page, N = 10000 / N = 500 (wall)', 'time per page, N = 10000 / N = 500 (CPU)']);
    // The order of --n does not matter: smallest against largest N.
    assert.deepEqual(verdicts([result(10_000, 260_000, 240_000), result(500, 10_000, 10_000)], undefined).filter((v) => !v.ok).map((v) => v.name), ['time per page, N = 10000 / N = 500 (wall)', 'time per page, N = 10000 / N = 500 (CPU)']);
  });
  test('Astro + Pagefind ≤ 2× the baseline and Pagefind ≤ 1.6 GB at 10,000 entries', () => {
    const names = (r: SizeResult) => verdicts([r], undefined).filter((v) => !v.ok).map((v) => v.name);
    assert.deepEqual(names(result(10_000, 120_000, 100_000, 4000, 79_000)), []);
    assert.deepEqual(names(result(10_000, 120_000, 100_000, 4000, 81_000)), ['N = 10000: (Astro + Pagefind) / baseline']);
    // 1.7 GB: under the old 2 GB budget, over the 1.6 GB one.
    assert.deepEqual(names(result(10_000, 120_000, 100_000, 4000, 1000, 1.7 * 1024 ** 3)), ['N = 10000: peak memory, Pagefind']);
    // The median decides, not the highest round.
    assert.deepEqual(names(result(10_000, 120_000, 100_000, 4000, 1000, 1.5 * 1024 ** 3)), []);
  });
  test('a warm rebuild that parses more than the changed entry is over', () => {
    const r = result(500, 12_000, 10_000);
    r.warm = [{ ...r.warm[0]!, parsed: [500, 500] }];
    assert.deepEqual(verdicts([r], undefined).filter((v) => !v.ok).map((v) => v.name), ['N = 500: warm rebuild parses only the changed entry']);
  });
  test('writes a table row per N with medians and spreads, every round, and the warm rebuild', () => {
    const report = renderReport([result(500, 12_000, 10_000), result(2000, 40_000, 35_000)], undefined, { date: 'today', machine: 'test', command: 'npm run bench' });
    assert.match(report, /^\| 500 \| 1,000 \/ 1,000 \| 12\.0 s \(10\.8–13\.2 s\) \| 10\.0 s \(9\.0–11\.0 s\) \| \*\*1\.20×\*\*/mu);
    assert.match(report, /^\| 2,000 \|/mu);
    assert.match(report, /^\| 500 \| 3 \| 1\.00 → 1\.00 \|/mu);
    // The warm build is set beside the cold build just before it, not beside the rounds.
    assert.match(report, /^\| 500 \| 12\.0 s \| 6\.0 s \| 0\.50× \| 1 of 500 \|/mu);
    assert.match(report, /^\| 500 \| cold before warm 1 \| 1\.00 \| 12\.0 s \//mu);
  });
});
