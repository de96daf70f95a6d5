import { buildDataset } from '../lib/open-data/dcat.ts';
import { buildDataFiles, byteSize, type DataFile } from '../lib/open-data/files.ts';
import type { OpenDataInput } from '../lib/open-data/input.ts';
import { getChanges } from './changes.ts';
import { getKnowledgeBase } from './knowledge-base.ts';

/** The collections as plain data (references as ids), for the open-data files. */
export async function getOpenDataInput(): Promise<OpenDataInput> {
  const { sources, entries, themes, glossary } = await getKnowledgeBase();
  return {
    sources: sources.map((source) => ({ ...source.data, id: source.id })),
    entries: entries.map((entry) => {
      const { data } = entry;
      const item = <T extends { themes: { id: string }[] }>(action: T) => ({ ...action, themes: action.themes.map((theme) => theme.id) });
      return {
        ...data,
        id: entry.id,
        source: data.source.id,
        actions: data.actions.map(item),
        principles: data.principles.map(item),
        themes: data.themes.map((theme) => theme.id),
        seeAlso: data.seeAlso.map((reference) => reference.id),
      };
    }),
    themes: themes.map((theme) => ({ ...theme.data, id: theme.id })),
    glossary: glossary.map((term) => ({ ...term.data, theme: term.data.theme?.id })),
  };
}

/** A file under /data/ as the data pages list it: everything but its content, and its size. */
export type DataFileListing = Omit<DataFile, 'content'> & { bytes: number };

interface BuiltFiles {
  listing: DataFileListing[];
  /** Contents not yet taken (see takeDataFileContent). */
  contents: Map<string, string>;
}

const cache = new Map<string, Promise<BuiltFiles>>();

async function buildAll(site: URL | undefined): Promise<BuiltFiles> {
  const input = await getOpenDataInput();
  const data = buildDataFiles(input, site);
  const dataset: DataFile = {
    name: 'dataset.jsonld',
    mediaType: 'application/ld+json',
    format: 'JSON_LD',
    title: { da: 'Beskrivelse af datasættet (DCAT-AP)', nb: 'Beskrivelse av datasettet (DCAT-AP)' },
    description: {
      da: 'Datasættet beskrevet efter DCAT-AP i JSON-LD: titel, udgiver, kontakt, tema, licens, kilder og hver fil med medietype, størrelse og adresse.',
      nb: 'Datasettet beskrevet etter DCAT-AP i JSON-LD: tittel, utgiver, kontakt, tema, lisens, kilder og hver fil med medietype, størrelse og adresse.',
    },
    content: `${JSON.stringify(buildDataset(input, data, site, getChanges().changes[0]?.date), null, 2)}\n`,
  };
  const files = [...data, dataset];
  return {
    listing: files.map(({ content, ...file }) => ({ ...file, bytes: byteSize({ content }) })),
    contents: new Map(files.map((file) => [file.name, file.content])),
  };
}

const built = (site: URL | undefined) => {
  const key = site?.href ?? '';
  let files = cache.get(key);
  if (!files) cache.set(key, (files = buildAll(site)));
  return files;
};

/** Every file under /data/, the DCAT description last, without their contents; built once per build. */
export async function getDataFiles(site: URL | undefined): Promise<DataFileListing[]> {
  return (await built(site)).listing;
}

/**
 * The content of one file under /data/. A build writes each file once, so the content is let go
 * once taken: at 10,000 entries the files are about 120 MB of strings in memory, which would
 * otherwise stay for the rest of the build. Asked for again (the dev server), they are built again.
 */
export async function takeDataFileContent(site: URL | undefined, name: string): Promise<string> {
  let files = await built(site);
  if (!files.listing.some((file) => file.name === name)) throw new Error(`no data file "${name}"`);
  if (!files.contents.has(name)) {
    cache.delete(site?.href ?? '');
    files = await built(site);
  }
  const content = files.contents.get(name)!;
  files.contents.delete(name);
  return content;
}
