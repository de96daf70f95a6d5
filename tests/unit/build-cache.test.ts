// Astro's content cache is kept between builds (no --force) and never serves stale data.
// The first part tests the pieces; the second builds a copy of the project several times.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { copyProject } from '../../scripts/bench/baseline.ts';
import { changedInputs, collectInputs, importSpecifiers, packageOf } from '../../src/lib/content-cache/inputs.ts';
import { parsedSummary } from '../../src/lib/content-cache/count-parsed.ts';

const ROOT = new URL('../../', import.meta.url).pathname;

describe('content cache: what the stored data depends on', () => {
  test('finds static, type-only, re-exported and dynamic imports, not those in comments', () => {
    const source = [
      "import { z } from 'astro/zod';",
      "import type { A } from './a.ts';",
      "export * from \"./b.ts\";",
      "export { c } from './c.ts';",
      "import './side-effect.ts';",
      "const d = await import('./d.ts');",
      "import {\n  e,\n  f,\n} from '../e.ts';",
      '// import { x } from "./commented.ts";',
      "/* import y from './block.ts'; */",
    ].join('\n');
    assert.deepEqual(importSpecifiers(source).sort(), ['../e.ts', './a.ts', './b.ts', './c.ts', './d.ts', './side-effect.ts', 'astro/zod'].sort());
  });
  test('names the package of a bare specifier; relative, node: and virtual modules have none', () => {
    assert.equal(packageOf('astro/zod'), 'astro');
    assert.equal(packageOf('@astrojs/mdx'), '@astrojs/mdx');
    assert.equal(packageOf('@scope/pkg/sub/path'), '@scope/pkg');
    assert.equal(packageOf('./local.ts'), undefined);
    assert.equal(packageOf('node:fs'), undefined);
    assert.equal(packageOf('astro:content'), undefined);
  });

  const project = () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-inputs-'));
    mkdirSync(join(dir, 'src/schemas'), { recursive: true });
    mkdirSync(join(dir, 'src/lib'), { recursive: true });
    for (const [name, version] of [['astro', '7.0.0'], ['zod', '4.0.0'], ['unused', '1.0.0']]) {
      mkdirSync(join(dir, 'node_modules', name as string), { recursive: true });
      writeFileSync(join(dir, 'node_modules', name as string, 'package.json'), JSON.stringify({ name, version }));
    }
    writeFileSync(join(dir, 'src/content.config.ts'), "import { entry } from './schemas/index.ts';\nexport const collections = { entry };\n");
    writeFileSync(join(dir, 'src/schemas/index.ts'), "export * from './entry.ts';\n");
    writeFileSync(join(dir, 'src/schemas/entry.ts'), "import { z } from 'astro/zod';\nimport { helper } from '../lib/helper';\nexport const entry = z.object({ a: z.string() });\n");
    writeFileSync(join(dir, 'src/schemas/not-imported.ts'), 'export const later = 1;\n');
    writeFileSync(join(dir, 'src/lib/helper.ts'), 'export const helper = 1;\n');
    writeFileSync(join(dir, 'src/lib/unrelated.ts'), 'export const unrelated = 1;\n');
    return dir;
  };

  test('follows imports from the roots through every level, takes every file of the folders, and the versions of the imported packages', () => {
    const dir = project();
    const inputs = collectInputs(dir, ['src/content.config.ts'], ['src/schemas'], { contentDir: '/x' });
    assert.deepEqual(Object.keys(inputs.files), ['src/content.config.ts', 'src/lib/helper.ts', 'src/schemas/entry.ts', 'src/schemas/index.ts', 'src/schemas/not-imported.ts']);
    assert.deepEqual(inputs.packages, { astro: '7.0.0', zod: '4.0.0' });
    assert.deepEqual(inputs.settings, { contentDir: '/x' });
  });

  test('a change two imports deep, a package upgrade or another content folder is reported; an unrelated module is not', () => {
    const dir = project();
    const before = collectInputs(dir, ['src/content.config.ts'], ['src/schemas'], { contentDir: '/x' });
    writeFileSync(join(dir, 'src/lib/unrelated.ts'), 'export const unrelated = 2;\n');
    assert.deepEqual(changedInputs(before, collectInputs(dir, ['src/content.config.ts'], ['src/schemas'], { contentDir: '/x' })), []);
    writeFileSync(join(dir, 'src/lib/helper.ts'), 'export const helper = 2;\n');
    writeFileSync(join(dir, 'node_modules/zod/package.json'), JSON.stringify({ name: 'zod', version: '4.1.0' }));
    writeFileSync(join(dir, 'src/schemas/new.ts'), 'export const n = 1;\n');
    const after = collectInputs(dir, ['src/content.config.ts'], ['src/schemas'], { contentDir: '/y' });
    assert.deepEqual(changedInputs(before, after), ['src/lib/helper.ts', 'src/schemas/new.ts (new)', 'zod 4.0.0 → 4.1.0', 'contentDir /x → /y']);
  });

  test('the parse count line says how many entries came from the cache', () => {
    assert.equal(parsedSummary('entries', 1, 31), 'entries: parsed 1 of 31 entries (30 kept from the content cache)');
  });

  test('the project feeds its schemas, content check and importer writer into the digest', () => {
    const inputs = collectInputs(ROOT, ['astro.config.mjs', 'src/content.config.ts', 'src/lib/importer/render.ts', 'src/lib/importer/write-files.ts'], ['src/schemas']);
    for (const file of ['src/schemas/entry.ts', 'src/schemas/common.ts', 'src/lib/content-check/check-content.ts', 'src/lib/importer/render.ts']) {
      assert.ok(file in inputs.files, `${file} is not among the inputs`);
    }
    assert.ok('astro' in inputs.packages && 'zod' in inputs.packages);
  });
});

