import type { APIRoute } from 'astro';
import { getChangeViews } from '../../data/change-views.ts';
import { isLocale } from '../../i18n/locales.ts';
import { useTranslations } from '../../i18n/t.ts';
import { renderAtomFeed } from '../../lib/open-data/feed.ts';
import { localePaths } from '../../lib/static-paths.ts';
import { PUBLISHER } from '../../publication.ts';

export const getStaticPaths = localePaths;

/** The Atom feed of content changes in one UI language. */
export const GET: APIRoute = ({ params, site }) => {
  const locale = params['lang'];
  if (!isLocale(locale)) throw new Error(`no feed for "${String(locale)}"`);
  const { views } = getChangeViews(locale);
  const body = renderAtomFeed({ locale, views, site, t: useTranslations(locale), author: PUBLISHER.name[locale] });
  return new Response(body, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
