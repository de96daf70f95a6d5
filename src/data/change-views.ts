import type { Locale } from '../i18n/locales.ts';
import { useTranslations } from '../i18n/t.ts';
import { changeIsFor } from '../lib/open-data/changes.ts';
import { describeChange, type ChangeView } from '../lib/open-data/feed.ts';
import { getChanges } from './changes.ts';

/** The changes a UI language's feed and changes page show, described in that language. */
export function getChangeViews(locale: Locale): { views: ChangeView[]; fromFiles: boolean } {
  const { changes, fromFiles } = getChanges();
  const t = useTranslations(locale);
  return { views: changes.filter((change) => changeIsFor(change, locale)).map((change) => describeChange(change, locale, t)), fromFiles };
}
