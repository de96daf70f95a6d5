import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { changedInputs, collectInputs, type ContentInputs } from './inputs.ts';

/** Where the inputs of the last build's data store are recorded, beside the store in Astro's cacheDir. */
export const INPUTS_FILE = 'content-inputs.json';

export interface ContentCacheOptions {
  /** Files whose local imports shape the stored data: the content config, the Astro config (its integrations, e.g. the content check), the importer's writer. */
  roots: readonly string[];
  /** Folders whose every file counts (the schemas, even a module nothing imports yet). */
  folders: readonly string[];
  /** The content folder: another folder is another store. */
  contentDir: string;
}

/** Astro's stores: `<cacheDir>/data-store.json` for builds, `.astro/data-store.json` for `astro dev` (and their chunked `data-store/` forms). */
function clearStores(cacheDir: string, dotAstroDir: string): void {
  for (const dir of [cacheDir, dotAstroDir]) {
    for (const name of ['data-store.json', 'data-store']) rmSync(join(dir, name), { recursive: true, force: true });
  }
}

/**
 * Keeps Astro's content cache (no `astro build --force`) without stale data: before Astro syncs
 * the content, it digests what the stored entries depend on beyond what Astro checks itself
 * (see inputs.ts) and clears the data stores when that changed since the last build. Unchanged
 * entries are then not parsed again; a changed entry file is (Astro compares each file's digest).
 */
export function contentCache(options: ContentCacheOptions): AstroIntegration {
  return {
    name: 'content-cache',
    hooks: {
      'astro:config:done': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const cacheDir = fileURLToPath(config.cacheDir);
        const current = collectInputs(root, options.roots, options.folders, { contentDir: resolve(root, options.contentDir) });
        const recordFile = join(cacheDir, INPUTS_FILE);
        let previous: ContentInputs | undefined;
        try {
          previous = JSON.parse(readFileSync(recordFile, 'utf8')) as ContentInputs;
        } catch {
          previous = undefined;
        }
        const changed = previous ? changedInputs(previous, current) : ['no record of the last build'];
        if (changed.length === 0) {
          logger.info(`content inputs unchanged (${Object.keys(current.files).length} modules, ${Object.keys(current.packages).length} packages): keeping the content cache`);
          return;
        }
        clearStores(cacheDir, join(root, '.astro'));
        mkdirSync(cacheDir, { recursive: true });
        writeFileSync(recordFile, `${JSON.stringify(current, null, 2)}\n`);
        const shown = changed.slice(0, 6).join(', ') + (changed.length > 6 ? ` and ${changed.length - 6} more` : '');
        logger.info(`content cache cleared: ${shown}`);
        if (!existsSync(recordFile)) logger.warn(`could not record the content inputs in ${recordFile}`);
      },
    },
  };
}
