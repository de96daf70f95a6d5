// The search helpers that run in the browser (src/lib/search/): pure functions, tested without a build.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { parse as parseYaml } from 'yaml';
import { parseExcerpt, sentenceExcerpt, type ExcerptPart } from '../../src/lib/search/excerpt.ts';
import { namedPages, sameWord, type NamedPage } from '../../src/lib/search/names.ts';
import { contentQuery, queryWords } from '../../src/lib/search/query.ts';
import { ownTextFirst } from '../../src/lib/search/ranking.ts';
import { searchTermsFor, termNames, type TermPair } from '../../src/lib/search/search-terms.ts';
import { buildVocabulary, countWords, editDistance, suggestQuery } from '../../src/lib/search/suggest.ts';
import { translateSearchState } from '../../src/lib/search/translate-state.ts';
import { readSearchState } from '../../src/lib/search/url-state.ts';

const text = (parts: ExcerptPart[]) => parts.map((part) => (part.marked ? `[${part.text}]` : part.text)).join('');

describe('query', () => {
  test('drops function words when there are other words, keeps them otherwise', () => {
    assert.equal(contentQuery('tilflytning af unge'), 'tilflytning unge');
    assert.equal(contentQuery('Møre og Romsdal'), 'møre romsdal');
    assert.equal(contentQuery('og'), 'og');
    assert.deepEqual(queryWords('Nord-Troms, LUK 2011'), ['nord-troms', 'luk', '2011']);
  });
});

describe('sentence excerpts', () => {
  const content = 'Oppland fylkeskommune. Fylkeskommunen vil styrke samarbeidet. Sykkel som utgangspunkt for å utvikle attraktive lokalsamfunn. Tettstedsutvikling på Hadeland.';
  const words = content.split(' ');
  test('shows the sentence that holds the match, marked, and never the title alone', () => {
    assert.equal(text(sentenceExcerpt({ content, locations: [words.indexOf('Sykkel')], title: 'Oppland fylkeskommune' })), '[Sykkel] som utgangspunkt for å utvikle attraktive lokalsamfunn.');
    assert.equal(text(sentenceExcerpt({ content, locations: [0], title: 'Oppland fylkeskommune' })), 'Fylkeskommunen vil styrke samarbeidet.');
  });
  test('marks the word without the punctuation around it', () => {
    assert.equal(text(sentenceExcerpt({ content, locations: [words.indexOf('Hadeland.')] })), 'Tettstedsutvikling på [Hadeland].');
  });
  test('without matches in the text, looks for the other-language words, then takes the first sentence', () => {
    assert.equal(text(sentenceExcerpt({ content, locations: [], title: 'Oppland fylkeskommune' }, 40, ['sykkel'])), '[Sykkel] som utgangspunkt for å utvikle attraktive lokalsamfunn.');
    assert.equal(text(sentenceExcerpt({ content, locations: [], title: 'Oppland fylkeskommune' })), 'Fylkeskommunen vil styrke samarbeidet.');
  });
  test('cuts a long sentence around the match', () => {
    const long = `${Array.from({ length: 60 }, (_, index) => `ord${index}`).join(' ')}.`;
    const parts = sentenceExcerpt({ content: long, locations: [30] }, 20);
    const shown = text(parts);
    assert.match(shown, /^… .*\[ord30\].* …$/u);
    assert.equal(shown.split(' ').filter((word) => word.startsWith('ord') || word.startsWith('[ord')).length, 20);
  });
  test('Pagefind excerpts: only <mark> becomes markup', () => {
    assert.deepEqual(parseExcerpt('a <mark>b</mark> &lt;img&gt;'), [
      { text: 'a ', marked: false },
      { text: 'b', marked: true },
      { text: ' <img>', marked: false },
    ]);
  });
});

