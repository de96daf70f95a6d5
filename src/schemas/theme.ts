import { z } from 'astro/zod';
import { slugSchema, textSchema } from './common.ts';

/** A theme's wording in one language. */
export const themeLocaleSchema = z.strictObject({
  /** Short label shown in lists and tables. */
  label: textSchema,
  /** URL slug of the theme page in this language. */
  slug: slugSchema,
  /** One or two sentences on what the theme covers. */
  description: textSchema,
  /** Search words, including the other language's usual terms (Pagefind has no synonyms). */
  keywords: z.array(textSchema).min(1, { error: 'expected at least one keyword' }),
});

/** A theme of local community development; the file name is its stable id. */
export const themeSchema = z.strictObject({
  /** Position in theme lists and the overview table. */
  order: z.number().int().nonnegative(),
  da: themeLocaleSchema,
  nb: themeLocaleSchema,
});
export type ThemeData = z.infer<typeof themeSchema>;
