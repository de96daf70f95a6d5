import { z } from 'astro/zod';
import { bilingualTextSchema, countrySchema, entryKindSchema, lineRangeSchema, localeSchema, targetSchema, textSchema } from '../../schemas/index.ts';

// The published shape of the JSON files: plain output schemas (ids instead of Astro's
// `reference()`, addresses as strings), built from the content schemas' own parts. The JSON Schemas
// under /data/schemas/ are generated from these with z.toJSONSchema, and the build parses every
// file it writes with them, so a file that does not fit its schema stops the build.

/** First and last line (1-based) in the seed file. */
const seedLinesSchema = lineRangeSchema.meta({ description: 'First and last line (1-based) of the seed file the text comes from.' });

/** The address of a page in each UI language. */
const pagesSchema = z
  .strictObject({ da: z.string().min(1), nb: z.string().min(1) })
  .meta({ description: 'Address of the page in the Danish (da) and Norwegian Bokmål (nb) interface; absolute when the site address is known.' });

const itemSchema = z.strictObject({
  id: z.string().meta({ description: 'Anchor id on the entry page, unique within the entry (e.g. "a1").' }),
  text: textSchema.meta({ description: 'The text exactly as published in the source.' }),
  themes: z.array(z.string()).meta({ description: 'Theme ids (see themes.json).' }),
  lines: seedLinesSchema.optional(),
  pages: pagesSchema,
});

const publishedTargetSchema = targetSchema.extend({ lines: seedLinesSchema.optional() }).meta({ description: 'A measurable target as the source states it: value, unit, comparator, year; an editor\'s note where the source is flawed.' });

/** The editors' note on which county authority covers a 2011 county's area today. */
const publishedTodaySchema = z
  .strictObject({
    da: textSchema,
    nb: textSchema,
    sources: z.array(z.strictObject({ title: textSchema, url: z.string().meta({ description: 'Address of the source.' }), lang: z.string() })),
  })
  .meta({ description: 'Editors\' note (Danish and Norwegian Bokmål) on which county authority covers the area today, with the public sources it was checked against.' });

/** One entry of entries.json. */
export const publishedEntrySchema = z.strictObject({
  id: z.string().meta({ description: 'Stable id: <source>/<slug>.' }),
  source: z.string().meta({ description: 'Id of the source document (see "sources").' }),
  organisation: textSchema.meta({ description: 'The organisation whose plan this is, as the source names it.' }),
  country: countrySchema.meta({ description: 'ISO 3166-1 alpha-2 code of the organisation\'s country.' }),
  kind: entryKindSchema.meta({ description: 'What part of the source the entry stands for.' }),
  number: z.number().int().positive().optional().meta({ description: 'Number the source gives the item.' }),
  language: localeSchema.meta({ description: 'Language of the source text (BCP 47).' }),
  title: textSchema.meta({ description: 'Heading of the entry, in the source\'s language.' }),
  goal: z.array(z.strictObject({ text: textSchema, lines: seedLinesSchema.optional() })).meta({ description: 'Goal statements as published.' }),
  listIntro: textSchema.optional().meta({ description: 'The line that introduces the list of actions, as published.' }),
  actions: z.array(itemSchema).meta({ description: 'Concrete actions, in source order, with their themes.' }),
  targets: z.array(publishedTargetSchema).meta({ description: 'Measurable targets, in source order.' }),
  principles: z.array(itemSchema).meta({ description: 'Principles the source lays down (the Danish "dogmer").' }),
  places: z.array(textSchema).meta({ description: 'Places named in the text.' }),
  programmes: z.array(textSchema).meta({ description: 'Programmes, projects and events named in the text.' }),
  themes: z.array(z.string()).meta({ description: 'Theme ids of the entry as a whole, its actions\' and principles\' included, most used first.' }),
  summary: bilingualTextSchema.meta({ description: 'Summary written by the editors, in Danish (da) and Norwegian Bokmål (nb).' }),
  today: publishedTodaySchema.optional(),
  lines: seedLinesSchema.optional(),
  pages: pagesSchema,
});
export type PublishedEntry = z.infer<typeof publishedEntrySchema>;

/** A source document, as entries.json names it. */
export const publishedSourceSchema = z.strictObject({
  id: z.string(),
  title: textSchema.meta({ description: 'Title as published, in the document\'s own language.' }),
  publisher: textSchema,
  year: z.number().int().optional(),
  period: bilingualTextSchema,
  language: localeSchema,
  country: countrySchema,
  url: z.string().optional().meta({ description: 'Where the original can be read.' }),
  seed: z.string().meta({ description: 'File name of the raw text in the project\'s seeds/ folder.' }),
  pages: pagesSchema,
});

const schemaReference = z.string().meta({ description: 'Address of the JSON Schema this file conforms to.' });

/** entries.json: every entry of the knowledge base, with its sources. */
export const entriesFileSchema = z
  .strictObject({
    $schema: schemaReference,
    licence: z.string().meta({ description: 'Licence of the editors\' text and of the data.' }),
    sources: z.array(publishedSourceSchema),
    entries: z.array(publishedEntrySchema),
  })
  .meta({ title: 'Lokal udvikling / Lokal utvikling: entries', description: 'Every entry of the Danish-Norwegian knowledge base on local community development: goals, actions with themes, targets and principles as published, with summaries in Danish and Norwegian Bokmål.' });

const themeLocaleOutput = z.strictObject({
  label: textSchema,
  slug: z.string(),
  description: textSchema,
  keywords: z.array(textSchema),
  page: z.string().meta({ description: 'Address of the theme page in this UI language.' }),
});

/** themes.json: the bilingual theme taxonomy. */
export const themesFileSchema = z
  .strictObject({
    $schema: schemaReference,
    licence: z.string(),
    themes: z.array(
      z.strictObject({
        id: z.string().meta({ description: 'Stable id, used in entries.json and the CSV files.' }),
        order: z.number().int().nonnegative(),
        da: themeLocaleOutput,
        nb: themeLocaleOutput,
        actions: z.number().int().nonnegative().meta({ description: 'Number of actions and principles filed under the theme.' }),
      }),
    ),
  })
  .meta({ title: 'Lokal udvikling / Lokal utvikling: themes', description: 'The bilingual theme taxonomy: label, slug, description and search keywords in Danish and Norwegian Bokmål.' });

/** The JSON files and the schema each is checked against. */
export const JSON_FILE_SCHEMAS = {
  'entries.json': entriesFileSchema,
  'themes.json': themesFileSchema,
} as const;
export type JsonFileName = keyof typeof JSON_FILE_SCHEMAS;

/** The JSON Schema (draft 2020-12) of a JSON file, generated from its zod schema. */
export function jsonSchemaOf(file: JsonFileName, id: string | undefined): Record<string, unknown> {
  const generated = z.toJSONSchema(JSON_FILE_SCHEMAS[file], { target: 'draft-2020-12', io: 'output' }) as Record<string, unknown>;
  const { $schema, ...rest } = generated;
  return { $schema, ...(id ? { $id: id } : {}), ...rest };
}