/** Builds with `npm run build`, as a user does. */
function build(dir: string): string {
  // NO_COLOR: with CI set, Astro colours its log lines, and the colour codes would sit between the words read below.
  const result = spawnSync('npm', ['run', 'build'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', CONTENT_DIR: 'content', NO_COLOR: '1' } });
  const output = `${result.stdout}${result.stderr}`.replace(/\u001b\[[0-9;]*m/gu, '');
  assert.equal(result.status, 0, output);
  return output;
}

/** Per collection, how many entries the build parsed and how many it has (from the loader's log line). */
function parsedCounts(output: string): Record<string, [number, number]> {
  const out: Record<string, [number, number]> = {};
  for (const match of output.matchAll(/\] (\w+): parsed (\d+) of (\d+) entries/gu)) out[match[1] as string] = [Number(match[2]), Number(match[3])];
  return out;
}

describe('content cache: real builds of a copy of the project', { timeout: 600_000 }, () => {
  let dir = '';
  let first = '';
  let entryCount = 0;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'build-cache-'));
    copyProject(ROOT, dir);
    cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
    entryCount = readdirSync(join(dir, 'content/entries'), { recursive: true }).filter((name) => String(name).endsWith('.mdx')).length;
    first = build(dir);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  test('the first build parses every entry', () => {
    assert.match(first, /content cache cleared/u);
    assert.deepEqual(parsedCounts(first)['entries'], [entryCount, entryCount]);
  });

  test('an unchanged second build parses no entry again and builds the same pages', () => {
    const page = join(dir, 'dist/da/kilder/luk-2011/akershus/index.html');
    const before = readFileSync(page, 'utf8');
    const output = build(dir);
    assert.match(output, /content inputs unchanged/u);
    assert.doesNotMatch(output, /content cache cleared|data store cleared/u);
    const counts = parsedCounts(output);
    for (const collection of ['entries', 'themes', 'sources', 'pages']) {
      assert.equal(counts[collection]?.[0], 0, `${collection}: ${JSON.stringify(counts[collection])}`);
      assert.ok((counts[collection]?.[1] ?? 0) > 0, `${collection} is empty`);
    }
    assert.equal(readFileSync(page, 'utf8'), before);
  });

  test('a changed entry is read again, and only that one; its page shows the change', () => {
    const file = join(dir, 'content/entries/luk-2011/akershus.mdx');
    const marker = 'Cacheprøve, denne opsummering er ændret efter første build';
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^(\s+da: )/mu, `$1${marker}. `));
    const output = build(dir);
    assert.deepEqual(parsedCounts(output)['entries'], [1, entryCount]);
    assert.ok(readFileSync(join(dir, 'dist/da/kilder/luk-2011/akershus/index.html'), 'utf8').includes(marker), 'the entry page does not show the changed summary');
  });

  test('a new schema default in a module the content config imports appears after a plain build', () => {
    const schema = join(dir, 'src/schemas/entry.ts');
    const text = readFileSync(schema, 'utf8');
    const changed = text.replace(/^(\s+)goal: /mu, "$1cacheProbe: z.string().default('probe-default'),\n$1goal: ");
    assert.notEqual(changed, text, 'could not find the goal field in src/schemas/entry.ts');
    writeFileSync(schema, changed);
    const output = build(dir);
    const store = readFileSync(join(dir, 'node_modules/.astro/data-store.json'), 'utf8');
    assert.equal(store.match(/"cacheProbe":/gu)?.length ?? 0, entryCount, 'not every stored entry has the new field');
    assert.ok(store.includes('"probe-default"'));
    assert.match(output, /content cache cleared: src\/schemas\/entry\.ts/u);
    assert.deepEqual(parsedCounts(output)['entries'], [entryCount, entryCount]);
  });
});
