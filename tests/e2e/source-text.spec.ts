// The source text one click away: every goal, action, principle and target links to its seed
// lines, and the link lands on lines that hold its text, marked on arrival without script.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readEntries, readSources, ROOT, type RawLines } from './support/content.ts';

const entries = readEntries();
const sources = readSources();

/** Reads lines as a reader does: PDF hyphenation rejoined (real hyphens kept), bullets and spacing dropped. */
function rejoin(lines: string[]): string {
  const text = lines
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n')
    .replace(/(\p{L})-\n(og|eller|samt|til)\b/gu, '$1- $2')
    .replace(/(\p{L})-\n(\p{Ll})/gu, '$1$2')
    .replace(/(\p{L})-\n(\p{Lu})/gu, '$1-$2');
  return normalise(text.replace(/^[•-]\s+/gmu, ''));
}
const normalise = (text: string) => text.replace(/[\s\u00a0]+/gu, ' ').trim();
const anchor = ([first, last]: RawLines) => (first === last ? `l${first}` : `l${first}-${last}`);

/** The text of the lines the page marks (background and left rule), as the reader reads it. */
async function markedText(page: Page): Promise<{ text: string; first: number; count: number }> {
  await page.waitForLoadState('load');
  return page.evaluate(() => {
    const lines = [...document.querySelectorAll<HTMLElement>('ol.seed-lines > li')];
    const plain = getComputedStyle(lines.find((line) => !line.matches(':target')) ?? document.body).boxShadow;
    const marked = lines.filter((line) => getComputedStyle(line).boxShadow !== plain && getComputedStyle(line).boxShadow !== 'none');
    return {
      text: marked.map((line) => line.querySelector('.lt')?.textContent ?? '').join('\n'),
      first: Number(marked[0]?.id.slice(1) ?? 0),
      count: marked.length,
    };
  });
}

interface Linked {
  entry: string;
  field: string;
  text: string;
  lines: RawLines;
}
const linked: Linked[] = entries.flatMap((entry) =>
  (['goal', 'actions', 'principles', 'targets'] as const).flatMap((field) =>
    (entry[field] as { text: string; lines?: RawLines }[]).flatMap((item) => (item.lines ? [{ entry: entry.id, field, text: item.text, lines: item.lines }] : [])),
  ),
);

test('content records seed lines for every goal, action, principle and target the importer wrote', () => {
  const all = entries.flatMap((entry) => [...entry.goal, ...entry.actions, ...entry.principles, ...entry.targets]);
  expect(linked.length).toBeGreaterThan(100);
  expect(linked.length).toBe(all.length);
});

for (const locale of ['da', 'nb'] as const) {
  test(`${locale}: every item's "Se i kilden" lands on marked lines that hold its text`, async ({ page }) => {
    test.setTimeout(180_000);
    for (const entry of entries) {
      const own = linked.filter((item) => item.entry === entry.id);
      if (own.length === 0) continue;
      await page.goto(`/${locale}/kilder/${entry.id}/`);
      for (const item of own) {
        const href = `/${locale}/kilder/${entry.source}/tekst/#${anchor(item.lines)}`;
        // The link sits beside the item's own text.
        const holder = page.locator('li, p', { has: page.locator(`a.see-source[href="${href}"]`) }).filter({ hasText: item.text.slice(0, 40) });
        expect(await holder.count(), `${entry.id} ${item.field}: link ${href} beside "${item.text.slice(0, 40)}…"`).toBeGreaterThan(0);
      }
    }
    for (const item of linked) {
      const entry = entries.find((candidate) => candidate.id === item.entry);
      await page.goto(`/${locale}/kilder/${entry?.source}/tekst/#${anchor(item.lines)}`);
      const marked = await markedText(page);
      expect(marked.count, `${item.entry} ${item.field} ${anchor(item.lines)}: lines marked`).toBe(item.lines[1] - item.lines[0] + 1);
      expect(marked.first).toBe(item.lines[0]);
      expect(rejoin(marked.text.split('\n')), `${item.entry} ${item.field}`).toContain(normalise(item.text));
      // Landed: the first line of the range is on screen.
      await expect(page.locator(`#l${item.lines[0]}`)).toBeInViewport();
    }
  });
}

test('the entry\'s "Linje 13–23" is a link to that range, marked on arrival, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const entry = entries.find((candidate) => candidate.provenance && candidate.source === 'luk-2011');
  if (!entry?.provenance) throw new Error('no Norwegian entry with provenance');
  const [first, last] = entry.provenance.lines;
  await page.goto(`/da/kilder/${entry.id}/`);
  await page.getByRole('link', { name: `Kildens tekst, linje ${first}–${last}` }).click();
  await expect(page).toHaveURL(`/da/kilder/luk-2011/tekst/#l${first}-${last}`);
  const marked = await markedText(page);
  expect(marked.count).toBe(last - first + 1);
  expect(rejoin(marked.text.split('\n'))).toContain(normalise(entry.goal[0]?.text ?? '∅'));
  await context.close();
});

for (const source of sources) {
  test(`the text page of ${source.id} has every seed line, numbered, in the source's language, and the raw file`, async ({ page, request }) => {
    const raw = readFileSync(join(ROOT, 'seeds', source.seed), 'utf8');
    const lines = raw.replace(/\r?\n$/u, '').split(/\r?\n/u);
    for (const locale of ['da', 'nb'] as const) {
      await page.goto(`/${locale}/kilder/${source.id}/tekst/`);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      const rows = page.locator('ol.seed-lines > li');
      await expect(rows).toHaveCount(lines.length);
      const shown = await rows.evaluateAll((items) =>
        items.map((item) => ({ id: item.id, number: item.querySelector('.ln')?.textContent, text: item.querySelector('.lt')?.textContent ?? '', lang: item.querySelector('.lt')?.getAttribute('lang'), chrome: item.classList.contains('chrome') })),
      );
      shown.forEach((row, index) => {
        expect(row.id).toBe(`l${index + 1}`);
        expect(row.number).toBe(String(index + 1));
        if (row.chrome) expect(row.text).toMatch(locale === 'da' ? /websidens ramme, udeladt/u : /nettsidens ramme, utelatt/u);
        else {
          expect(row.text).toBe(lines[index]);
          expect(row.lang).toBe(source.language);
        }
      });
      const chrome = shown.filter((row) => row.chrome).length;
      if (chrome > 0) await expect(page.getByText(locale === 'da' ? /Websidens ramme .* er udeladt her/u : /Nettsidens ramme .* er utelatt her/u)).toBeVisible();
      const download = page.getByRole('link', { name: new RegExp(source.seed.replace('.', '\\.'), 'u') });
      await expect(download).toHaveAttribute('download', '');
      const response = await request.get((await download.getAttribute('href')) ?? '');
      expect(response.status()).toBe(200);
      expect(await response.text()).toBe(raw);
    }
  });
}

test('"Se i kilden" names its lines with a space between the words', async ({ page }) => {
  await page.goto('/nb/kilder/luk-2011/hedmark/');
  const first = page.locator('a.see-source').first();
  // As read on screen: white space collapsed, but never missing between the words.
  expect(((await first.textContent()) ?? '').replace(/\s+/gu, ' ').trim()).toMatch(/^Se i kilden \(linje \d+(–\d+)?\)$/u);
});
