import type { EntryKind, GoalData, LineRange, SourceData, TargetData } from '../../schemas/index.ts';

/** An action or principle as the importer finds it: no themes yet (editors tag them). */
export interface DraftItem {
  id: string;
  text: string;
  /** Seed lines the item stands on. */
  lines: LineRange;
}

/** An entry as the importer finds it in a seed, before editors add themes and summaries. */
export interface DraftEntry {
  /** File name without extension: the entry's URL slug. */
  slug: string;
  title: string;
  kind: EntryKind;
  order: number;
  number?: number;
  organisation: string;
  goal: GoalData[];
  actionsHeading?: string;
  listIntro?: string;
  actions: DraftItem[];
  targets: TargetData[];
  principles: DraftItem[];
  passages: { heading?: string; paragraphs: string[] }[];
  /** Slugs of entries in the same source that the source ties to this one. */
  seeAlso: string[];
  lines: LineRange;
}

/** A parsed seed: the source's metadata and its entries in document order. */
export interface ParsedSeed {
  /** Id of the source: its file name in content/sources/ and its folder in content/entries/. */
  id: string;
  source: SourceData;
  entries: DraftEntry[];
  /** Things the parser noticed in the source that an editor may want to know. */
  remarks: string[];
}
