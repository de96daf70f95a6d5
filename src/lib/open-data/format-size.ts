import type { Locale } from '../../i18n/locales.ts';
import { formatNumber } from '../../i18n/t.ts';

/** A file size as readers write it: "812 byte" or "29,6 kB" (1 kB = 1,000 bytes). */
export function formatSize(bytes: number, locale: Locale): { unit: 'bytes' | 'kilobytes'; size: string } {
  if (bytes < 1000) return { unit: 'bytes', size: formatNumber(locale, bytes) };
  return { unit: 'kilobytes', size: formatNumber(locale, Math.round(bytes / 100) / 10) };
}
