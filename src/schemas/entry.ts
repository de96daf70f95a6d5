import { z } from 'astro/zod';
import { bilingualTextSchema, countrySchema, localeSchema, textSchema } from './common.ts';

/** What part of a source document an entry stands for. */
export const entryKindSchema = z.enum(['county', 'focus-area', 'goal-group', 'principles', 'process'], {
  error: 'expected one of county, focus-area, goal-group, principles, process',
});
export type EntryKind = z.infer<typeof entryKindSchema>;

/** Anchor id of an item on its entry page: stable, so theme pages can link to it. */
const itemIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, {
  error: 'expected a short id of lower-case letters, digits and hyphens, e.g. "a1"',
});

const currentYear = new Date().getFullYear();

/** A range of lines of a seed file: [first, last], 1-based, as an editor sees them in the file. */
export const lineRangeSchema = z
  .tuple([z.number().int().positive(), z.number().int().positive()], {
    error: 'expected [first line, last line] in the seed file, e.g. [27, 27]',
  })
  .refine(([first, last]) => first <= last, { error: 'expected the first line to come before the last' });
export type LineRange = z.infer<typeof lineRangeSchema>;

/** Where the entry's text comes from in its seed file. */
export const provenanceSchema = z.strictObject({
  /** First and last line (1-based) of the seed that the entry's text comes from. */
  lines: lineRangeSchema,
});

/** A goal statement, as published. */
export const goalSchema = z.strictObject({
  /** The goal exactly as published. */
  text: textSchema,
  /** The seed lines it stands on; left out for text an editor adds. */
  lines: lineRangeSchema.optional(),
});
export type GoalData = z.infer<typeof goalSchema>;

/** A public source an editor's note cites: one a reader can open and check. */
export const citationSchema = z.strictObject({
  /** Title of the page or document, as it is published. */
  title: textSchema,
  /** Its address. */
  url: z.url({ error: 'expected a full web address starting with https://' }),
  /** Language of the title: Bokmål, Nynorsk or Danish. */
  lang: z.enum(['nb', 'nn', 'da'], { error: 'expected the language of the title: "nb", "nn" or "da"' }),
});
export type CitationData = z.infer<typeof citationSchema>;

/**
 * Editor's note for a county entry: which county authority covers the 2011 county's area today
 * (after the regional reforms of 2018–2024), with the public sources it was checked against.
 */
export const todayNoteSchema = z.strictObject(
  {
    /** The note in Danish. */
    da: textSchema,
    /** The note in Norwegian Bokmål. */
    nb: textSchema,
    /** The public sources the note was checked against (at least one). */
    sources: z.array(citationSchema).min(1, { error: 'expected at least one source (title and url) the note was checked against' }),
  },
  { error: 'expected da, nb and sources (a list of title and url)' },
);
export type TodayNoteData = z.infer<typeof todayNoteSchema>;

/** A measurable target, as the source states it. */
export const targetSchema = z.strictObject({
  /** The target sentence exactly as published. */
  text: textSchema,
  /** The seed lines it stands on; left out for a target an editor adds. */
  lines: lineRangeSchema.optional(),
  /** The number in the target, where the source gives one. */
  value: z.number({ error: 'expected a number, e.g. 85 or 0.5' }).optional(),
  /** Unit of `value`. */
  unit: z.enum(['percent'], { error: 'expected "percent"' }).optional(),
  /** Direction of the target relative to `value`. */
  comparator: z
    .enum(['at-least', 'increase-by', 'fewer'], { error: 'expected at-least, increase-by or fewer' })
    .optional(),
  /** Whether the value is a yearly rate. */
  perYear: z.boolean().optional(),
  /** Year by which the target should be met. */
  year: z
    .number({ error: 'expected a year as a number, e.g. 2025' })
    .int({ error: 'expected a whole year, e.g. 2025' })
    .min(1990, { error: 'expected a year from 1990 on' })
    .max(currentYear + 50, { error: `expected a year no later than ${currentYear + 50}` })
    .optional(),
  /** Editor's note on a flaw in the source (e.g. a sentence cut off), in both UI languages. */
  note: bilingualTextSchema.optional(),
});
export type TargetData = z.infer<typeof targetSchema>;

