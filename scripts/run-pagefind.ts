// How Pagefind is run (not what it indexes: see build-search-index.ts).
//
// Pagefind's npm command is a Node script that starts the native binary and waits for it. That
// Node process holds about 45 MB for nothing while the binary indexes, and its memory adds to
// the build's peak; so the binary is started directly. Languages are indexed one after the
// other, never at once: Pagefind's memory grows with the pages it holds (about 150 KB per
// entry page at 10,000 entries), and two runs at the same time would add up.
import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const PAGEFIND_PACKAGE = new URL('../node_modules/pagefind/package.json', import.meta.url);
const WRAPPER = fileURLToPath(new URL('../node_modules/pagefind/lib/runner/bin.cjs', import.meta.url));

/** Pagefind's native binary for this platform, resolved as its npm wrapper does; undefined when it is not installed. */
export function pagefindBinary(): string | undefined {
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

/** Runs Pagefind with `args` (CLI flags), in the foreground; throws when it fails. */
export function runPagefind(args: readonly string[]): void {
  const binary = pagefindBinary();
  if (binary) execFileSync(binary, args, { stdio: 'inherit' });
  else execFileSync(process.execPath, [WRAPPER, ...args], { stdio: 'inherit' });
}
