import { z } from 'astro/zod';
import { bilingualTextSchema, textSchema } from './common.ts';

/** Builds the glossary schema; `themeRef` is Astro's `reference('themes')` in a build. */
export function createGlossaryTermSchema<Theme extends z.ZodType>(themeRef: Theme) {
  return z.strictObject({
    /** Stable id of the term pair. */
    id: z.string().regex(/^[a-z0-9-]+$/, { error: 'expected lower-case letters, digits and hyphens' }),
    /** The Danish term. */
    da: textSchema,
    /** The Norwegian Bokmål term. */
    nb: textSchema,
    /** Theme the pair belongs to, where there is one. */
    theme: themeRef.optional(),
    /** True when the words look alike but mean different things across the languages. */
    falseFriend: z.boolean().default(false),
    /** Explanation for readers, in both UI languages. */
    note: bilingualTextSchema.optional(),
  }).refine((term) => !term.falseFriend || term.note !== undefined, {
    path: ['note'],
    error: 'a false friend has no note (expected a note in da and nb that explains the difference)',
  });
}

export const glossaryTermSchema = createGlossaryTermSchema(textSchema);
export type GlossaryTermData = z.infer<typeof glossaryTermSchema>;
