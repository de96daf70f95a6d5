import { LICENCE, PUBLISHER } from '../../publication.ts';
import type { DataFile } from './files.ts';

type FieldType = 'string' | 'integer' | 'number' | 'boolean';

/** What each CSV column holds (Frictionless Table Schema field types). */
const COLUMNS: Record<string, { type: FieldType; description: string }> = {
  entry_id: { type: 'string', description: 'Id of the entry (<source>/<slug>), as in entries.json.' },
  action_id: { type: 'string', description: 'Anchor id of the action on its entry page.' },
  principle_id: { type: 'string', description: 'Anchor id of the principle on its entry page.' },
  id: { type: 'string', description: 'Stable id of the glossary pair.' },
  source: { type: 'string', description: 'Id of the source document.' },
  kind: { type: 'string', description: 'What part of the source the entry stands for: county, focus-area, goal-group, principles or process.' },
  number: { type: 'integer', description: 'Number the source gives the item, where it gives one.' },
  organisation: { type: 'string', description: 'The organisation, as the source names it.' },
  country: { type: 'string', description: 'ISO 3166-1 alpha-2 code: DK or NO.' },
  language: { type: 'string', description: 'Language of the source text (da or nb).' },
  title: { type: 'string', description: 'Heading of the entry, in the source\'s language.' },
  text: { type: 'string', description: 'The text exactly as published in the source.' },
  themes: { type: 'string', description: 'Theme ids (see themes.json), separated by semicolons.' },
  actions: { type: 'integer', description: 'Number of actions.' },
  targets: { type: 'integer', description: 'Number of measurable targets.' },
  principles: { type: 'integer', description: 'Number of principles.' },
  target: { type: 'integer', description: 'Position of the target within its entry (1-based).' },
  value: { type: 'number', description: 'The number in the target, where the source gives one.' },
  unit: { type: 'string', description: 'Unit of the value (percent).' },
  comparator: { type: 'string', description: 'Direction of the target: at-least, increase-by or fewer.' },
  per_year: { type: 'boolean', description: 'Whether the value is a yearly rate.' },
  year: { type: 'integer', description: 'Year by which the target should be met.' },
  first_line: { type: 'integer', description: 'First line (1-based) of the seed file the text comes from.' },
  last_line: { type: 'integer', description: 'Last line (1-based) of the seed file the text comes from.' },
  summary_da: { type: 'string', description: 'Summary by the editors, in Danish.' },
  summary_nb: { type: 'string', description: 'Summary by the editors, in Norwegian Bokmål.' },
  page_da: { type: 'string', description: 'Address of the page in the Danish interface.' },
  page_nb: { type: 'string', description: 'Address of the page in the Norwegian interface.' },
  da: { type: 'string', description: 'The Danish term.' },
  nb: { type: 'string', description: 'The Norwegian Bokmål term.' },
  theme: { type: 'string', description: 'Theme id the pair belongs to, where there is one.' },
  false_friend: { type: 'boolean', description: 'True when the words look alike but mean different things.' },
  note_da: { type: 'string', description: 'Editors\' note, in Danish.' },
  note_nb: { type: 'string', description: 'Editors\' note, in Norwegian Bokmål.' },
  total: { type: 'integer', description: 'Number of the organisation\'s actions and principles.' },
};

/** The header row of a CSV file. */
const headerOf = (content: string) => (content.slice(0, content.indexOf('\r\n')).split(','));

/**
 * A Frictionless Data Package (datapackage.json) for the CSV files: a Table Schema per file with
 * each column's name, type and meaning. Columns named after a theme id (matrix.csv) are counts.
 */
export function buildDataPackage(csvFiles: readonly DataFile[], themeIds: readonly string[], url: (name: string) => string): Record<string, unknown> {
  const themes = new Set(themeIds);
  return {
    profile: 'tabular-data-package',
    name: 'lokal-udvikling',
    title: 'Lokal udvikling / Lokal utvikling – Danmark og Norge',
    licenses: [{ name: LICENCE.id, path: LICENCE.url, title: 'Creative Commons Attribution 4.0' }],
    contributors: [{ title: PUBLISHER.name.da, role: 'publisher' }],
    resources: csvFiles.map((file) => ({
      name: file.name.replace(/\.csv$/u, ''),
      path: url(file.name),
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      dialect: { delimiter: ',', lineTerminator: '\r\n', quoteChar: '"', doubleQuote: true, header: true },
      schema: {
        fields: headerOf(file.content).map((name) => {
          if (themes.has(name)) return { name, type: 'integer', description: `Number of the organisation's actions and principles with the theme "${name}".` };
          const column = COLUMNS[name];
          if (!column) throw new Error(`${file.name}: column "${name}" has no description in datapackage.ts`);
          return { name, ...column };
        }),
      },
    })),
  };
}
