// Every kind of page: no request to any other host, no cookie, and a Content-Security-Policy
// without 'unsafe-inline' for scripts under which nothing is blocked — search included.
import { expect, test, type Page } from '@playwright/test';

/** The test server (see playwright.config.ts). */
const OWN_HOST = `127.0.0.1:${process.env['PLAYWRIGHT_PORT'] ?? 4321}`;

const KINDS = {
  root: '/',
  home: '/da/',
  sources: '/nb/kilder/',
  source: '/da/kilder/viborg-2019/',
  entry: '/nb/kilder/luk-2011/finnmark/',
  themes: '/da/temaer/',
  theme: '/nb/temaer/planlegging/',
  glossary: '/da/ordliste/',
  search: '/nb/sok/?q=Blilyst',
  text: '/da/tilgaengelighed/',
  notFound: '/da/findes-ikke/',
};

async function watch(page: Page) {
  const foreign: string[] = [];
  const violations: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (![OWN_HOST, ''].includes(url.host) && url.protocol !== 'data:') foreign.push(request.url());
  });
  page.on('console', (message) => {
    if (/Content Security Policy/iu.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return { foreign, violations };
}

for (const [kind, path] of Object.entries(KINDS)) {
  test(`${kind} page: only our own host, no cookies, a strict CSP that blocks nothing we use`, async ({ page, context }) => {
    const seen = await watch(page);
    await page.goto(path);
    if (kind !== 'notFound') {
      const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
      expect(csp).toMatch(/default-src 'self'/u);
      expect(csp).toMatch(/script-src 'self'/u);
      expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/u);
      expect(csp).toMatch(/object-src 'none'/u);
    }
    if (kind === 'search') await expect(page.locator('main ol.search-results > li').first()).toBeVisible();
    // Use the header's live search as well, which loads the search code and index.
    const box = page.locator('#site-search-query');
    if ((await box.count()) > 0) {
      await box.fill('Kirkenes');
      await expect(page.locator('#site-search-panel li').first()).toBeVisible();
    }
    await page.waitForLoadState('networkidle');
    expect(seen.foreign).toEqual([]);
    expect(seen.violations).toEqual([]);
    expect(await context.cookies()).toEqual([]);
  });
}

test('an injected inline script is blocked by the policy', async ({ page }) => {
  const seen = await watch(page);
  await page.goto('/da/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true;';
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(seen.violations.length).toBeGreaterThan(0);
});
