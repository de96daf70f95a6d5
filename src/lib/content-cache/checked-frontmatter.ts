// The content check parses every MDX file's frontmatter before Astro loads any content, and then
// Astro's glob loader parses all of it again (MDX's getEntryInfo: js-yaml over every file, even an
// unchanged one whose stored data it keeps). This hands the check's parse to the loader: at 10,000
// entries it is about 1 s of the build's CPU time, all of it before the first page renders.
//
// A file's parse is only handed over where it is exactly what Astro would get: the file's text is
// the text Astro reads (same string), the YAML was read by js-yaml, the parser Astro uses, and it
// has nothing that js-yaml's default schema (Astro's) reads differently from its core schema (the
// check's): no date, no merge key, no tag. Any other file, and any file changed since the check
// (in `astro dev`), is parsed by Astro as before.
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';

/** What MDX's getEntryInfo returns for a file (its frontmatter, and the body after it). */
export interface CheckedFrontmatter {
  /** The file's whole text, as read. */
  contents: string;
  data: Record<string, unknown>;
  /** The body, trimmed, as Astro's MDX integration gives it. */
  body: string;
  /** The frontmatter's YAML text, from the newline after the opening fence. */
  rawData: string;
}

/** What js-yaml's default schema reads differently from its core schema: dates (timestamps), merge keys, and tags. */
const DEFAULT_SCHEMA_ONLY = /\d{4}-\d\d?-\d\d?|<<|!/u;

/** Whether js-yaml's default schema (Astro's) gives the same data as the core schema (the check's) for this YAML. */
export function sameUnderBothSchemas(yaml: string): boolean {
  return !DEFAULT_SCHEMA_ONLY.test(yaml);
}

/**
 * What `getEntryInfo` returns for an MDX file whose frontmatter (`yaml`, from the line after the
 * opening fence) parsed to `data` and whose `body` follows the closing fence.
 */
export function checkedFrontmatter(contents: string, yaml: string, data: unknown, body: string): CheckedFrontmatter {
  return { contents, data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, body: body.trim(), rawData: `\n${yaml}` };
}

// The check runs in the Astro config's module graph and the loaders in the content config's
// (Vite's), which share no module state: the hand-over goes through one global slot.
const SLOT = Symbol.for('lokal-udvikling.checked-frontmatter');
type Slot = { [SLOT]?: Map<string, CheckedFrontmatter> };

/** Offers the check's parses (by absolute file path) to the loaders of this process. */
export function offerCheckedFrontmatter(parsed: Map<string, CheckedFrontmatter>): void {
  (globalThis as Slot)[SLOT] = parsed;
}

/** The parse of `path` the check offered, if the file still reads `contents`; each is taken once. */
export function takeCheckedFrontmatter(path: string, contents: string): CheckedFrontmatter | undefined {
  const offered = (globalThis as Slot)[SLOT];
  const parsed = offered?.get(path);
  if (!parsed) return undefined;
  offered!.delete(path); // the data now belongs to the store; a later sync (dev) parses the file again
  return parsed.contents === contents ? parsed : undefined;
}

type EntryTypes = Map<string, { getEntryInfo: (params: { contents: string; fileUrl: URL }) => unknown }>;

/**
 * Wraps a glob loader of MDX files so that it takes the check's parse of a file instead of
 * parsing it again. Astro passes loaders its entry types in the context (not in the public type);
 * without them the loader runs unchanged.
 */
export function reuseCheckedFrontmatter(loader: Loader): Loader {
  return {
    ...loader,
    load: (context) => {
      const entryTypes = (context as LoaderContext & { entryTypes?: EntryTypes }).entryTypes;
      const mdx = entryTypes?.get('.mdx');
      if (!entryTypes || !mdx) return loader.load(context);
      const withChecked: EntryTypes = new Map(entryTypes);
      withChecked.set('.mdx', {
        ...mdx,
        getEntryInfo: (params) => {
          const checked = takeCheckedFrontmatter(fileURLToPath(params.fileUrl), params.contents);
          if (!checked) return mdx.getEntryInfo(params);
          return { data: checked.data, body: checked.body, slug: checked.data['slug'], rawData: checked.rawData };
        },
      });
      return loader.load({ ...context, entryTypes: withChecked } as LoaderContext);
    },
  };
}
