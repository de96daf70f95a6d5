import { z } from 'astro/zod';
import { textSchema } from './common.ts';

/** A free-standing text page (about, editor's guide, accessibility statement) in one language. */
export const pageSchema = z.strictObject({
  /** Page heading and title. */
  title: textSchema,
  /** One sentence for search engines and link previews. */
  description: textSchema,
  /** The same page in the other language: its file name without extension. */
  counterpart: z.string().regex(/^[a-z0-9-]+$/u, { error: 'expected the other language\'s file name without .mdx, e.g. "tilgjengelighet"' }),
});
export type PageData = z.infer<typeof pageSchema>;
