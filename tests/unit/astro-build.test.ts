import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { stripVTControlCharacters } from 'node:util';
import { countEntryFiles, heapFlags, heapLimitMb, HEADROOM, LIVE_HEAP_BASE_MB, LIVE_HEAP_PER_ENTRY_KB, MIN_HEAP_MB } from '../../scripts/astro-build.mjs';

const LAUNCHER = 'scripts/astro-build.mjs';
/** Astro colours its output on a CI runner (CI=1) even with a pipe. */
const ENV = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };
const expectedLiveMb = (entries: number) => LIVE_HEAP_BASE_MB + (entries * LIVE_HEAP_PER_ENTRY_KB) / 1024;

describe('astro-build launcher: the heap limit follows the content', () => {
  test('a small or benchmark-sized site gets the floor; a larger one more, never less than its headroom', () => {
    assert.equal(heapLimitMb(0), MIN_HEAP_MB);
    assert.equal(heapLimitMb(31), MIN_HEAP_MB);
    assert.equal(heapLimitMb(10_000), 1536);
    for (const entries of [20_000, 50_000, 200_000]) {
      assert.ok(heapLimitMb(entries) >= HEADROOM * expectedLiveMb(entries), `${entries} entries: ${heapLimitMb(entries)} MB`);
    }
    assert.ok(heapLimitMb(50_000) > heapLimitMb(20_000));
  });

  test('a limit given in NODE_OPTIONS wins; other options are left to Node', () => {
    assert.deepEqual(heapFlags(undefined, 10_000), ['--max-old-space-size=1536']);
    assert.deepEqual(heapFlags('--enable-source-maps', 50_000), [`--max-old-space-size=${heapLimitMb(50_000)}`]);
    assert.deepEqual(heapFlags('--max-old-space-size=4096', 10_000), []);
  });

  const root = mkdtempSync(join(tmpdir(), 'astro-build-'));
  after(() => rmSync(root, { recursive: true, force: true }));

  test('entries are counted as the content collection finds them: entries/<source>/<slug>.mdx', () => {
    assert.equal(countEntryFiles('content') > 0, true);
    mkdirSync(join(root, 'entries', 'a'), { recursive: true });
    mkdirSync(join(root, 'entries', 'b'), { recursive: true });
    for (const file of ['a/x.mdx', 'a/y.mdx', 'b/z.mdx', 'b/notes.txt']) writeFileSync(join(root, 'entries', file), '');
    writeFileSync(join(root, 'entries', 'stray.mdx'), '');
    assert.equal(countEntryFiles(root), 3);
    assert.equal(countEntryFiles(join(root, 'missing')), 0);
  });

  test("Astro's arguments and exit status pass through", () => {
    const version = spawnSync(process.execPath, [LAUNCHER, '--version'], { encoding: 'utf8', env: ENV });
    assert.equal(version.status, 0);
    assert.match(stripVTControlCharacters(version.stdout), /astro\s+v7\./u);
    const broken = join(root, 'broken-project');
    mkdirSync(broken);
    writeFileSync(join(broken, 'astro.config.mjs'), "throw new Error('this config is broken');\n");
    const failed = spawnSync(process.execPath, [LAUNCHER, '--root', broken], { encoding: 'utf8', env: ENV });
    assert.notEqual(failed.status, 0);
    assert.match(stripVTControlCharacters(failed.stdout + failed.stderr), /this config is broken/u);
  });
});
