/**
 * Synthetic content for the benchmark, in the project's own schemas: a full content folder
 * (sources, N entries, and the real themes, glossary and text pages) in any directory.
 *
 * Proportions follow the real content: per 31 entries, a Danish municipal note of 13 entries
 * (background, principles, 7 focus areas, 4 goal groups with targets) and a Norwegian overview of
 * 18 county entries (goal, 2–7 actions, places). Text comes from the seeds (see text.ts),
 * themes are the real theme ids, and actions mention real glossary terms now and then.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify, parse } from 'yaml';
import { PLACES, PROGRAMMES } from '../../src/lib/importer/gazetteer.ts';
import type { EntryData, SourceData, TargetData } from '../../src/schemas/index.ts';
import { readLogicalLines } from '../../src/lib/importer/lines.ts';
import { buildTextModel, createRandom, excerpt, excerptsOf, paragraph, sentence, type Excerpts, type Random, type TextModel } from './text.ts';

/** Entries per pair of synthetic sources, as in the real content: 13 Danish + 18 Norwegian. */
export const DANISH_PER_SOURCE = 13;
export const NORWEGIAN_PER_SOURCE = 18;
export const ENTRIES_PER_PAIR = DANISH_PER_SOURCE + NORWEGIAN_PER_SOURCE;

const MUNICIPALITIES = [
  'Viborg', 'Skive', 'Holstebro', 'Herning', 'Silkeborg', 'Randers', 'Mariagerfjord', 'Rebild', 'Vesthimmerland',
  'Thisted', 'Morsø', 'Lemvig', 'Struer', 'Ringkøbing-Skjern', 'Ikast-Brande', 'Favrskov', 'Syddjurs', 'Norddjurs',
  'Odder', 'Samsø', 'Tønder', 'Haderslev', 'Varde', 'Vejen', 'Faaborg-Midtfyn', 'Svendborg', 'Lolland', 'Guldborgsund',
  'Bornholm', 'Kalundborg',
];
const COUNTIES = [
  'Finnmark', 'Troms', 'Nordland', 'Nord-Trøndelag', 'Sør-Trøndelag', 'Møre og Romsdal', 'Sogn og Fjordane',
  'Hordaland', 'Rogaland', 'Vest-Agder', 'Aust-Agder', 'Telemark', 'Vestfold', 'Buskerud', 'Oppland', 'Hedmark',
  'Akershus', 'Østfold',
];
const DANISH_SEED = '000_525ee6a2bbe54568.txt';
const NORWEGIAN_SEED = '004_5e30ac666280c945.txt';

/** What the generator needs from the real project. */
export interface Vocabulary {
  /** Editors' text (summaries, titles, passages). */
  da: TextModel;
  nb: TextModel;
  /** Source text, verbatim from each language's seed. */
  original: { da: Excerpts; nb: Excerpts };
  themeIds: string[];
  /** Glossary pairs, so that some action texts mention a term (and get the other language's term as search word). */
  terms: { da: string; nb: string }[];
}

export function loadVocabulary(projectDir: string): Vocabulary {
  const seed = (name: string) => readFileSync(join(projectDir, 'seeds', name), 'utf8');
  const themeIds = readdirSync(join(projectDir, 'content/themes'))
    .filter((name) => name.endsWith('.yaml'))
    .map((name) => name.replace(/\.yaml$/u, ''))
    .sort();
  const glossary = parse(readFileSync(join(projectDir, 'content/glossary.yaml'), 'utf8')) as { da: string; nb: string }[];
  const original = (name: string) => excerptsOf(seed(name), readLogicalLines(seed(name)).map((line) => line.text));
  return {
    da: buildTextModel(seed(DANISH_SEED)),
    nb: buildTextModel(seed(NORWEGIAN_SEED)),
    original: { da: original(DANISH_SEED), nb: original(NORWEGIAN_SEED) },
    themeIds,
    terms: glossary.map(({ da, nb }) => ({ da, nb })),
  };
}

