import { stringify } from 'yaml';
import { slugify } from '../importer/lines.ts';

/** What `npm run new -- entry` asks for. */
export interface NewEntryAnswers {
  title: string;
  organisation: string;
  action: string;
  theme: string;
  summaryDa: string;
  summaryNb: string;
}

/** What an entry gets from its source and its neighbours. */
export interface EntryContext {
  source: string;
  language: 'da' | 'nb';
  country: 'DK' | 'NO';
  kind: 'county' | 'focus-area' | 'goal-group' | 'principles' | 'process';
  order: number;
}

/** An entry file with every required field; editors add goal, more actions, targets … afterwards. */
export function renderNewEntry(context: EntryContext, answers: NewEntryAnswers): string {
  const data = {
    title: answers.title,
    kind: context.kind,
    source: context.source,
    order: context.order,
    language: context.language,
    country: context.country,
    organisation: answers.organisation,
    summary: { da: answers.summaryDa, nb: answers.summaryNb },
    actions: [{ id: 'a1', text: answers.action, themes: [answers.theme] }],
  };
  return `---\n${stringify(data, { lineWidth: 0 })}---\n`;
}

/** What `npm run new -- theme` asks for. */
export interface NewThemeAnswers {
  labelDa: string;
  labelNb: string;
  descriptionDa: string;
  descriptionNb: string;
  keywords: string[];
}

/** A theme file with both languages; slugs are made from the labels. */
export function renderNewTheme(order: number, answers: NewThemeAnswers): string {
  const data = {
    order,
    da: { label: answers.labelDa, slug: slugify(answers.labelDa), description: answers.descriptionDa, keywords: answers.keywords },
    nb: { label: answers.labelNb, slug: slugify(answers.labelNb).replace(/aa/gu, 'a'), description: answers.descriptionNb, keywords: [...answers.keywords] },
  };
  return stringify(data, { lineWidth: 0 });
}