describe('direct links', () => {
  const pages: NamedPage[] = [
    { kind: 'source', label: 'Hvordan fylkeskommunene arbeider med LUK i 2011', url: '/da/kilder/luk-2011/', names: ['Hvordan fylkeskommunene arbeider med LUK i 2011', 'Kommunal- og regionaldepartementet', 'luk 2011', 'luk'] },
    { kind: 'source', label: 'Landdistriktsudvalgets drøftelser', url: '/da/kilder/viborg-2019/', names: ['Viborg Kommune, Landdistriktsudvalget', 'viborg 2019', 'viborg'] },
    { kind: 'theme', label: 'Kulturarv og byggeskik', url: '/da/temaer/kulturarv-og-byggeskik/', names: ['Kulturarv og byggeskik', 'Kulturarv og byggeskikk'], keywords: ['kulturarv', 'byggeskik', 'byggeskikk'] },
    { kind: 'theme', label: 'Vejledning af kommunerne', url: '/da/temaer/vejledning-af-kommunerne/', names: ['Vejledning af kommunerne', 'Veiledning av kommunene'], keywords: ['vejledning', 'veiledning'] },
    { kind: 'glossary', label: 'byggeskik – byggeskikk', url: '/da/ordliste/#byggeskik', names: ['byggeskik', 'byggeskikk'] },
    { kind: 'glossary', label: 'kommune – kommune', url: '/da/ordliste/#kommune', names: ['kommune'] },
  ];
  const named = (query: string) => namedPages(query, pages).map((page) => page.url);
  test('a word of a theme label that is also one of its keywords names the theme; a glossary term names its row', () => {
    assert.deepEqual(named('byggeskik'), ['/da/temaer/kulturarv-og-byggeskik/', '/da/ordliste/#byggeskik']);
    assert.deepEqual(named('byggeskikken'), ['/da/temaer/kulturarv-og-byggeskik/', '/da/ordliste/#byggeskik']);
    assert.deepEqual(named('Kulturarv og byggeskikk'), ['/da/temaer/kulturarv-og-byggeskik/']);
  });
  test('a common word inside a label does not name the theme', () => {
    assert.deepEqual(named('kommune'), ['/da/ordliste/#kommune']);
  });
  test('sources by their short names', () => {
    assert.deepEqual(named('LUK 2011'), ['/da/kilder/luk-2011/']);
    assert.deepEqual(named('Viborg'), ['/da/kilder/viborg-2019/']);
    assert.deepEqual(named('Kirkenes'), []);
  });
  test('inflections', () => {
    assert.ok(sameWord('kommune', 'kommunerne'));
    assert.ok(!sameWord('by', 'byggeskik'));
    assert.ok(!sameWord('kirke', 'kirkenes'));
  });
});

describe('Mente du', () => {
  const vocabulary = buildVocabulary(['Kompetenceudvikling og kompetenceudvikling af frivillige', 'kompetanseheving', 'kommune kommune kommune']);
  test('counts words of four letters or more, most frequent first', () => {
    assert.deepEqual(vocabulary[0], ['kommune', 3]);
    assert.ok(!vocabulary.some(([word]) => word === 'og'));
  });
  test('words counted beforehand (shared by both UI languages) add up as if counted together', () => {
    const shared = countWords(['kommune kommune', 'Frivillige']);
    assert.deepEqual(buildVocabulary(['kommune frivillige stedsutvikling'], shared), buildVocabulary(['kommune kommune', 'Frivillige', 'kommune frivillige stedsutvikling']));
    assert.deepEqual(shared.get('kommune'), 2, 'the shared counts are not changed');
  });
  test('replaces an unknown word by the closest known one', () => {
    assert.equal(suggestQuery('kompetanceudvikling', vocabulary), 'kompetenceudvikling');
    assert.equal(suggestQuery('frivilige', vocabulary), 'frivillige');
    assert.equal(suggestQuery('kommune', vocabulary), undefined);
    assert.equal(suggestQuery('xyzzyqq', vocabulary), undefined);
  });
  test('edit distance counts a swap of two letters as one edit', () => {
    assert.equal(editDistance('kommune', 'komumne', 2), 1);
    assert.equal(editDistance('abc', 'abcdef', 2), 3);
  });
});