export interface GeneratedSource {
  id: string;
  data: SourceData;
}
export interface GeneratedEntry {
  /** `<source>/<slug>` */
  id: string;
  data: EntryData;
}

const pad = (value: number, width: number) => String(value).padStart(width, '0');

function themesFor(random: Random, vocabulary: Vocabulary, weights: readonly number[]): string[] {
  const count = random.pick(weights);
  return random.sample(vocabulary.themeIds, count);
}

/** An action's text: a run of the seed, as published (glossary terms occur in it as they do in the seed). */
function actionText(random: Random, vocabulary: Vocabulary, language: 'da' | 'nb', length: number): string {
  return excerpt(vocabulary.original[language], random, length);
}

/** Provenance within the seed's lines. */
function provenance(random: Random, vocabulary: Vocabulary, language: 'da' | 'nb'): EntryData['provenance'] {
  const first = random.int(1, vocabulary.original[language].lines - 10);
  return { lines: [first, first + random.int(2, 9)] };
}

function summary(random: Random, vocabulary: Vocabulary, length: number) {
  return { da: paragraph(vocabulary.da, random, length), nb: paragraph(vocabulary.nb, random, Math.round(length * 0.95)) };
}

function danishSource(index: number): GeneratedSource {
  const municipality = MUNICIPALITIES[index % MUNICIPALITIES.length] as string;
  const round = Math.floor(index / MUNICIPALITIES.length);
  return {
    id: `dk-${pad(index, 4)}`,
    data: {
      title: `Landdistriktsudvalgets drøftelser og indsatser i ${municipality} Kommune${round > 0 ? ` (${round + 1}. notat)` : ''}`,
      publisher: `${municipality} Kommune, Landdistriktsudvalget`,
      period: { da: `Drøftelser ${2015 + (index % 8)}–${2016 + (index % 8)}`, nb: `Drøftinger ${2015 + (index % 8)}–${2016 + (index % 8)}` },
      language: 'da',
      country: 'DK',
      seed: DANISH_SEED,
      description: {
        da: `Syntetisk notat nr. ${index + 1} fra ${municipality} Kommunes Landdistriktsudvalg: indsatsområder, målsætninger, dogmer og gennemførte indsatser.`,
        nb: `Syntetisk notat nr. ${index + 1} fra utvalget for distriktene i ${municipality} kommune: innsatsområder, mål, dogmer og gjennomførte tiltak.`,
      },
      order: index * 2,
    },
  };
}

function norwegianSource(index: number): GeneratedSource {
  const year = 2011 + (index % 10);
  return {
    id: `no-${pad(index, 4)}`,
    data: {
      title: `Hvordan fylkeskommunene arbeider med LUK i ${year} (oversikt ${index + 1})`,
      publisher: 'Kommunal- og regionaldepartementet',
      period: { da: `${year} (syntetisk oversigt)`, nb: `${year} (syntetisk oversikt)` },
      year,
      url: `https://www.regjeringen.no/id${642906 + index}/`,
      language: 'nb',
      country: 'NO',
      seed: NORWEGIAN_SEED,
      description: {
        da: `Syntetisk oversigt nr. ${index + 1} over, hvordan fylkeskommunerne arbejder med lokal samfundsudvikling i kommunerne.`,
        nb: `Syntetisk oversikt nr. ${index + 1} over hvordan fylkeskommunene arbeider med lokal samfunnsutvikling i kommunene.`,
      },
      order: index * 2 + 1,
    },
  };
}

function target(random: Random, vocabulary: Vocabulary): TargetData {
  const value = random.pick([2, 5, 10, 25, 50, 75, 85, 90]);
  const comparator = random.pick(['at-least', 'increase-by', 'fewer'] as const);
  const year = random.pick([2022, 2025, 2030]);
  return {
    text: excerpt(vocabulary.original.da, random, random.int(50, 130)),
    value,
    unit: 'percent',
    comparator,
    year,
    ...(random.chance(0.1) ? { perYear: true } : {}),
  };
}

