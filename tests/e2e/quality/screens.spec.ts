// Any screen: no sideways scrolling at 320 px, a dark scheme that follows the system,
// a readable print layout, and nothing moving for readers who ask for reduced motion.
import { expect, test } from '@playwright/test';
import { builtPages } from '../support/content.ts';

test('no page scrolls sideways at 320 px (wide tables scroll inside a labelled region)', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 320, height: 640 });
  const tooWide: string[] = [];
  for (const path of builtPages()) {
    await page.goto(path);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 320) tooWide.push(`${path}: ${width}px`);
    for (const region of await page.locator('.table-scroll').all()) {
      await expect(region).toHaveAttribute('role', 'region');
      await expect(region).toHaveAttribute('aria-labelledby', /.+/u);
      await expect(region).toHaveAttribute('tabindex', '0');
    }
  }
  expect(tooWide).toEqual([]);
});

test('the colour scheme follows the system', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('/da/kilder/luk-2011/troms/');
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: 'light' });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).toBe('rgb(18, 22, 25)');
  expect(light).toBe('rgb(255, 255, 255)');
});

test('print leaves out navigation and search and prints the targets of links that leave the site', async ({ page }) => {
  await page.goto('/nb/kilder/luk-2011/troms/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.locator('h1')).toBeVisible();
  // A relative address means nothing on paper (issue 11): only links that leave the site print theirs.
  const after = await page.locator('main a[href^="/"]').first().evaluate((link) => getComputedStyle(link, '::after').content);
  expect(after).toBe('none');
  await page.goto('/nb/kilder/luk-2011/');
  await page.emulateMedia({ media: 'print' });
  const external = await page.locator('main a[href^="https://"]').first().evaluate((link) => getComputedStyle(link, '::after').content);
  expect(external).toContain('https://');
});

test('with reduced motion nothing animates', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('/da/temaer/');
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.getAnimations().length)).toBe(0);
  const transition = await page.locator('.skip-link').evaluate((link) => getComputedStyle(link).transitionDuration);
  expect(transition).toBe('0s');
});
