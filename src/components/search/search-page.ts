// The search page: query and filters live in the URL, so a search can be shared and the back button works.
import { namedPages, type NamedPage } from '../../lib/search/names.ts';
import { suggestQuery, type Vocabulary } from '../../lib/search/suggest.ts';
import { FILTER_KEYS, readSearchState, writeSearchState, type SearchState } from '../../lib/search/url-state.ts';
import { translateSearchState, type FilterTranslations } from '../../lib/search/translate-state.ts';
import { loadPagefind, runSearch, type FilterCounts, type SearchOutcome } from './pagefind-client.ts';
import { renderHit, type TypeLabels } from './render-hit.ts';

/** Results shown at first and added by each "Vis flere". */
const PAGE_SIZE = 20;
/** Below this many results the query's words are checked for typos (the vocabulary is fetched then). */
const FEW = 20;

const app = document.querySelector<HTMLElement>('[data-search-app]');
const form = app?.querySelector<HTMLFormElement>('form');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const filterBox = app?.querySelector<HTMLElement>('[data-search-filters]');
const filterDisclosure = app?.querySelector<HTMLDetailsElement>('[data-search-filter-box]');
const chosen = app?.querySelector<HTMLElement>('[data-search-chosen]');
const status = app?.querySelector<HTMLElement>('[data-search-status]');
const list = app?.querySelector<HTMLOListElement>('[data-search-results]');
const shown = app?.querySelector<HTMLElement>('[data-search-shown]');
const more = app?.querySelector<HTMLButtonElement>('[data-search-more]');
const suggestion = app?.querySelector<HTMLElement>('[data-search-suggestion]');
const direct = app?.querySelector<HTMLElement>('[data-search-direct]');

