// `npm run build` (and the benchmark) run `astro build` through this launcher, which gives Node a
// heap limit that grows with the content, so the build's memory follows what it needs.
//
// Why: without a limit, V8 sizes the heap from the machine's memory (4 GB here) and lets the old
// generation fill with garbage before a full collection. At 10,000 entries the live heap is under
// 0.5 GB, but the build peaked anywhere from 1.6 to 2.2 GB. With a limit, V8 collects earlier,
// for no measurable CPU time (docs/benchmark.md, "Where the Astro build's memory goes").
//
// A fixed limit would stop a larger site's build with "heap out of memory", so the limit is three
// times the live heap expected for the number of entry files, never under 1,536 MB. A limit
// already given in NODE_OPTIONS wins.
//
// Plain JavaScript (see run-pagefind.mjs): this process only waits while Astro builds.
// @ts-check
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** Live heap after a full collection (`--trace-gc`, synthetic content): ~150 MB at 2,000 entries, ~490 MB at 10,000. */
export const LIVE_HEAP_BASE_MB = 70;
export const LIVE_HEAP_PER_ENTRY_KB = 42;
/** Room above the expected live heap, so a heavier entry than the benchmark's never runs out. */
export const HEADROOM = 3;
/** The floor: with 1,024 MB, V8 ran about 23 full collections at 10,000 entries instead of 12–18, for about 10 % more CPU time. */
export const MIN_HEAP_MB = 1536;

/**
 * The old-generation limit (`--max-old-space-size`, in MB) for a site of `entries` entry files.
 * @param {number} entries
 */
export function heapLimitMb(entries) {
  const live = LIVE_HEAP_BASE_MB + (entries * LIVE_HEAP_PER_ENTRY_KB) / 1024;
  return Math.max(MIN_HEAP_MB, Math.ceil(HEADROOM * live));
}

/**
 * Entry files (`entries/<source>/<slug>.mdx`) under the content folder; 0 when there is none yet.
 * @param {string} contentDir
 */
export function countEntryFiles(contentDir) {
  const root = join(contentDir, 'entries');
  let count = 0;
  try {
    for (const source of readdirSync(root, { withFileTypes: true })) {
      if (!source.isDirectory()) continue;
      count += readdirSync(join(root, source.name)).filter((name) => name.endsWith('.mdx')).length;
    }
  } catch {
    return 0; // Astro's content check reports a missing folder, with its address
  }
  return count;
}

/**
 * The flags for the build's Node: a heap limit, unless NODE_OPTIONS already sets one.
 * @param {string | undefined} nodeOptions
 * @param {number} entries
 * @returns {string[]}
 */
export function heapFlags(nodeOptions, entries) {
  if (nodeOptions && /--max-old-space-size\b/u.test(nodeOptions)) return [];
  return [`--max-old-space-size=${heapLimitMb(entries)}`];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const astro = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));
  const entries = countEntryFiles(process.env['CONTENT_DIR'] ?? 'content');
  const flags = heapFlags(process.env['NODE_OPTIONS'], entries);
  const result = spawnSync(process.execPath, [...flags, astro, 'build', ...process.argv.slice(2)], { stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.signal) process.kill(process.pid, result.signal);
  process.exitCode = result.status ?? 1;
}
