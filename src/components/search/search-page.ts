// The search page: query and filters live in the URL, so a search can be shared and the back button works.
import { FILTER_KEYS, readSearchState, writeSearchState, type SearchState } from '../../lib/search/url-state.ts';
import { runSearch, type FilterCounts } from './pagefind-client.ts';
import { renderHit } from './render-hit.ts';

const app = document.querySelector<HTMLElement>('[data-search-app]');
const form = app?.querySelector<HTMLFormElement>('form');
const input = form?.querySelector<HTMLInputElement>('input[type="search"]');
const filterBox = app?.querySelector<HTMLElement>('[data-search-filters]');
const status = app?.querySelector<HTMLElement>('[data-search-status]');
const list = app?.querySelector<HTMLOListElement>('[data-search-results]');

if (app && form && input && filterBox && status && list) {
  const ui = document.documentElement.lang;
  const strings = JSON.parse(app.dataset['strings'] ?? '{}') as Record<string, string>;
  const say = (key: string, values: Record<string, string | number>) =>
    (strings[key] ?? key).replace(/\{(\w+)\}/gu, (match, name: string) => String(values[name] ?? match));
  let state: SearchState = readSearchState(location.search);
  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  app.hidden = false;
  document.querySelector('[data-search-needs-js]')?.setAttribute('hidden', '');

  const renderFilters = (counts: FilterCounts) => {
    const groups = FILTER_KEYS.flatMap((key) => {
      // Values with no match are left out: the index also holds the other UI language's labels.
      const values = new Map(Object.entries(counts[key] ?? {}).filter(([, count]) => count > 0));
      for (const chosen of state.filters[key]) if (!values.has(chosen)) values.set(chosen, 0);
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
  };

  const search = async () => {
    const ticket = ++latest;
    const query = state.query.trim();
    if (query === '' && Object.values(state.filters).every((values) => values.length === 0)) {
      list.replaceChildren();
      filterBox.replaceChildren();
      status.textContent = '';
      return;
    }
    status.textContent = strings['loading'] ?? '';
    const { hits, total, filters } = await runSearch(state, ui);
    if (ticket !== latest) return;
    list.replaceChildren(...hits.map(renderHit));
    renderFilters(filters);
    status.textContent = total === 0 ? say('none', { query }) : say(total === 1 ? 'forQueryOne' : 'forQuery', { count: total, query });
  };

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
