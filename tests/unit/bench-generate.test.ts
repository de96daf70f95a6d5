import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { baselinePage } from '../../scripts/bench/baseline.ts';
import { DANISH_PER_SOURCE, generateKnowledgeBase, loadVocabulary, NORWEGIAN_PER_SOURCE, writeContent } from '../../scripts/bench/generate.ts';
import { buildTextModel, createRandom, excerpt, excerptsOf, sentence } from '../../scripts/bench/text.ts';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { entrySchema, sourceSchema } from '../../src/schemas/index.ts';

const PROJECT = new URL('../..', import.meta.url).pathname;
const vocabulary = loadVocabulary(PROJECT);

describe('bench: randomness and text', () => {
  test('the same seed gives the same numbers, within range', () => {
    const a = createRandom(7);
    const b = createRandom(7);
    const numbers = Array.from({ length: 100 }, () => a.int(3, 9));
    assert.deepEqual(numbers, Array.from({ length: 100 }, () => b.int(3, 9)));
    assert.ok(numbers.every((n) => n >= 3 && n <= 9));
    assert.equal(new Set(createRandom(1).sample([1, 2, 3, 4, 5], 5)).size, 5);
  });
  test('sentences come from the model’s words and reach the length asked for', () => {
    const model = buildTextModel('Kommunen skal styrke lokalsamfundet. Lokalsamfundet skal have en stærk forening.');
    const text = sentence(model, createRandom(1), 60);
    assert.ok(text.length >= 60 && text.endsWith('.'));
    assert.ok(text.slice(0, -1).split(' ').every((word) => /^(kommunen|skal|styrke|lokalsamfundet|have|en|stærk|forening)\.?$/iu.test(word)), text);
  });
  test('excerpts are verbatim runs of the seed', () => {
    const seed = 'Første linje med tekst.\n• Anden linje\n\nTredje linje her';
    const source = excerptsOf(seed, ['Første linje med tekst.', '• Anden linje', 'Tredje linje her']);
    const whole = source.words.join(' ');
    assert.equal(whole, 'Første linje med tekst. Anden linje Tredje linje her');
    for (let i = 0; i < 20; i++) assert.ok(whole.includes(excerpt(source, createRandom(i), 15)));
    assert.equal(source.lines, 4);
  });
});

describe('bench: synthetic knowledge base', () => {
  test('has exactly N entries in the real proportions of Danish and Norwegian', () => {
    const { sources, entries } = generateKnowledgeBase(vocabulary, 620);
    assert.equal(entries.length, 620);
    assert.equal(entries.filter((e) => e.data.language === 'da').length, 20 * DANISH_PER_SOURCE);
    assert.equal(entries.filter((e) => e.data.language === 'nb').length, 20 * NORWEGIAN_PER_SOURCE);
    assert.equal(sources.length, 40);
    assert.equal(new Set(entries.map((e) => e.id)).size, 620);
  });
  test('is deterministic', () => {
    assert.deepEqual(generateKnowledgeBase(vocabulary, 100, 3), generateKnowledgeBase(vocabulary, 100, 3));
    assert.notDeepEqual(generateKnowledgeBase(vocabulary, 100, 3), generateKnowledgeBase(vocabulary, 100, 4));
  });
  test('validates against the project’s schemas and uses only real themes', () => {
    const { sources, entries } = generateKnowledgeBase(vocabulary, 200);
    for (const source of sources) assert.ok(sourceSchema.safeParse(source.data).success, source.id);
    const themes = new Set(vocabulary.themeIds);
    for (const entry of entries) {
      const result = entrySchema.safeParse(entry.data);
      assert.ok(result.success, `${entry.id}: ${JSON.stringify(result.error?.issues)}`);
      for (const item of [...entry.data.actions, ...entry.data.principles]) assert.ok(item.themes.every((theme) => themes.has(theme)));
      assert.ok(entry.data.summary.da.length > 100 && entry.data.summary.nb.length > 100);
    }
  });
  test('mentions glossary terms in the source text, so entries get cross-language search words', () => {
    const { entries } = generateKnowledgeBase(vocabulary, 200);
    const text = entries.flatMap((e) => e.data.actions.map((a) => a.text.toLocaleLowerCase('da')));
    const mentioning = text.filter((t) => vocabulary.terms.some((term) => t.includes(term.da.toLocaleLowerCase('da')) || t.includes(term.nb.toLocaleLowerCase('da'))));
    assert.ok(mentioning.length > text.length / 10, `${mentioning.length} of ${text.length}`);
  });
  test('the baseline page holds the entry’s text in the page’s language', () => {
    const [entry] = generateKnowledgeBase(vocabulary, 40).entries.filter((e) => e.data.actions.length > 0);
    assert.ok(entry);
    const page = baselinePage(entry, 'nb');
    assert.ok(page.includes(entry.data.summary.nb) && !page.includes(entry.data.summary.da));
    for (const action of entry.data.actions) assert.ok(page.includes(action.text));
  });
});

describe('bench: content folder', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bench-test-'));
  after(() => rmSync(dir, { recursive: true, force: true }));
  test('passes the project’s content check (schemas, references, text as in the seeds)', () => {
    writeContent(PROJECT, dir, 62);
    assert.equal(readdirSync(join(dir, 'entries')).length, 4);
    assert.deepEqual(readdirSync(join(dir, 'themes')), readdirSync(join(PROJECT, 'content/themes')));
    assert.equal(readFileSync(join(dir, 'glossary.yaml'), 'utf8'), readFileSync(join(PROJECT, 'content/glossary.yaml'), 'utf8'));
    assert.deepEqual(checkContent(PROJECT, dir).problems, []);
  });
});