/** The 13 entries of a Danish note, in the real note's shape. */
function danishEntries(random: Random, vocabulary: Vocabulary, source: GeneratedSource): GeneratedEntry[] {
  const organisation = source.data.publisher;
  const da = vocabulary.da;
  const base: Pick<EntryData, 'source' | 'language' | 'country' | 'organisation' | 'goal' | 'actions' | 'targets' | 'principles' | 'passages' | 'places' | 'programmes' | 'themes' | 'seeAlso'> = {
    source: source.id, language: 'da', country: 'DK', organisation, goal: [], actions: [], targets: [], principles: [], passages: [], places: [], programmes: [], themes: [], seeAlso: [],
  };
  const lines = (_order: number) => provenance(random, vocabulary, 'da');
  const entries: GeneratedEntry[] = [];
  const actions = (count: number, min: number, max: number) =>
    Array.from({ length: count }, (_, i) => ({ id: `a${i + 1}`, text: actionText(random, vocabulary, 'da', random.int(min, max)), themes: themesFor(random, vocabulary, [1, 1, 2, 2, 2, 3]) }));
  entries.push({
    id: `${source.id}/baggrund`,
    data: {
      ...base, title: 'Baggrund og proces', kind: 'process', order: 0,
      passages: [
        { paragraphs: [paragraph(da, random, 250), paragraph(da, random, 150)] },
        { heading: sentence(da, random, 40).slice(0, -1), paragraphs: [paragraph(da, random, 300), paragraph(da, random, 60)] },
        { heading: 'Indsatsen indtil nu', paragraphs: [paragraph(da, random, 60)] },
      ],
      themes: random.sample(vocabulary.themeIds, 2),
      programmes: random.sample(PROGRAMMES, 1),
      summary: summary(random, vocabulary, random.int(450, 600)),
      provenance: lines(0),
    },
  });
  entries.push({
    id: `${source.id}/dogmer`,
    data: {
      ...base, title: 'Dogmer', kind: 'principles', order: 1,
      principles: Array.from({ length: 3 }, (_, i) => ({ id: `p${i + 1}`, text: excerpt(vocabulary.original.da, random, random.int(60, 160)), themes: themesFor(random, vocabulary, [1, 2]) })),
      summary: summary(random, vocabulary, random.int(350, 450)),
      provenance: lines(1),
    },
  });
  for (let number = 1; number <= 7; number++) {
    entries.push({
      id: `${source.id}/indsatsomraade-${number}`,
      data: {
        ...base, title: sentence(da, random, random.int(20, 50)).slice(0, -1), kind: 'focus-area', order: number + 1, number,
        actions: actions(random.int(1, 5), 20, 100),
        programmes: random.chance(0.4) ? random.sample(PROGRAMMES, random.int(1, 2)) : [],
        seeAlso: number === 7 ? [`${source.id}/maalsaetning-2`] : [],
        summary: summary(random, vocabulary, random.int(240, 480)),
        provenance: lines(number + 1),
      },
    });
  }
  for (let group = 1; group <= 4; group++) {
    const count = random.int(0, 3);
    entries.push({
      id: `${source.id}/maalsaetning-${group}`,
      data: {
        ...base, title: `Målsætning: ${sentence(da, random, random.int(15, 35)).slice(0, -1)}`, kind: 'goal-group', order: group + 8,
        actions: actions(count, 30, 160),
        targets: Array.from({ length: random.int(1, 3) }, () => target(random, vocabulary)),
        themes: count === 0 ? random.sample(vocabulary.themeIds, 2) : random.chance(0.3) ? random.sample(vocabulary.themeIds, 1) : [],
        places: random.chance(0.25) ? [`${organisation.split(',')[0]}`] : [],
        seeAlso: group === 2 ? [`${source.id}/indsatsomraade-7`] : [],
        summary: summary(random, vocabulary, random.int(390, 510)),
        provenance: lines(group + 8),
      },
    });
  }
  return entries;
}

