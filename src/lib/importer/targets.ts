import type { TargetData } from '../../schemas/index.ts';

/** Words a complete Danish or Norwegian sentence does not end on: a sign the source was cut off. */
const DANGLING_WORDS = new Set(['som', 'og', 'at', 'for', 'til', 'i', 'af', 'av', 'med', 'på', 'der', 'de', 'en', 'et']);

/** Reads number, unit, year and direction out of a target sentence, keeping the sentence as published. */
export function parseTarget(text: string): TargetData {
  const target: TargetData = { text };
  const number = /(\d+(?:,\d+)?)\s*(%|pct\.|prosent|procent)/u.exec(text);
  if (number?.[1]) {
    target.value = Number(number[1].replace(',', '.'));
    target.unit = 'percent';
  }
  const year = /\b(19|20)\d{2}\b/u.exec(text);
  if (year) target.year = Number(year[0]);
  if (/\bmindst\b|\bminst\b/iu.test(text)) target.comparator = 'at-least';
  else if (/\bstiger med\b|\bøker med\b/iu.test(text)) target.comparator = 'increase-by';
  else if (/^færre\b|^færre\b/iu.test(text)) target.comparator = 'fewer';
  if (/^årlig\b/iu.test(text)) target.perYear = true;
  const lastWord = text.split(/\s+/u).at(-1)?.toLowerCase() ?? '';
  if (DANGLING_WORDS.has(lastWord)) {
    target.note = {
      da: 'Sætningen slutter sådan i kilden; resten af målet står ikke i notatet, og vi har ikke gættet det.',
      nb: 'Setningen slutter slik i kilden; resten av målet står ikke i notatet, og vi har ikke gjettet det.',
    };
  }
  return target;
}
