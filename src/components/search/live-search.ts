// The header's search-as-you-type, a WAI-ARIA combobox with a listbox popup (APG "combobox" pattern):
// ArrowDown/ArrowUp move through the suggestions, Enter opens the chosen one (or, with none chosen,
// the search page), Escape closes the list. Loaded on the first focus of the search box, never before.
import { readSearchState } from '../../lib/search/url-state.ts';
import { loadPagefind, runSearch, type SearchHit } from './pagefind-client.ts';
import { typeText } from './render-hit.ts';

const SHOWN = 5;

/** Filled in at build time from the dictionaries (see live-search-strings.ts and astro.config.mjs). */
declare const __LIVE_SEARCH_STRINGS__: Record<'da' | 'nb', Record<string, string>>;

/** Adds the suggestion list under the header's search box. */
export function enhanceSearchBox(form: HTMLFormElement): void {
  const input = form.querySelector('input[type="search"]');
  const panel = form.querySelector<HTMLElement>('[data-search-panel]');
  const listbox = form.querySelector<HTMLElement>('[role="listbox"]');
  const none = form.querySelector<HTMLElement>('[data-search-none]');
  const all = form.querySelector<HTMLAnchorElement>('[data-search-all]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  if (!(input instanceof HTMLInputElement) || !panel || !listbox || !none || !all || !status) return;
  // A searchbox until now (its ARIA attributes would not be allowed there); from here a combobox.
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-expanded', 'false');
  // This module loads on the first focus; the index starts loading with it, while the reader types.
  void loadPagefind();
  const ui = document.documentElement.lang;
  const strings = __LIVE_SEARCH_STRINGS__[ui === 'nb' ? 'nb' : 'da'];
  const labels = { entry: strings['entry'] ?? '', theme: strings['theme'] ?? '', glossary: strings['glossary'] ?? '', source: strings['source'] ?? '' };
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  let hits: SearchHit[] = [];
  let active = -1;

  const options = () => [...listbox.querySelectorAll<HTMLElement>('[role="option"]')];
  const setActive = (index: number) => {
    active = index;
    options().forEach((option, position) => option.setAttribute('aria-selected', String(position === index)));
    const chosen = options()[index];
    if (chosen) {
      input.setAttribute('aria-activedescendant', chosen.id);
      chosen.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const open = () => {
    // On phones the panel is fixed below the box, across the screen (global.css).
    panel.style.setProperty('--search-panel-top', `${Math.round(input.getBoundingClientRect().bottom + 4)}px`);
    panel.hidden = false;
    input.setAttribute('aria-expanded', String(hits.length > 0));
  };
  const close = () => {
    panel.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    setActive(-1);
  };
  const go = (url: string) => {
    location.href = url;
  };

  const option = (hit: SearchHit, index: number) => {
    const item = document.createElement('li');
    item.id = `site-search-option-${index}`;
    item.setAttribute('role', 'option');
    item.setAttribute('aria-selected', 'false');
    const title = document.createElement('span');
    title.className = 'search-option-title';
    title.textContent = hit.title;
    if (hit.meta['lang']) title.lang = hit.meta['lang'];
    const type = document.createElement('span');
    type.className = 'search-option-type';
    type.textContent = [typeText(hit, labels), hit.type === 'entry' ? hit.meta['country'] : undefined].filter(Boolean).join(' · ');
    item.append(title, ' ', type);
    // The pointer opens an option as the keyboard's Enter does.
    item.addEventListener('mousedown', (event) => event.preventDefault());
    item.addEventListener('click', () => go(hit.url));
    return item;
  };

  const update = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (query === '') {
      close();
      status.textContent = '';
      return;
    }
    const outcome = await runSearch({ ...readSearchState(''), query }, ui);
    const found = await outcome.hits(0, SHOWN);
    if (ticket !== latest) return;
    hits = found;
    listbox.replaceChildren(...hits.map(option));
    listbox.dataset['query'] = query;
    listbox.hidden = hits.length === 0;
    setActive(-1);
    const say = (key: string) => (strings[key] ?? '').replace('{count}', String(outcome.total)).replace('{query}', query);
    none.textContent = say('none');
    none.hidden = outcome.total > 0;
    all.href = `${form.action}?q=${encodeURIComponent(query)}`;
    all.textContent = say('all');
    all.hidden = outcome.total === 0;
    status.textContent = outcome.total === 0 ? say('none') : say(outcome.total === 1 ? 'one' : 'count');
    open();
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 150);
  });
  input.addEventListener('keydown', (event) => {
    const count = options().length;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (panel.hidden) {
        if (input.value.trim() !== '') open();
        if (count > 0) setActive(event.key === 'ArrowDown' ? 0 : count - 1);
        return;
      }
      if (count === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(active === -1 ? (step === 1 ? 0 : count - 1) : (active + step + count) % count);
    } else if (event.key === 'Enter' && !panel.hidden && hits[active]) {
      event.preventDefault();
      go(hits[active]!.url);
    } else if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  if (input.value.trim() !== '') void update();
}
