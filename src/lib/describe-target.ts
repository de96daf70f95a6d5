import type { Locale } from '../i18n/locales.ts';
import { formatNumber, useTranslations } from '../i18n/t.ts';
import type { TargetData } from '../schemas/index.ts';

/** The figures of a target in the reader's language, e.g. "mindst 85 % · senest 2025". */
export function describeTarget(target: TargetData, locale: Locale): string {
  const t = useTranslations(locale);
  const parts: string[] = [];
  if (target.value !== undefined) {
    const value = `${formatNumber(locale, target.value)}${target.unit === 'percent' ? ' %' : ''}`;
    if (target.comparator === 'at-least') parts.push(t('target.atLeast', { value }));
    else if (target.comparator === 'increase-by') parts.push(t('target.increaseBy', { value }));
    else parts.push(value);
    if (target.perYear) parts.push(t('target.perYear'));
  } else if (target.comparator === 'fewer') parts.push(t('target.fewer'));
  if (target.year !== undefined) parts.push(t('target.year', { year: target.year }));
  return parts.length > 0 ? parts.join(' · ') : t('target.noNumber');
}