if (app && form && input && filterBox && filterDisclosure && chosen && status && list && shown && more && suggestion && direct) {
  const ui = document.documentElement.lang;
  const strings = JSON.parse(app.dataset['strings'] ?? '{}') as Record<string, string>;
  const named = JSON.parse(app.dataset['named'] ?? '[]') as NamedPage[];
  const translations = JSON.parse(app.dataset['translations'] ?? '{}') as FilterTranslations;
  const searchPaths = JSON.parse(app.dataset['searchPaths'] ?? '{}') as Record<string, string>;
  const glossary = named.filter((page) => page.kind === 'glossary').map((page) => page.names);
  const labels: TypeLabels = { entry: strings['type.entry'] ?? '', theme: strings['type.theme'] ?? '', glossary: strings['type.glossary'] ?? '', source: strings['type.source'] ?? '' };
  const say = (key: string, values: Record<string, string | number>) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/gu, (match, name: string) => String(values[name] ?? match));
  let state: SearchState = readSearchState(location.search);
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let outcome: SearchOutcome | undefined;
  let vocabulary: Promise<Vocabulary> | undefined;

  app.hidden = false;
  void loadPagefind();
  document.querySelector('[data-search-needs-js]')?.setAttribute('hidden', '');
  // Filters beside the results on wide screens; folded under them on narrow ones.
  const wide = matchMedia('(min-width: 60rem)');
  filterDisclosure.open = wide.matches;
  wide.addEventListener('change', () => (filterDisclosure.open = wide.matches));

  /** The language switcher takes the query and the chosen filters along, in the other language's words. */
  const updateLanguageSwitcher = () => {
    for (const link of document.querySelectorAll<HTMLAnchorElement>('.language-switcher a[hreflang]')) {
      const target = link.getAttribute('hreflang') ?? '';
      const path = searchPaths[target];
      if (!path || target === ui) continue;
      link.href = `${path}${writeSearchState(translateSearchState(state, ui, target, translations))}`;
    }
  };

  const renderFilters = (counts: FilterCounts) => {
    const groups = FILTER_KEYS.flatMap((key) => {
      // Values with no match are left out: the index also holds the other UI language's labels.
      const values = new Map(Object.entries(counts[key] ?? {}).filter(([, count]) => count > 0));
      for (const value of state.filters[key]) if (!values.has(value)) values.set(value, 0);
      if (values.size === 0) return [];
      const fieldset = document.createElement('fieldset');
      const legend = document.createElement('legend');
      legend.textContent = strings[`filter.${key}`] ?? key;
      fieldset.append(legend);
      for (const [value, count] of [...values].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
        const label = document.createElement('label');
        const box = document.createElement('input');
        box.type = 'checkbox';
        box.name = key;
        box.value = value;
        box.checked = state.filters[key].includes(value);
        label.append(box, ` ${value} (${count})`);
        fieldset.append(label);
      }
      return [fieldset];
    });
    filterBox.replaceChildren(...groups);
    const count = FILTER_KEYS.reduce((sum, key) => sum + state.filters[key].length, 0);
    chosen.textContent = count > 0 ? `(${say('filtersChosen', { count })})` : '';
  };

  const renderDirect = (query: string) => {
    const pages = query === '' ? [] : namedPages(query, named);
    direct.querySelector('ul')?.replaceChildren(
      ...pages.map((page) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = page.url;
        link.textContent = page.label;
        item.append(`${strings[`direct.${page.kind}`] ?? page.kind}: `, link);
        return item;
      }),
    );
    direct.hidden = pages.length === 0;
  };

  const renderSuggestion = async (query: string, total: number, ticket: number) => {
    suggestion.hidden = true;
    if (query === '' || total >= FEW) return;
    vocabulary ??= fetch(app.dataset['vocabulary'] ?? '').then((response) => (response.ok ? (response.json() as Promise<Vocabulary>) : []), () => []);
    const better = suggestQuery(query, await vocabulary);
    if (!better || ticket !== latest) return;
    // Offered only when the known words find more than the typed ones.
    const alternative = await runSearch({ ...state, query: better }, ui, glossary);
    if (alternative.total <= total || ticket !== latest) return;
    const link = document.createElement('a');
    link.href = `${location.pathname}${writeSearchState({ ...state, query: better })}`;
    link.textContent = better;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = better;
      state = { ...state, query: better };
      commit('push');
    });
    suggestion.replaceChildren(`${strings['didYouMean'] ?? ''}: `, link, '?');
    suggestion.hidden = false;
  };

  const renderMore = (total: number) => {
    const count = list.children.length;
    shown.textContent = say('shown', { shown: count, count: total });
    shown.hidden = total <= PAGE_SIZE;
    more.hidden = count >= total;
  };

  const search = async () => {
    const ticket = ++latest;
    const query = state.query.trim();
    updateLanguageSwitcher();
    renderDirect(query);
    app.closest('.search-page')?.classList.toggle('has-query', query !== '');
    if (query === '' && Object.values(state.filters).every((values) => values.length === 0)) {
      list.replaceChildren();
      filterBox.replaceChildren();
      status.textContent = '';
      suggestion.hidden = true;
      renderMore(0);
      return;
    }
    status.textContent = strings['loading'] ?? '';
    const result = await runSearch(state, ui, glossary);
    const hits = await result.hits(0, PAGE_SIZE);
    if (ticket !== latest) return;
    outcome = result;
    list.replaceChildren(...hits.map((hit) => renderHit(hit, labels)));
    renderFilters(result.filters);
    renderMore(result.total);
    const { total } = result;
    if (query === '') status.textContent = say(total === 1 ? 'countOne' : 'count', { count: total });
    else status.textContent = total === 0 ? say('none', { query }) : say(total === 1 ? 'forQueryOne' : 'forQuery', { count: total, query });
    void renderSuggestion(query, total, ticket);
  };

  more.addEventListener('click', async () => {
    if (!outcome) return;
    const ticket = latest;
    const from = list.children.length;
    const hits = await outcome.hits(from, PAGE_SIZE);
    if (ticket !== latest) return;
    const items = hits.map((hit) => renderHit(hit, labels));
    list.append(...items);
    renderMore(outcome.total);
    // Focus moves to the first new result, so keyboard and screen-reader users continue there.
    items[0]?.querySelector('a')?.focus();
  });

  const commit = (mode: 'push' | 'replace') => {
    const url = `${location.pathname}${writeSearchState(state)}`;
    if (mode === 'push') history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    void search();
  };

  input.value = state.query;
  input.addEventListener('input', () => {
    state = { ...state, query: input.value };
    clearTimeout(timer);
    timer = setTimeout(() => commit('replace'), 200);
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && input.value !== '') {
      event.preventDefault();
      input.value = '';
      state = { ...state, query: '' };
      commit('replace');
    }
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(timer);
    state = { ...state, query: input.value };
    commit('push');
  });
  filterBox.addEventListener('change', (event) => {
    const box = event.target;
    if (!(box instanceof HTMLInputElement)) return;
    const key = box.name as (typeof FILTER_KEYS)[number];
    const values = new Set(state.filters[key]);
    if (box.checked) values.add(box.value);
    else values.delete(box.value);
    state = { ...state, filters: { ...state.filters, [key]: [...values] } };
    commit('push');
  });
  addEventListener('popstate', () => {
    state = readSearchState(location.search);
    input.value = state.query;
    void search();
  });
  void search();
}