/** Builds the entry schema; `refs` are Astro's `reference()` in a build, plain ids elsewhere. */
export function createEntrySchema<Source extends z.ZodType, Theme extends z.ZodType, Entry extends z.ZodType>(refs: {
  source: Source;
  theme: Theme;
  entry: Entry;
}) {
  /** One concrete action, as published, tagged with themes. */
  const actionSchema = z.strictObject({
    /** Anchor id, unique within the entry. */
    id: itemIdSchema,
    /** The action exactly as published. */
    text: textSchema,
    /** The seed lines it stands on; left out for an action an editor adds. */
    lines: lineRangeSchema.optional(),
    /** Themes the action works with (ids of files in content/themes/). */
    themes: z.array(refs.theme).min(1, {
      error: 'expected at least one theme id from content/themes/, e.g. [volunteering]',
    }),
  });

  /** A passage of running text from the source, with the heading it stood under. */
  const passageSchema = z.strictObject({
    heading: textSchema.optional(),
    paragraphs: z.array(textSchema).min(1, { error: 'expected at least one paragraph' }),
  });

  return z
    .strictObject({
      /** Heading of the entry, in the source's language. */
      title: textSchema,
      /** What part of the source the entry stands for. */
      kind: entryKindSchema,
      /** The source document (id of a file in content/sources/). */
      source: refs.source,
      /** Position in the source document; entries are listed in this order. */
      order: z.number({ error: 'expected a whole number' }).int().nonnegative(),
      /** Number the source gives the item (the Danish focus areas are numbered 1–7). */
      number: z.number().int().positive().optional(),
      /** Language of the source text in this entry. */
      language: localeSchema,
      /** Country of the organisation. */
      country: countrySchema,
      /** The organisation whose plan this is, as the source names it. */
      organisation: textSchema,
      /** Goal statement(s), as published. */
      goal: z.array(goalSchema).default([]),
      /** Other wording of the heading where the source repeats it differently. */
      actionsHeading: textSchema.optional(),
      /** The line that introduces the list of actions or principles (e.g. "Nordland skal:"), as published. */
      listIntro: textSchema.optional(),
      /** Concrete actions, in source order. */
      actions: z.array(actionSchema).default([]),
      /** Measurable targets, in source order. */
      targets: z.array(targetSchema).default([]),
      /** Principles the source lays down (the Danish "dogmer"). */
      principles: z.array(actionSchema).default([]),
      /** Running text that is neither goal nor action (the note's introduction and section headings). */
      passages: z.array(passageSchema).default([]),
      /** Places named in the text. */
      places: z.array(textSchema).default([]),
      /** Programmes, projects and events named in the text. */
      programmes: z.array(textSchema).default([]),
      /** Themes of the entry as a whole, beyond those of its actions (for entries without actions). */
      themes: z.array(refs.theme).default([]),
      /** Short summary written by us, in both UI languages. */
      summary: bilingualTextSchema,
      /** Entries the source itself ties to this one (ids of entries). */
      seeAlso: z.array(refs.entry).default([]),
      /** County entries: editor's note on which county authority covers the area today, with its sources. */
      today: todayNoteSchema.optional(),
      /** Where the text comes from in the seed; left out for entries editors write themselves. */
      provenance: provenanceSchema.optional(),
    })
    .superRefine((entry, context) => {
      const seen = new Set<string>();
      for (const [index, item] of [...entry.actions, ...entry.principles].entries()) {
        if (seen.has(item.id)) {
          context.addIssue({
            code: 'custom',
            path: [index < entry.actions.length ? 'actions' : 'principles'],
            message: `duplicate item id "${item.id}" (expected every action and principle to have its own id)`,
          });
        }
        seen.add(item.id);
      }
      if (entry.today && entry.kind !== 'county') {
        context.addIssue({ code: 'custom', path: ['today'], message: `a note on today's county authority on a ${entry.kind} entry (expected it only on county entries)` });
      }
      const items = entry.actions.length + entry.principles.length + entry.targets.length + entry.passages.length;
      if (items === 0) {
        context.addIssue({
          code: 'custom',
          path: ['actions'],
          message: 'no actions, targets, principles or passages (expected at least one action)',
        });
      }
    });
}

/** Entry schema with references as plain ids: for the importer, the content check and tests. */
export const entrySchema = createEntrySchema({ source: textSchema, theme: textSchema, entry: textSchema });
export type EntryData = z.infer<typeof entrySchema>;
export type ActionData = EntryData['actions'][number];
