// Every page the build produces, in both languages: axe (WCAG 2.1 A and AA) finds nothing, and
// the page has one h1, a skip link to <main>, landmarks and the accessibility statement in its footer.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { builtPages } from '../support/content.ts';

const STATEMENT = /^\/(da\/tilgaengelighed|nb\/tilgjengelighet)\/$/u;

for (const path of builtPages()) {
  test(`${path} is accessible`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const violations = results.violations.map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`);
    expect(violations).toEqual([]);
    await expect(page.locator('h1')).toHaveCount(1);
    await expect(page.locator('main#main')).toHaveCount(1);
    await expect(page.locator('footer')).toHaveCount(1);
    const skip = page.locator('a.skip-link');
    await expect(skip).toHaveAttribute('href', '#main');
    const statementLinks = await page.locator('footer a').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
    expect(statementLinks.some((href) => STATEMENT.test(href)), 'footer links the accessibility statement').toBe(true);
  });
}
