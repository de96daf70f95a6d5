import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_CHROME } from '../lib/importer/parse-luk.ts';
import { rangesOfEntry } from '../lib/line-ranges.ts';
import type { LineRange } from '../schemas/index.ts';
import { getKnowledgeBase, type Source } from './knowledge-base.ts';

/** One physical line of a seed file, numbered as an editor sees it. */
export interface SeedLineView {
  number: number;
  text: string;
  /** A line of the web page's frame (menu, "to the top"), not of the document. */
  chrome: boolean;
}

const cache = new Map<string, string>();

/** The seed file exactly as it is in `seeds/`. */
export function readSeed(seed: string): string {
  let raw = cache.get(seed);
  if (raw === undefined) {
    raw = readFileSync(join(process.cwd(), 'seeds', seed), 'utf8');
    cache.set(seed, raw);
  }
  return raw;
}

/** The seed's lines, one per line of the file (a final newline does not make a line of its own). */
export function seedLines(seed: string): SeedLineView[] {
  const physical = readSeed(seed).replace(/^\uFEFF/u, '').replace(/\r?\n$/u, '').split(/\r?\n/u);
  return physical.map((text, index) => ({ number: index + 1, text, chrome: SITE_CHROME.some((pattern) => pattern.test(text.trim())) }));
}

/** Every line range the source's entries link to. */
export async function rangesOfSource(source: Source): Promise<LineRange[]> {
  const { entriesBySource } = await getKnowledgeBase();
  return (entriesBySource.get(source.id) ?? []).flatMap((entry) => rangesOfEntry(entry.data));
}
