// `npm run dev` as an editor uses it: a real `astro dev` (in a copy of the project, on the test
// port + 100), a page open in Chromium, a broken save, then the fix. The browser and the terminal
// must show the same lines as `npm run check`, and the fixed file must bring the page back.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { copyProject } from '../../../scripts/bench/baseline.ts';
import { ROOT } from '../support/content.ts';

const PORT = Number(process.env['PLAYWRIGHT_PORT'] ?? 4321) + 100;
const BASE = `http://127.0.0.1:${PORT}`;
const TROMS = 'content/entries/luk-2011/troms.mdx';
const LUK = 'content/sources/luk-2011.yaml';

test.describe.configure({ mode: 'serial', timeout: 180_000 });

let dir = '';
let server: ChildProcess | undefined;
let output = '';

/** What `npm run check` prints for the copy, one problem a line. */
function checkLines(): string[] {
  const result = spawnSync(process.execPath, [join(ROOT, 'src/lib/content-check/cli.ts')], { cwd: dir, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: 'content' } });
  return result.stderr.split('\n').filter((line) => /^content\/.*:\d+: /u.test(line));
}

test.beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dev-notice-'));
  // A copy with its own .astro/ and Vite cache, so the dev server never touches the project's build state.
  copyProject(ROOT, dir);
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  const env = { ...process.env, CONTENT_DIR: 'content', ASTRO_TELEMETRY_DISABLED: '1' };
  server = spawn(process.execPath, [join(dir, 'node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(PORT)], { cwd: dir, env, detached: true });
  server.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  await expect.poll(async () => (await fetch(`${BASE}/da/`).catch(() => undefined))?.status, { timeout: 120_000, intervals: [500] }).toBe(200);
});

test.afterAll(() => {
  if (server?.pid) process.kill(-server.pid, 'SIGTERM');
  rmSync(dir, { recursive: true, force: true });
});

test('a broken save shows the check\'s lines in the open page and the terminal; the fix brings the page back', async ({ page }) => {
  await page.goto(`${BASE}/nb/kilder/luk-2011/troms/`);
  await expect(page.locator('main h1')).toContainText('Troms');

  const original = readFileSync(join(dir, TROMS), 'utf8');
  writeFileSync(join(dir, TROMS), `${original.replace('order: 2', 'order: to')}\n[klikk](javascript:alert(document.domain)) <a href="/da/">her</a>\n`);
  const lines = checkLines();
  expect(lines).toEqual([
    expect.stringMatching(/^content\/entries\/luk-2011\/troms\.mdx:5: order: found "to" \(expected a whole number\)$/u),
    expect.stringMatching(/^content\/entries\/luk-2011\/troms\.mdx:\d+: \(body\): the link to "javascript:alert\(document\.domain\)" is a javascript: address/u),
    expect.stringMatching(/^content\/entries\/luk-2011\/troms\.mdx:\d+: \(body\): <a> is not allowed in the text \(expected a Markdown link: \[text\]\(https:\/\/…\)/u),
  ]);

  // The page that was open: Vite's error overlay, over the notice that replaces the page.
  const overlay = page.locator('vite-error-overlay');
  await expect(overlay.locator('#message-content')).toContainText(lines[0]!, { timeout: 15_000 });
  // Line for line as npm run check prints them (no Markdown read into them).
  await expect.poll(async () => (await overlay.locator('#message-content').textContent())?.trim().split('\n')).toEqual(lines);
  await expect(overlay.locator('#code-content .error-line')).toHaveText('order: to');
  await expect(overlay.locator('#title')).toContainText('The content has 3 problems');
  await expect(page.locator('[data-content-problems] li')).toHaveText(lines);
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.locator('main h1')).toHaveText('Innholdet har feil');
  for (const line of lines) expect(output).toContain(line);
  expect(output.split('The content has 3 problems;').length - 1, 'the terminal says it once').toBe(1);

  // Any other page, freshly loaded, shows the same until the file is fixed.
  const response = await page.goto(`${BASE}/da/temaer/`);
  expect(response?.status()).toBe(500);
  await expect(page.locator('[data-content-problems] li')).toHaveText(lines);
  await expect(page.locator('main h1')).toHaveText('Indholdet har fejl');

  // A problem in another file, saved meanwhile, joins the list.
  const source = readFileSync(join(dir, LUK), 'utf8');
  writeFileSync(join(dir, LUK), source.replace(/^url: .*$/mu, 'url: javascript:alert(1)'));
  const more = checkLines();
  expect(more).toEqual([...lines, expect.stringMatching(/^content\/sources\/luk-2011\.yaml:7: url: "javascript:alert\(1\)" is a javascript: address/u)]);
  await expect(page.locator('[data-content-problems] li')).toHaveText(more, { timeout: 15_000 });
  await expect(overlay.locator('#title')).toContainText('The content has 4 problems');
  for (const line of more) expect(output).toContain(line);

  // Fixed: the page comes back by itself, without the overlay, and the terminal says so.
  writeFileSync(join(dir, TROMS), original);
  await expect(page.locator('[data-content-problems] li')).toHaveText(more.slice(3), { timeout: 15_000 });
  expect(output).not.toContain('The content has no problems again');
  writeFileSync(join(dir, LUK), source);
  await expect(page.locator('main h1')).toHaveText(/Temaer/u, { timeout: 15_000 });
  await expect(overlay).toHaveCount(0);
  await expect(page.locator('[data-content-problems]')).toHaveCount(0);
  expect(output).toContain('The content has no problems again');
  expect(checkLines()).toEqual([]);
});
