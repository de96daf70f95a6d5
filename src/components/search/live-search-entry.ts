// Entry point of the header's live search, loaded by SearchBox.astro on the first focus.
import { enhanceSearchBox } from './live-search.ts';

const form = document.querySelector<HTMLFormElement>('form[data-search-box]');
if (form) enhanceSearchBox(form);
