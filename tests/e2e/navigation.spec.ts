import { expect, test } from '@playwright/test';

test('a reader goes from / to a Danish entry and switches to the same entry in Norwegian', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Dansk' }).click();
  await expect(page).toHaveURL('/da/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'da');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lokal udvikling i Danmark og Norge');

  await page.getByRole('link', { name: 'Hvordan fylkeskommunene arbeider med LUK i 2011' }).click();
  await expect(page).toHaveURL('/da/kilder/luk-2011/');
  await expect(page.getByText('Kommunal- og regionaldepartementet').first()).toBeVisible();
  await expect(page.locator('ol.card-list > li')).toHaveCount(18);

  await page.getByRole('link', { name: 'Hedmark fylkeskommune' }).click();
  await expect(page).toHaveURL('/da/kilder/luk-2011/hedmark/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'nb');
  await expect(page.locator('#a1')).toContainText('Kommunene Tolga, Alvdal, Hamar, Nord-Odal og Kongsvinger');

  await page.getByRole('navigation', { name: 'Sprog' }).getByRole('link', { name: 'Norsk bokmål' }).click();
  await expect(page).toHaveURL('/nb/kilder/luk-2011/hedmark/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nb');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hedmark fylkeskommune');
  await expect(page.getByRole('navigation', { name: 'Språk' })).toBeVisible();
});

test('the root page offers both languages without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Dansk' })).toHaveAttribute('href', '/da/');
  await expect(page.getByRole('link', { name: 'Norsk bokmål' })).toHaveAttribute('href', '/nb/');
  await context.close();
});

test('a source page gives its metadata and its entries in document order', async ({ page }) => {
  await page.goto('/nb/kilder/viborg-2019/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveAttribute('lang', 'da');
  await expect(page.getByText('Viborg Kommune, Landdistriktsudvalget').first()).toBeVisible();
  await expect(page.getByText(/høsten 2018 til høsten 2019/u)).toBeVisible();
  const titles = await page.locator('ol.card-list h3').allInnerTexts();
  expect(titles[0]).toBe('Baggrund og proces');
  expect(titles[1]).toBe('1. Sikre et decentralt serviceniveau, offentligt og privat');
  expect(titles.at(-1)).toBe('Dogmer');
});

test('an entry shows its targets with figures and the editor’s note on the cut-off sentence', async ({ page }) => {
  await page.goto('/nb/kilder/viborg-2019/maalsaetning-sundhed/');
  await expect(page.locator('#t2')).toContainText('Mindst 85 pct. af alle borgere er fysisk aktive i 2025');
  await expect(page.locator('#t2')).toContainText('minst 85 % · senest 2025');
  await expect(page.locator('#t1')).toContainText('livskvalitet som');
  await expect(page.locator('#t1 .note')).toContainText('Redaksjonens merknad');
  await expect(page.getByRole('link', { name: 'Landdistriktsudvalgets drøftelser og indsatser i forhold til sammenhængsmodellen' })).toHaveAttribute('href', '/nb/kilder/viborg-2019/');
});

test('every page has hreflang alternates for both languages', async ({ page }) => {
  await page.goto('/da/kilder/viborg-2019/dogmer/');
  await expect(page.locator('link[rel="alternate"][hreflang="da"]')).toHaveAttribute('href', '/da/kilder/viborg-2019/dogmer/');
  await expect(page.locator('link[rel="alternate"][hreflang="nb"]')).toHaveAttribute('href', '/nb/kilder/viborg-2019/dogmer/');
});

for (const [locale, title, home] of [
  ['da', 'Siden findes ikke', 'Gå til forsiden'],
  ['nb', 'Siden finnes ikke', 'Gå til forsiden'],
] as const) {
  test(`the ${locale} 404 page explains and leads home`, async ({ page }) => {
    await page.goto(`/${locale}/404/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('link', { name: home })).toHaveAttribute('href', `/${locale}/`);
  });
}

test('an unknown address answers 404 with the page in both languages', async ({ page }) => {
  const response = await page.goto('/findes-ikke/');
  expect(response?.status()).toBe(404);
  await expect(page.locator('[lang="da"]').getByText('Siden findes ikke').first()).toBeVisible();
  await expect(page.locator('[lang="nb"]').getByText('Siden finnes ikke').first()).toBeVisible();
});

// Under /da/ and /nb/ the server (deploy/nginx.conf) answers with that language's own 404 page.
for (const [locale, title, home] of [
  ['da', 'Siden findes ikke', 'Gå til forsiden'],
  ['nb', 'Siden finnes ikke', 'Gå til forsiden'],
] as const) {
  test(`an unknown address under /${locale}/ answers 404 with the ${locale} page`, async ({ page }) => {
    const response = await page.goto(`/${locale}/kilder/findes-ikke/`);
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.getByRole('link', { name: home })).toHaveAttribute('href', `/${locale}/`);
  });
}
