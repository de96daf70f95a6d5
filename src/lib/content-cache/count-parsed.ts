import type { Loader } from 'astro/loaders';

/** The line a loader logs after loading: how many of the collection's entries were parsed (validated against the schema) in this build. */
export function parsedSummary(collection: string, parsed: number, stored: number): string {
  return `${collection}: parsed ${parsed} of ${stored} entries (${Math.max(0, stored - parsed)} kept from the content cache)`;
}

/**
 * Wraps a loader so that it logs how many entries it parsed. Astro's glob loader parses only
 * files whose digest changed since the last build and keeps the stored data of the others, so
 * this line shows whether the cache was used (0 parsed on an unchanged rebuild) and what a
 * change cost. The `file()` loader parses its whole file on every build.
 */
export function countParsed(loader: Loader): Loader {
  return {
    ...loader,
    load: async (context) => {
      let parsed = 0;
      await loader.load({
        ...context,
        parseData: (props) => {
          parsed++;
          return context.parseData(props);
        },
      });
      context.logger.info(parsedSummary(context.collection, parsed, context.store.keys().length));
    },
  };
}