describe('ordering and search words', () => {
  test('own-text matches come before metadata-only ones, otherwise the order stays', () => {
    const results = [{ id: 'a', locations: [] }, { id: 'b', locations: [3] }, { id: 'c', locations: [] }, { id: 'd', locations: [1] }];
    assert.deepEqual(ownTextFirst(results).map((result) => result.id), ['b', 'd', 'a', 'c']);
  });
  test('glossary pairs count when the text uses either name of either term; theme words are kept apart', () => {
    const terms = searchTermsFor('Byrådets udvalg drøftede sagen.', ['planlægning', 'udvalg', 'utvalg'], [
      { da: 'byrådet (kommunalbestyrelsen)', nb: 'kommunestyret' },
      { da: 'udvalg', nb: 'utvalg' },
      { da: 'cykel', nb: 'sykkel' },
    ]);
    assert.deepEqual(terms.glossaryTerms, ['kommunalbestyrelsen', 'kommunestyret', 'utvalg']);
    assert.deepEqual(terms.themeWords, ['planlægning']);
    assert.deepEqual(termNames('distrikt, bygd'), ['distrikt', 'bygd']);
  });
  test('search words are what the word-boundary rule gives, for every seed paragraph, the real glossary and theme keywords', () => {
    // The rule as first written (one regular expression per term), against the word look-up that replaced it.
    const fold = (text: string) => text.toLocaleLowerCase('da');
    const byRule = (text: string, term: string) =>
      new RegExp(`(?<![\\p{L}])${fold(term).replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}\\p{L}{0,4}(?![\\p{L}])`, 'u').test(fold(text));
    const glossary = parseYaml(readFileSync('content/glossary.yaml', 'utf8')) as TermPair[];
    const keywords = readdirSync('content/themes').flatMap((file) => {
      const theme = parseYaml(readFileSync(`content/themes/${file}`, 'utf8')) as { da: { keywords: string[] }; nb: { keywords: string[] } };
      return [...theme.da.keywords, ...theme.nb.keywords];
    });
    const paragraphs = readdirSync('seeds').flatMap((seed) => readFileSync(`seeds/${seed}`, 'utf8').split(/\n\s*\n/u)).filter((text) => text.trim() !== '');
    let compared = 0;
    for (const text of [...paragraphs, 'Nord-Trøndelag, bygdene; BYGD! «kommunestyrene»']) {
      const expectedTerms = new Set<string>();
      for (const pair of glossary) {
        const names = [...termNames(pair.da), ...termNames(pair.nb)];
        const found = names.map((name) => byRule(text, name));
        if (found.some(Boolean)) names.forEach((name, index) => !found[index] && expectedTerms.add(name));
      }
      const expectedThemeWords = [...new Set(keywords)].filter((word) => !expectedTerms.has(word) && !byRule(text, word));
      assert.deepEqual(searchTermsFor(text, keywords, glossary), { glossaryTerms: [...expectedTerms], themeWords: expectedThemeWords }, text.slice(0, 80));
      compared++;
    }
    assert.ok(compared > 50, `${compared} paragraphs`);
  });
  test('the language switcher translates the chosen filter values', () => {
    const state = readSearchState('?q=frivillighed&country=Danmark&theme=Frivillighed+og+f%C3%A6llesskab&kind=Indsatsomr%C3%A5de');
    const moved = translateSearchState(state, 'da', 'nb', {
      theme: [{ da: 'Frivillighed og fællesskab', nb: 'Frivillighet og fellesskap' }],
      kind: [{ da: 'Indsatsområde', nb: 'Innsatsområde' }],
    });
    assert.equal(moved.query, 'frivillighed');
    assert.deepEqual(moved.filters.theme, ['Frivillighet og fellesskap']);
    assert.deepEqual(moved.filters.kind, ['Innsatsområde']);
    assert.deepEqual(moved.filters.country, ['Danmark']);
  });
});
