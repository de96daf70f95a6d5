import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from './support/content.ts';

test('entry, theme and glossary pages offer "edit this page" and the last update, in the UI language', async ({ page }) => {
  for (const [path, edit, updated, file] of [
    ['/da/kilder/luk-2011/finnmark/', 'Rediger denne side', 'Senest opdateret', 'content/entries/luk-2011/finnmark.mdx'],
    ['/nb/temaer/planlegging/', 'Rediger denne siden', 'Sist oppdatert', 'content/themes/planning.yaml'],
    ['/nb/ordliste/', 'Rediger denne siden', 'Sist oppdatert', 'content/glossary.yaml'],
  ] as const) {
    await page.goto(path);
    const history = page.getByRole('complementary', { name: 'Om siden' });
    await expect(history).toContainText(edit);
    await expect(history).toContainText(updated);
    await expect(history.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/u);
    const link = history.getByRole('link', { name: edit });
    if ((await link.count()) > 0) await expect(link).toHaveAttribute('href', new RegExp(`/edit/main/${file.replace(/[.]/gu, '\\.')}$`, 'u'));
    else await expect(history.locator('code')).toHaveText(file);
  }
});

test.describe('a brand-new entry with only the required fields', () => {
  test.describe.configure({ mode: 'serial' });
  const work = mkdtempSync(join(tmpdir(), 'new-entry-'));
  const dist = join(work, 'dist');

  test.beforeAll(() => {
    test.setTimeout(240_000);
    cpSync(join(ROOT, 'content'), join(work, 'content'), { recursive: true });
    writeFileSync(
      join(work, 'content/entries/luk-2011/eksempel.mdx'),
      ['---', 'title: Eksempel fylkeskommune', 'kind: county', 'source: luk-2011', 'order: 19', 'language: nb', 'country: NO', 'organisation: Eksempel fylkeskommune', 'summary:', '  da: Et eksempel på et nyt opslag.', '  nb: Et eksempel på et nytt oppslag.', 'actions:', '  - id: a1', '    text: Drive kulturhusprosjektet Solsikke med frivillige ildsjeler.', '    themes: [volunteering-community]', '---', ''].join('\n'),
    );
    const env = { ...process.env, CONTENT_DIR: join(work, 'content') };
    execFileSync('npx', ['astro', 'build', '--force', '--outDir', dist], { cwd: ROOT, env, stdio: 'pipe' });
    execFileSync(process.execPath, ['scripts/build-search-index.mjs', dist], { cwd: ROOT, env, stdio: 'pipe' });
  });

  test.beforeEach(async ({ page }) => {
    // Serve this test's own build instead of the main one.
    await page.route('**/*', async (route) => {
      const url = new URL(route.request().url());
      let path = join(dist, decodeURIComponent(url.pathname));
      if (url.pathname.endsWith('/')) path = join(path, 'index.html');
      if (!existsSync(path)) return route.fulfill({ status: 404, body: 'not found' });
      return route.fulfill({ path });
    });
  });

  test('appears on its theme page and in the matrix', async ({ page }) => {
    await page.goto('/nb/temaer/frivillighet-og-fellesskap/');
    await expect(page.getByRole('link', { name: 'Drive kulturhusprosjektet Solsikke med frivillige ildsjeler.' })).toHaveAttribute('href', '/nb/kilder/luk-2011/eksempel/#a1');
    await page.goto('/nb/temaer/');
    await expect(page.locator('table.theme-matrix tbody tr', { hasText: 'Eksempel fylkeskommune' })).toHaveCount(1);
  });

  test('is found by search in both languages', async ({ page }) => {
    for (const [path, name] of [['/nb/sok/?q=Solsikke', 'Eksempel fylkeskommune'], ['/da/soeg/?q=Solsikke', 'Eksempel fylkeskommune']] as const) {
      await page.goto(path);
      await expect(page.locator('main ol.search-results > li').first().getByRole('link')).toHaveText(name);
    }
  });

  test('leaves no staging copies of its pages beside the site', () => {
    // The index script stages a copy of every page beside dist/ and must remove it (only the
    // benchmark asks to keep it, with --staging-dir).
    expect(readdirSync(work).filter((name) => name.startsWith('.search-staging-'))).toEqual([]);
    expect(existsSync(join(dist, 'pagefind/da/pagefind.js')) && existsSync(join(dist, 'pagefind/nb/pagefind.js'))).toBe(true);
  });
});
