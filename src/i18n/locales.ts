/** The UI languages. The URL segment and the BCP 47 tag happen to be the same here. */
export const LOCALES = ['da', 'nb'] as const;
export type Locale = (typeof LOCALES)[number];

interface LocaleInfo {
  /** BCP 47 tag for `lang` and `hreflang`. */
  lang: string;
  /** Name of the language in itself, for the language switcher. */
  nativeName: string;
  /** Localised URL segments of pages whose address differs between the languages. */
  segments: { search: string; about: string; accessibility: string };
}

export const LOCALE_INFO = {
  da: {
    lang: 'da',
    nativeName: 'Dansk',
    segments: { search: 'soeg', about: 'om', accessibility: 'tilgaengelighed' },
  },
  nb: {
    lang: 'nb',
    nativeName: 'Norsk bokmål',
    segments: { search: 'sok', about: 'om', accessibility: 'tilgjengelighet' },
  },
} as const satisfies Record<Locale, LocaleInfo>;

/** Narrows a URL parameter to a locale. */
export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** The other UI language. */
export function otherLocale(locale: Locale): Locale {
  return locale === 'da' ? 'nb' : 'da';
}
