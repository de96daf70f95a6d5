import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseLukOverview } from './parse-luk.ts';
import { parseViborgNote } from './parse-viborg.ts';
import { renderSeed } from './render.ts';
import type { ParsedSeed } from './types.ts';
import { writeGeneratedFiles, type WriteOutcome } from './write-files.ts';

/** Which parser reads which seed: by a line only that document has. */
const PARSERS: { recognise: RegExp; parse: (raw: string, seed: string) => ParsedSeed }[] = [
  { recognise: /Hvordan fylkeskommunene arbeider med LUK/u, parse: parseLukOverview },
  { recognise: /Landdistriktsudvalgets drøftelser/u, parse: parseViborgNote },
];

/** Parses one seed with the parser that recognises it. */
export function parseSeed(raw: string, seed: string): ParsedSeed {
  const parser = PARSERS.find((candidate) => candidate.recognise.test(raw));
  if (!parser) throw new Error(`${seed}: no parser recognises this document`);
  return parser.parse(raw, seed);
}

export interface ImportReport {
  outcomes: Map<string, WriteOutcome>;
  remarks: string[];
  entries: number;
  actions: number;
}

/** Turns every seed in `seedsDir` into files under `contentDir`. */
export function importSeeds(seedsDir: string, contentDir: string, options: { force?: boolean } = {}): ImportReport {
  const files = new Map<string, string>();
  const remarks: string[] = [];
  let entries = 0;
  let actions = 0;
  for (const seed of readdirSync(seedsDir).filter((name) => name.endsWith('.txt')).sort()) {
    const parsed = parseSeed(readFileSync(join(seedsDir, seed), 'utf8'), seed);
    remarks.push(...parsed.remarks.map((remark) => `${seed}: ${remark}`));
    entries += parsed.entries.length;
    actions += parsed.entries.reduce((sum, entry) => sum + entry.actions.length, 0);
    for (const [path, text] of renderSeed(parsed)) files.set(path, text);
  }
  return { outcomes: writeGeneratedFiles(contentDir, files, options.force), remarks, entries, actions };
}
