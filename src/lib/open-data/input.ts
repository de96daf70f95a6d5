import type { EntryData, GlossaryTermData, SourceData, ThemeData } from '../../schemas/index.ts';

/** What the open-data files are made from: the collections with references as plain ids. */
export interface OpenDataInput {
  sources: (SourceData & { id: string })[];
  entries: (EntryData & { id: string })[];
  themes: (ThemeData & { id: string })[];
  glossary: GlossaryTermData[];
}
