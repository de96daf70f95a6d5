import { z } from 'astro/zod';
import { bilingualTextSchema, countrySchema, localeSchema, textSchema } from './common.ts';

/** One of the public documents the knowledge base is built from. */
export const sourceSchema = z.strictObject({
  /** Title as published, in the document's own language. */
  title: textSchema,
  /** Who published the document, as the document names it. */
  publisher: textSchema,
  /** Which period or date the document speaks of, in words, in both UI languages. */
  period: bilingualTextSchema,
  /** Year of publication, where the document states one. */
  year: z.number().int().min(1900).max(2100).optional(),
  /** Where the original can be read, where known. */
  url: z.url({ error: 'expected a full web address starting with https://' }).optional(),
  /** Language of the document's text. */
  language: localeSchema,
  /** Country of the organisations it describes. */
  country: countrySchema,
  /** File name in `seeds/` that holds the raw text. */
  seed: z.string().regex(/^[\w.-]+\.txt$/, { error: 'expected a file name in seeds/, e.g. "004_x.txt"' }),
  /** Short description in both UI languages, written by us. */
  description: bilingualTextSchema,
  /** Position among the sources on the home page. */
  order: z.number().int().nonnegative(),
});
export type SourceData = z.infer<typeof sourceSchema>;