/** The 18 county entries of a Norwegian overview. */
function norwegianEntries(random: Random, vocabulary: Vocabulary, source: GeneratedSource): GeneratedEntry[] {
  return COUNTIES.map((county, index) => {
    const organisation = `${county} fylkeskommune`;
    return {
      id: `${source.id}/${county.toLowerCase().replace(/ø/gu, 'o').replace(/å/gu, 'a').replace(/æ/gu, 'ae').replace(/[^a-z]+/gu, '-')}`,
      data: {
        title: organisation, kind: 'county', source: source.id, order: NORWEGIAN_PER_SOURCE - index, language: 'nb', country: 'NO', organisation,
        goal: [{ text: excerpt(vocabulary.original.nb, random, random.int(120, 370)) }],
        listIntro: `${organisation} skal:`,
        actions: Array.from({ length: random.int(2, 7) }, (_, i) => ({ id: `a${i + 1}`, text: actionText(random, vocabulary, 'nb', random.int(30, 260)), themes: themesFor(random, vocabulary, [1, 1, 2, 2, 2, 2, 3]) })),
        targets: [], principles: [], passages: [], themes: [], seeAlso: [],
        places: random.chance(0.4) ? random.sample(PLACES.slice(0, -1), random.int(2, 8)) : [],
        programmes: random.chance(0.35) ? random.sample(PROGRAMMES, random.int(1, 2)) : [],
        summary: summary(random, vocabulary, random.int(430, 690)),
        provenance: provenance(random, vocabulary, 'nb'),
      },
    };
  });
}

/** Sources and exactly `count` entries, deterministically from `seed`. */
export function generateKnowledgeBase(vocabulary: Vocabulary, count: number, seed = 1): { sources: GeneratedSource[]; entries: GeneratedEntry[] } {
  const random = createRandom(seed);
  const sources: GeneratedSource[] = [];
  const entries: GeneratedEntry[] = [];
  for (let pair = 0; entries.length < count; pair++) {
    for (const make of [danishSource, norwegianSource] as const) {
      if (entries.length >= count) break;
      const source = make(pair);
      const own = (make === danishSource ? danishEntries : norwegianEntries)(random, vocabulary, source).slice(0, count - entries.length);
      // A cut-off note keeps its cross-references only where both ends exist.
      const ids = new Set(own.map((entry) => entry.id));
      for (const entry of own) entry.data.seeAlso = entry.data.seeAlso.filter((id) => ids.has(id));
      sources.push(source);
      entries.push(...own);
    }
  }
  return { sources, entries };
}

/** An entry file as an editor would write it: all data in the frontmatter, no body. */
export function entryFile(entry: GeneratedEntry): string {
  return `---\n${stringify(entry.data, { lineWidth: 0 })}---\n`;
}

/**
 * Writes a complete content folder for `count` entries to `dir` (emptied first): generated
 * sources and entries, and the project's real themes, glossary and text pages.
 */
export function writeContent(projectDir: string, dir: string, count: number, seed = 1): { sources: number; entries: GeneratedEntry[] } {
  const vocabulary = loadVocabulary(projectDir);
  const { sources, entries } = generateKnowledgeBase(vocabulary, count, seed);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'sources'), { recursive: true });
  for (const name of ['themes', 'pages']) cpSync(join(projectDir, 'content', name), join(dir, name), { recursive: true });
  cpSync(join(projectDir, 'content/glossary.yaml'), join(dir, 'glossary.yaml'));
  for (const source of sources) {
    writeFileSync(join(dir, 'sources', `${source.id}.yaml`), stringify(source.data, { lineWidth: 0 }));
    mkdirSync(join(dir, 'entries', source.id), { recursive: true });
  }
  for (const entry of entries) writeFileSync(join(dir, 'entries', `${entry.id}.mdx`), entryFile(entry));
  return { sources: sources.length, entries };
}
