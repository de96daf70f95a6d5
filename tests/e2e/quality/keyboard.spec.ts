// One reader, keyboard only: skip link, header, language switcher, search and the theme table.
import { expect, test } from '@playwright/test';

test('keyboard only through header, language switcher, search and the theme table', async ({ page }) => {
  await page.goto('/da/temaer/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Gå til sidens indhold' });
  await expect(skip).toBeFocused();
  expect((await skip.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
  const outline = await skip.evaluate((link) => getComputedStyle(link).outlineStyle);
  expect(outline).not.toBe('none');

  // The switcher, reached by Tab, takes the reader to the same page in Norwegian.
  const norwegian = page.getByRole('navigation', { name: 'Sprog' }).getByRole('link', { name: 'Norsk bokmål' });
  for (let step = 0; step < 6 && !(await norwegian.evaluate((link) => link === document.activeElement)); step++) await page.keyboard.press('Tab');
  await expect(norwegian).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL('/nb/temaer/');

  // Search from the header, by keyboard.
  // A searchbox until its first focus loads the live search, which makes it a combobox.
  const box = page.locator('#site-search-query');
  for (let step = 0; step < 10 && !(await box.evaluate((input) => input === document.activeElement)); step++) await page.keyboard.press('Tab');
  await expect(box).toBeFocused();
  await page.keyboard.type('Blilyst');
  await expect(page.locator('#site-search-panel')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.locator('#site-search-panel')).toBeHidden();

  // The theme table's scroll region takes focus and scrolls with the arrow keys.
  const region = page.getByRole('region', { name: /Antall tiltak per organisasjon og tema/u });
  for (let step = 0; step < 60 && !(await region.evaluate((element) => element === document.activeElement)); step++) await page.keyboard.press('Tab');
  await expect(region).toBeFocused();
  await page.setViewportSize({ width: 360, height: 700 });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
  await page.keyboard.press('Tab');
  await expect(page.locator(':focus')).toBeVisible();
});
