import { buildDataset } from '../lib/open-data/dcat.ts';
import { buildDataFiles, type DataFile } from '../lib/open-data/files.ts';
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

const cache = new Map<string, Promise<DataFile[]>>();

/** Every file under /data/, the DCAT description last; built once per build. */
export function getDataFiles(site: URL | undefined): Promise<DataFile[]> {
  const key = site?.href ?? '';
  let files = cache.get(key);
  if (!files) {
    files = getOpenDataInput().then((input) => {
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
      return [...data, dataset];
    });
    cache.set(key, files);
  }
  return files;
}

/** One data file by its path under /data/. */
export async function getDataFile(site: URL | undefined, name: string): Promise<DataFile> {
  const file = (await getDataFiles(site)).find((candidate) => candidate.name === name);
  if (!file) throw new Error(`no data file "${name}"`);
  return file;
}
