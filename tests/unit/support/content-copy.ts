// A copy of the real content and seeds in a temporary folder, for trying editors' changes on,
// and `npm run check` run over it: shared by the content-check tests.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = new URL('../../../', import.meta.url).pathname;
const CLI = join(ROOT, 'src/lib/content-check/cli.ts');

/** A temporary folder holding a copy of content/ and seeds/. */
export function copyProject(prefix = 'content-check-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  return dir;
}

/** `npm run check` over the copy in `dir`: its exit code and everything it printed. */
export function runCheck(dir: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [CLI], { cwd: dir, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: 'content' } });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** Changes one file of the copy; fails when the change changes nothing (the test would prove nothing). */
export function edit(dir: string, file: string, change: (text: string) => string): void {
  const path = join(dir, file);
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  assert.notEqual(after, before, `the edit of ${file} changed nothing`);
  writeFileSync(path, after);
}
