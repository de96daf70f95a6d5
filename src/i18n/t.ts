import type { Locale } from './locales.ts';
import da from './ui/da.ts';
import nb from './ui/nb.ts';

export type UiKey = keyof typeof da;
const dictionaries: Record<Locale, Record<UiKey, string>> = { da, nb };

/** Returns the translate function for a locale; `{name}` placeholders are filled from `values`. */
export function useTranslations(locale: Locale) {
  const dictionary = dictionaries[locale];
  return function t(key: UiKey, values?: Record<string, string | number>): string {
    const text = dictionary[key];
    // Most strings have no placeholder, and every page asks for dozens of them.
    if (!values || !text.includes('{')) return text;
    return text.replace(/\{(\w+)\}/gu, (match, name: string) => String(values[name] ?? match));
  };
}

/** Formats a number the way the locale writes it (0,5 in both languages). */
export function formatNumber(locale: Locale, value: number): string {
  // A formatter costs far more to make than to use: one per language for the whole build.
  let format = numberFormats.get(locale);
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale === 'da' ? 'da-DK' : 'nb-NO')));
  return format.format(value);
}
const numberFormats = new Map<Locale, Intl.NumberFormat>();
