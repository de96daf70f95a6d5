import { defineCollection, reference } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { reuseCheckedFrontmatter } from './lib/content-cache/checked-frontmatter.ts';
import { countParsed } from './lib/content-cache/count-parsed.ts';
import { createEntrySchema, createGlossaryTermSchema, pageSchema, sourceSchema, themeSchema } from './schemas/index.ts';

/** Where the content lives: `content/`, or another folder (the benchmark builds synthetic content). */
const CONTENT_ROOT = process.env['CONTENT_DIR'] ?? './content';

/** The two public documents (content/sources/<id>.yaml). */
const sources = defineCollection({
  loader: countParsed(glob({ pattern: '*.yaml', base: `${CONTENT_ROOT}/sources` })),
  schema: sourceSchema,
});

/** The bilingual theme taxonomy (content/themes/<id>.yaml). */
const themes = defineCollection({
  loader: countParsed(glob({ pattern: '*.yaml', base: `${CONTENT_ROOT}/themes` })),
  schema: themeSchema,
});

/**
 * An MDX loader that keeps files without a body out of the MDX pipeline: such an entry is all
 * frontmatter (every entry is, today), so it is stored as data only and `render()` gives an empty
 * `Content`. Otherwise Astro compiles, bundles and imports one MDX module per file although there
 * is nothing to render — the larger part of the build time with thousands of entries. A file that
 * does have a body goes through MDX as before.
 */
function dataOnlyWithoutBody(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) =>
      loader.load({
        ...context,
        store: {
          ...context.store,
          set: (entry) => {
            if (!entry.deferredRender || entry.body?.trim()) return context.store.set(entry);
            const { deferredRender: _mdx, ...data } = entry;
            return context.store.set(data);
          },
        },
      }),
  };
}

/** One entry per county, focus area, goal group … (content/entries/<source>/<slug>.mdx). */
const entries = defineCollection({
  loader: countParsed(dataOnlyWithoutBody(reuseCheckedFrontmatter(glob({ pattern: '*/*.mdx', base: `${CONTENT_ROOT}/entries` })))),
  schema: createEntrySchema({
    source: reference('sources'),
    theme: reference('themes'),
    entry: reference('entries'),
  }),
});

/** Danish ↔ Norwegian term pairs (content/glossary.yaml). */
const glossary = defineCollection({
  loader: countParsed(file(`${CONTENT_ROOT}/glossary.yaml`)),
  schema: createGlossaryTermSchema(reference('themes')),
});

/** Text pages per language (content/pages/<lang>/<slug>.mdx): about, editor's guide, accessibility. */
const pages = defineCollection({
  loader: countParsed(reuseCheckedFrontmatter(glob({ pattern: '*/*.mdx', base: `${CONTENT_ROOT}/pages` }))),
  schema: pageSchema,
});

export const collections = { sources, themes, entries, glossary, pages };
