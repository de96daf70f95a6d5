import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { createEntrySchema, createGlossaryTermSchema, pageSchema, sourceSchema, themeSchema } from './schemas/index.ts';

/** The two public documents (content/sources/<id>.yaml). */
const sources = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/sources' }),
  schema: sourceSchema,
});

/** The bilingual theme taxonomy (content/themes/<id>.yaml). */
const themes = defineCollection({
  loader: glob({ pattern: '*.yaml', base: './content/themes' }),
  schema: themeSchema,
});

/** One entry per county, focus area, goal group … (content/entries/<source>/<slug>.mdx). */
const entries = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/entries' }),
  schema: createEntrySchema({
    source: reference('sources'),
    theme: reference('themes'),
    entry: reference('entries'),
  }),
});

/** Danish ↔ Norwegian term pairs (content/glossary.yaml). */
const glossary = defineCollection({
  loader: file('./content/glossary.yaml'),
  schema: createGlossaryTermSchema(reference('themes')),
});

/** Text pages per language (content/pages/<lang>/<slug>.mdx): about, editor's guide, accessibility. */
const pages = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: './content/pages' }),
  schema: pageSchema,
});

export const collections = { sources, themes, entries, glossary, pages };
