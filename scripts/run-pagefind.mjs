// How Pagefind is run (not what it indexes: see build-search-index.mjs).
//
// Pagefind's npm command is a Node script that starts the native binary and waits for it. That
// Node process holds about 45 MB for nothing while the binary indexes, and its memory adds to
// the build's peak; so the binary is started directly. Languages are indexed one after the
// other, never at once: Pagefind's memory grows with the pages it holds (about 150 KB per
// entry page at 10,000 entries), and two runs at the same time would add up.
//
// The Linux binaries are built with jemalloc, which by default keeps 4 memory arenas per core
// (one per thread in use); memory freed in one arena is not reused by another. One arena, and
// per-thread caches only for allocations up to 1 KB, lower Pagefind's peak for one language at
// 10,000 entries from 1,800 to 1,540 MB (measured on the same pages, 2–3 runs each) for the same
// CPU time. (Without the per-thread caches it is 1,480 MB, for twice the CPU time; returning
// freed memory at once, dirty_decay_ms:0, gains nothing more and costs 3–4 s of system time.)
// The variable only reaches jemalloc in Pagefind's musl builds; other builds ignore it.
// `PAGEFIND_MALLOC_CONF` replaces the setting (empty: jemalloc's defaults).
//
// Plain JavaScript (types in JSDoc), as is build-search-index.mjs: the process that waits for
// Pagefind then needs no TypeScript loader, which is 16 MB of the index build's peak memory.
// @ts-check
import { execFileSync, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const PAGEFIND_PACKAGE = new URL('../node_modules/pagefind/package.json', import.meta.url);
const WRAPPER = fileURLToPath(new URL('../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));
export const MALLOC_CONF = 'narenas:1,tcache_max:1024';

/**
 * Pagefind's native binary for this platform, resolved as its npm wrapper does; undefined when it is not installed.
 * @returns {string | undefined}
 */
export function pagefindBinary() {
  const fromEnv = process.env['PAGEFIND_EXTENDED_BINARY_PATH'] ?? process.env['PAGEFIND_BINARY_PATH'];
  if (fromEnv) return fromEnv;
  const require = createRequire(PAGEFIND_PACKAGE);
  const platform = process.platform === 'win32' ? 'windows' : process.platform;
  const arch = process.env['npm_config_arch'] ?? process.arch;
  for (const name of ['pagefind_extended', 'pagefind']) {
    try {
      return require.resolve(`@pagefind/${platform}-${arch}/bin/${name}${platform === 'windows' ? '.exe' : ''}`);
    } catch {
      // not installed for this platform: try the next name
    }
  }
  return undefined;
}

/**
 * The environment Pagefind runs in: ours, plus jemalloc's setting (see above).
 * @param {NodeJS.ProcessEnv} [env]
 * @returns {NodeJS.ProcessEnv}
 */
export function pagefindEnv(env = process.env) {
  const conf = env['PAGEFIND_MALLOC_CONF'] ?? MALLOC_CONF;
  return conf ? { ...env, _RJEM_MALLOC_CONF: conf } : { ...env };
}

/** @type {(args: readonly string[]) => [string, string[]]} */
const command = (args) => {
  const binary = pagefindBinary();
  return binary ? [binary, [...args]] : [process.execPath, [WRAPPER, ...args]];
};

/**
 * Runs Pagefind with `args` (CLI flags), in the foreground; throws when it fails.
 * @param {readonly string[]} args
 */
export function runPagefind(args) {
  const [file, argv] = command(args);
  execFileSync(file, argv, { stdio: 'inherit', env: pagefindEnv() });
}

/**
 * Runs Pagefind with `args` (CLI flags); resolves when it has finished, rejects when it fails.
 * @param {readonly string[]} args
 * @returns {Promise<void>}
 */
export function runPagefindAsync(args) {
  const [file, argv] = command(args);
  return new Promise((resolve, reject) => {
    const child = spawn(file, argv, { stdio: 'inherit', env: pagefindEnv() });
    child.on('error', reject);
    child.on('close', (code, signal) => (code === 0 ? resolve(undefined) : reject(new Error(`Pagefind failed (${signal ?? `exit code ${code}`})`))));
  });
}
