import { expect, test } from '@playwright/test';
import { readEntries } from './support/content.ts';

const counties = readEntries().filter((entry) => entry.id.startsWith('luk-2011/'));

for (const [locale, label, path] of [['da', 'Redaktionens note', '/da/kilder/'], ['nb', 'Redaksjonens merknad', '/nb/kilder/']] as const) {
  test(`${locale}: every county entry says, as an editor's note, which county authority covers its area today, with its sources as links`, async ({ page }) => {
    expect(counties).toHaveLength(18);
    for (const county of counties) {
      await page.goto(`${path}${county.id}/`);
      const note = page.locator('section', { has: page.getByRole('heading', { name: 'Fylkeskommunen i dag', level: 2 }) });
      await expect(note, county.id).toHaveCount(1);
      await expect(note.getByText(`${label}:`, { exact: true }), county.id).toBeVisible();
      await expect(note, county.id).toContainText(county.organisation.replace(/ fylkeskommune$/u, ''));
      const links = note.getByRole('link');
      expect(await links.count(), county.id).toBeGreaterThan(0);
      for (const link of await links.all()) await expect(link).toHaveAttribute('href', /^https:\/\//u);
    }
  });
}

test('entries of the Danish note carry no such note', async ({ page }) => {
  await page.goto('/da/kilder/viborg-2019/indsatsomraade-7/');
  await expect(page.getByRole('heading', { name: 'Fylkeskommunen i dag' })).toHaveCount(0);
});
