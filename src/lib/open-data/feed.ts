import { createHash } from 'node:crypto';
import type { Locale } from '../../i18n/locales.ts';
import type { UiKey } from '../../i18n/t.ts';
import { paths } from '../paths.ts';
import type { Change } from './changes.ts';
import { openDataPaths } from './paths.ts';
import { absoluteUrl } from './public-address.ts';

type Translate = (key: UiKey, values?: Record<string, string | number>) => string;

/** A change as a reader sees it: what, which page, and what changed in one line. */
export interface ChangeView {
  key: string;
  date: Date;
  kind: Change['kind'];
  kindLabel: string;
  title: string;
  /** Language of the title (an entry's title is in its source's language). */
  lang: string;
  /** Root-relative address of the page; undefined when the page is gone. */
  path: string | undefined;
  line: string;
}

const FIELD_KEYS: Record<string, UiKey> = {
  title: 'opendata.field.title',
  summary: 'opendata.field.summary',
  goal: 'opendata.field.goal',
  actions: 'opendata.field.actions',
  targets: 'opendata.field.targets',
  principles: 'opendata.field.principles',
  themes: 'opendata.field.themes',
  places: 'opendata.field.places',
  programmes: 'opendata.field.programmes',
  description: 'opendata.field.description',
  keywords: 'opendata.field.keywords',
  label: 'opendata.field.label',
  body: 'opendata.change.body',
};

/** The fields' names in the reader's language, unknown fields summed up as "other details". */
function fieldList(fields: readonly string[], t: Translate): string {
  const names = new Set(fields.map((field) => t(FIELD_KEYS[field] ?? 'opendata.field.other')));
  return [...names].join(', ');
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
const localeData = (data: Record<string, unknown>, locale: Locale) => (data[locale] && typeof data[locale] === 'object' ? (data[locale] as Record<string, unknown>) : {});

/** Title, address and one-line description of a change in a UI language. */
export function describeChange(change: Change, locale: Locale, t: Translate): ChangeView {
  const { data } = change;
  let title: string;
  let path: string | undefined;
  switch (change.kind) {
    case 'entry':
      title = text(data['title']) ?? change.id;
      path = paths.entry(locale, change.id);
      break;
    case 'theme': {
      const own = localeData(data, locale);
      title = text(own['label']) ?? change.id;
      path = text(own['slug']) ? paths.theme(locale, String(own['slug'])) : undefined;
      break;
    }
    case 'glossary':
      title = t('glossary.title');
      path = paths.glossary(locale);
      break;
    case 'page':
      title = text(data['title']) ?? change.id;
      path = `/${change.id}/`;
      break;
  }
  if (change.status === 'deleted') path = undefined;
  const line =
    change.status === 'added'
      ? t('opendata.change.new')
      : change.status === 'deleted'
        ? t('opendata.change.removed')
        : change.status === 'dated'
          ? t('opendata.change.updated')
          : change.terms.length > 0
            ? t('opendata.change.terms', { terms: change.terms.length > 6 ? `${change.terms.slice(0, 6).join(', ')} …` : change.terms.join(', ') })
            : t('opendata.change.fields', { fields: fieldList(change.fields, t) });
  const lang = change.kind === 'entry' ? (text(data['language']) ?? locale) : change.kind === 'page' ? change.id.slice(0, 2) : locale;
  return { key: change.key, date: change.date, kind: change.kind, kindLabel: t(`opendata.kind.${change.kind}`), title, lang, path, line };
}

/** A name-based (version 5 style) UUID: stable feed ids that do not depend on the site's address. */
export function stableUuid(name: string): string {
  const hex = createHash('sha1').update(`lokal-udvikling:${name}`).digest('hex');
  const variant = ((parseInt(hex.slice(16, 18), 16) & 0x3f) | 0x80).toString(16);
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(18, 20)}-${hex.slice(20, 32)}`;
}

const escapeXml = (value: string) => value.replace(/[<>&"']/gu, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c] ?? c);

/**
 * The Atom feed (RFC 4287) of a UI language. Ids are stable UUIDs; links are absolute when the
 * site's address is known and relative to the feed otherwise.
 */
export function renderAtomFeed(options: { locale: Locale; views: readonly ChangeView[]; site: URL | string | undefined; t: Translate; author: string }): string {
  const { locale, views, site, t, author } = options;
  const url = (path: string) => escapeXml(absoluteUrl(path, site));
  const updated = views.reduce((latest, view) => (view.date > latest ? view.date : latest), new Date(0));
  const entries = views.map((view) =>
    [
      '  <entry>',
      `    <id>${stableUuid(view.key)}</id>`,
      `    <title>${escapeXml(`${view.kindLabel}: ${view.title}`)}</title>`,
      `    <updated>${view.date.toISOString()}</updated>`,
      `    <link rel="alternate" type="text/html" href="${url(view.path ?? openDataPaths.changes(locale))}"/>`,
      `    <category term="${view.kind}" label="${escapeXml(view.kindLabel)}"/>`,
      `    <summary type="text">${escapeXml(view.line)}</summary>`,
      '  </entry>',
    ].join('\n'),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `  <id>${stableUuid(`feed:${locale}`)}</id>`,
    `  <title>${escapeXml(t('opendata.feed.title'))}</title>`,
    `  <subtitle>${escapeXml(t('opendata.changes.intro'))}</subtitle>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <link rel="self" type="application/atom+xml" href="${url(openDataPaths.feed(locale))}"/>`,
    `  <link rel="alternate" type="text/html" href="${url(openDataPaths.changes(locale))}"/>`,
    `  <author><name>${escapeXml(author)}</name></author>`,
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
