// The header's search-as-you-type: loaded on the first focus of the search box, never before.
import { readSearchState } from '../../lib/search/url-state.ts';
import { runSearch } from './pagefind-client.ts';
import { renderHit } from './render-hit.ts';

const SHOWN = 5;

/** Adds a results panel under the header's search box. */
export function enhanceSearchBox(form: HTMLFormElement): void {
  const input = form.querySelector('input[type="search"]');
  const panel = form.querySelector<HTMLElement>('[data-search-panel]');
  const status = form.querySelector<HTMLElement>('[data-search-status]');
  if (!(input instanceof HTMLInputElement) || !panel || !status) return;
  const ui = document.documentElement.lang;
  const strings = JSON.parse(form.dataset['strings'] ?? '{}') as Record<string, string>;
  const list = document.createElement('ol');
  const more = document.createElement('a');
  panel.append(list, more);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  const close = () => {
    panel.hidden = true;
  };
  const update = async () => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (query === '') {
      close();
      status.textContent = '';
      return;
    }
    const { hits, total } = await runSearch({ ...readSearchState(''), query }, ui);
    if (ticket !== latest) return; // a newer query has been typed meanwhile
    list.replaceChildren(...hits.slice(0, SHOWN).map(renderHit));
    more.href = `${form.action}?q=${encodeURIComponent(query)}`;
    more.textContent = (strings['all'] ?? '').replace('{count}', String(total));
    status.textContent = (strings[total === 1 ? 'one' : 'count'] ?? '').replace('{count}', String(total));
    panel.hidden = false;
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => void update(), 150);
  });
  form.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      event.preventDefault();
      close();
      input.focus();
    }
  });
  document.addEventListener('click', (event) => {
    if (!form.contains(event.target as Node)) close();
  });
  if (input.value.trim() !== '') void update();
}
