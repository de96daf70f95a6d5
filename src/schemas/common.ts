import { z } from 'astro/zod';

/** The two languages of the knowledge base, as BCP 47 tags. */
export const localeSchema = z.enum(['da', 'nb'], {
  error: 'expected "da" (Danish) or "nb" (Norwegian Bokmål)',
});
export type LocaleCode = z.infer<typeof localeSchema>;

/** Countries the organisations belong to (ISO 3166-1 alpha-2). */
export const countrySchema = z.enum(['DK', 'NO'], {
  error: 'expected "DK" (Denmark) or "NO" (Norway)',
});
export type Country = z.infer<typeof countrySchema>;

/** A non-empty, trimmed piece of text. */
export const textSchema = z
  .string({ error: 'expected a piece of text' })
  .trim()
  .min(1, { error: 'expected text, found an empty string' });

/** The same text written in both Danish and Norwegian Bokmål. */
export const bilingualTextSchema = z.strictObject(
  {
    /** Danish version. */
    da: textSchema,
    /** Norwegian Bokmål version. */
    nb: textSchema,
  },
  { error: 'expected a Danish (da) and a Norwegian Bokmål (nb) text' },
);
export type BilingualText = z.infer<typeof bilingualTextSchema>;

/** URL slug: lower-case letters (æ, ø, å allowed), digits and single hyphens. */
export const slugSchema = z
  .string({ error: 'expected a URL slug' })
  .regex(/^[a-z0-9æøå]+(?:-[a-z0-9æøå]+)*$/u, {
    error: 'expected lower-case letters, digits and single hyphens, e.g. "frivillighed"',
  });
