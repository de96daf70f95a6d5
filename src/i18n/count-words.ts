import type { CountWords } from '../lib/counts.ts';
import type { useTranslations } from './t.ts';

/** The words `describeCounts` needs, in the reader's language. */
export function countWords(t: ReturnType<typeof useTranslations>): CountWords {
  return {
    actionOne: t('count.action.one'),
    actionOther: t('count.action.other'),
    principleOne: t('count.principle.one'),
    principleOther: t('count.principle.other'),
    and: t('count.and'),
  };
}
