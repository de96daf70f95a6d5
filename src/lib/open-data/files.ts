import type { Locale } from '../../i18n/locales.ts';
import { themesOfEntry, type EntrySummary } from '../model.ts';
import { paths } from '../paths.ts';
import { buildThemeMatrix } from '../theme-index.ts';
import { LICENCE } from '../../publication.ts';
import { listCell, toCsv } from './csv.ts';
import { buildDataPackage } from './datapackage.ts';
import type { OpenDataInput } from './input.ts';
import { absoluteUrl } from './public-address.ts';
import { entriesFileSchema, jsonSchemaOf, themesFileSchema, type JsonFileName, type PublishedEntry } from './schemas.ts';

/** Where the data files live in the built site. */
export const DATA_DIR = '/data/';
export const dataPath = (name: string) => `${DATA_DIR}${name}`;
export const schemaName = (file: JsonFileName) => `schemas/${file.replace(/\.json$/u, '')}.schema.json`;

/** A downloadable file: what it is, for the Data page and the DCAT description, and its text. */
export interface DataFile {
  /** Path under /data/, e.g. "actions.csv". */
  name: string;
  mediaType: 'application/json' | 'text/csv' | 'application/schema+json' | 'application/ld+json';
  /** Name of the format in the EU file-type vocabulary (JSON, CSV, JSON_LD). */
  format: 'JSON' | 'CSV' | 'JSON_LD';
  title: Record<Locale, string>;
  description: Record<Locale, string>;
  /** The schema file this one conforms to, for the JSON files. */
  schema?: string;
  content: string;
}

type Site = URL | string | undefined;
const pagesOf = (site: Site, build: (locale: Locale) => string) => ({ da: absoluteUrl(build('da'), site), nb: absoluteUrl(build('nb'), site) });
const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

function summaryOf(entry: OpenDataInput['entries'][number]): EntrySummary {
  return {
    id: entry.id,
    title: entry.title,
    country: entry.country,
    language: entry.language,
    organisation: entry.organisation,
    themes: entry.themes,
    items: [...entry.actions, ...entry.principles].map((item) => ({ id: item.id, text: item.text, themes: item.themes })),
  };
}

/** The entries as published in entries.json (and, flattened, in the CSV files). */
export function publishedEntries(input: OpenDataInput, site: Site): PublishedEntry[] {
  return input.entries.map((entry) => {
    const item = (action: (typeof entry.actions)[number]) => ({
      id: action.id,
      text: action.text,
      themes: action.themes,
      ...(action.lines ? { lines: action.lines } : {}),
      pages: pagesOf(site, (l) => paths.action(l, entry.id, action.id)),
    });
    return {
      id: entry.id,
      source: entry.source,
      organisation: entry.organisation,
      country: entry.country,
      kind: entry.kind,
      ...(entry.number === undefined ? {} : { number: entry.number }),
      language: entry.language,
      title: entry.title,
      goal: entry.goal.map((goal) => ({ text: goal.text, ...(goal.lines ? { lines: goal.lines } : {}) })),
      ...(entry.listIntro ? { listIntro: entry.listIntro } : {}),
      actions: entry.actions.map(item),
      targets: entry.targets,
      principles: entry.principles.map(item),
      places: entry.places,
      programmes: entry.programmes,
      themes: [...themesOfEntry(summaryOf(entry))],
      summary: entry.summary,
      ...(entry.today ? { today: entry.today } : {}),
      ...(entry.provenance ? { lines: entry.provenance.lines } : {}),
      pages: pagesOf(site, (l) => paths.entry(l, entry.id)),
    };
  });
}

/** Every data file of the knowledge base, made from the same content the pages show. */
export function buildDataFiles(input: OpenDataInput, site: Site): DataFile[] {
  const schemaUrl = (file: JsonFileName) => absoluteUrl(dataPath(schemaName(file)), site);
  const entries = publishedEntries(input, site);
  const entriesJson = entriesFileSchema.parse({
    $schema: schemaUrl('entries.json'),
    licence: LICENCE.url,
    sources: input.sources.map((source) => ({
      id: source.id,
      title: source.title,
      publisher: source.publisher,
      ...(source.year === undefined ? {} : { year: source.year }),
      period: source.period,
      language: source.language,
      country: source.country,
      ...(source.url ? { url: source.url } : {}),
      seed: source.seed,
      pages: pagesOf(site, (l) => paths.source(l, source.id)),
    })),
    entries,
  });
  const summaries = input.entries.map(summaryOf);
  const itemCount = new Map<string, number>();
  for (const summary of summaries) for (const item of summary.items) for (const theme of new Set(item.themes)) itemCount.set(theme, (itemCount.get(theme) ?? 0) + 1);
  const themesJson = themesFileSchema.parse({
    $schema: schemaUrl('themes.json'),
    licence: LICENCE.url,
    themes: input.themes.map((theme) => ({
      id: theme.id,
      order: theme.order,
      da: { ...theme.da, page: absoluteUrl(paths.theme('da', theme.da.slug), site) },
      nb: { ...theme.nb, page: absoluteUrl(paths.theme('nb', theme.nb.slug), site) },
      actions: itemCount.get(theme.id) ?? 0,
    })),
  });
  const lines = (value: [number, number] | undefined) => [value?.[0], value?.[1]] as const;
  const themeIds = input.themes.map((theme) => theme.id);

  const files: DataFile[] = [
    {
      name: 'entries.json',
      mediaType: 'application/json',
      format: 'JSON',
      schema: schemaName('entries.json'),
      title: { da: 'Alle opslag (JSON)', nb: 'Alle oppføringer (JSON)' },
      description: {
        da: 'Hvert opslag med kilde, organisation, land, slags, mål, indsatser med temaer og kildelinjer, målbare mål med værdi, enhed, år og retning, dogmer, steder, programmer, resuméer på dansk og norsk, redaktionens note om, hvilken fylkeskommune der dækker området i dag, og sidernes adresser.',
        nb: 'Hver oppføring med kilde, organisasjon, land, type, mål, tiltak med temaer og kildelinjer, målbare mål med verdi, enhet, år og retning, dogmer, steder, programmer, sammendrag på dansk og norsk, redaksjonens merknad om hvilken fylkeskommune som dekker området i dag, og sidenes adresser.',
      },
      content: json(entriesJson),
    },
    {
      name: 'themes.json',
      mediaType: 'application/json',
      format: 'JSON',
      schema: schemaName('themes.json'),
      title: { da: 'Temaer (JSON)', nb: 'Temaer (JSON)' },
      description: {
        da: 'Temaerne på dansk og norsk: betegnelse, adresse, beskrivelse, søgeord og antal indsatser.',
        nb: 'Temaene på dansk og norsk: betegnelse, adresse, beskrivelse, søkeord og antall tiltak.',
      },
      content: json(themesJson),
    },
    {
      name: 'entries.csv',
      mediaType: 'text/csv',
      format: 'CSV',
      title: { da: 'Opslag (CSV)', nb: 'Oppføringer (CSV)' },
      description: { da: 'Én række pr. opslag: kilde, organisation, land, titel, antal indsatser, mål og dogmer, resuméer og adresser.', nb: 'Én rad per oppføring: kilde, organisasjon, land, tittel, antall tiltak, mål og dogmer, sammendrag og adresser.' },
      content: toCsv(
        ['entry_id', 'source', 'kind', 'number', 'organisation', 'country', 'language', 'title', 'themes', 'actions', 'targets', 'principles', 'summary_da', 'summary_nb', 'first_line', 'last_line', 'page_da', 'page_nb'],
        entries.map((e) => [e.id, e.source, e.kind, e.number, e.organisation, e.country, e.language, e.title, listCell(e.themes), e.actions.length, e.targets.length, e.principles.length, e.summary.da, e.summary.nb, ...lines(e.lines), e.pages.da, e.pages.nb]),
      ),
    },
    {
      name: 'actions.csv',
      mediaType: 'text/csv',
      format: 'CSV',
      title: { da: 'Indsatser (CSV)', nb: 'Tiltak (CSV)' },
      description: { da: 'Én række pr. indsats: opslag, organisation, land, teksten som i kilden, temaer og kildelinjer.', nb: 'Én rad per tiltak: oppføring, organisasjon, land, teksten som i kilden, temaer og kildelinjer.' },
      content: toCsv(
        ['entry_id', 'action_id', 'source', 'organisation', 'country', 'text', 'themes', 'first_line', 'last_line', 'page_da', 'page_nb'],
        entries.flatMap((e) => e.actions.map((a) => [e.id, a.id, e.source, e.organisation, e.country, a.text, listCell(a.themes), ...lines(a.lines), a.pages.da, a.pages.nb])),
      ),
    },
    {
      name: 'targets.csv',
      mediaType: 'text/csv',
      format: 'CSV',
      title: { da: 'Målbare mål (CSV)', nb: 'Målbare mål (CSV)' },
      description: { da: 'Én række pr. målbart mål: teksten som i kilden, værdi, enhed, retning, om værdien gælder pr. år, årstal og kildelinjer.', nb: 'Én rad per målbart mål: teksten som i kilden, verdi, enhet, retning, om verdien gjelder per år, årstall og kildelinjer.' },
      content: toCsv(
        ['entry_id', 'target', 'organisation', 'country', 'text', 'value', 'unit', 'comparator', 'per_year', 'year', 'first_line', 'last_line'],
        entries.flatMap((e) => e.targets.map((t, index) => [e.id, index + 1, e.organisation, e.country, t.text, t.value, t.unit, t.comparator, t.perYear, t.year, ...lines(t.lines)])),
      ),
    },
    {
      name: 'principles.csv',
      mediaType: 'text/csv',
      format: 'CSV',
      title: { da: 'Dogmer (CSV)', nb: 'Dogmer (CSV)' },
      description: { da: 'Én række pr. dogme (princip): teksten som i kilden, temaer og kildelinjer.', nb: 'Én rad per dogme (prinsipp): teksten som i kilden, temaer og kildelinjer.' },
      content: toCsv(
        ['entry_id', 'principle_id', 'organisation', 'country', 'text', 'themes', 'first_line', 'last_line', 'page_da', 'page_nb'],
        entries.flatMap((e) => e.principles.map((p) => [e.id, p.id, e.organisation, e.country, p.text, listCell(p.themes), ...lines(p.lines), p.pages.da, p.pages.nb])),
      ),
    },
    {
      name: 'glossary.csv',
      mediaType: 'text/csv',
      format: 'CSV',
      title: { da: 'Ordliste (CSV)', nb: 'Ordliste (CSV)' },
      description: { da: 'De dansk-norske ordpar med tema, falske venner og redaktionens bemærkninger.', nb: 'De dansk-norske ordparene med tema, falske venner og redaksjonens merknader.' },
      content: toCsv(
        ['id', 'da', 'nb', 'theme', 'false_friend', 'note_da', 'note_nb'],
        input.glossary.map((term) => [term.id, term.da, term.nb, term.theme, term.falseFriend, term.note?.da, term.note?.nb]),
      ),
    },
    {
      name: 'matrix.csv',
      mediaType: 'text/csv',
      format: 'CSV',
      title: { da: 'Organisation × tema (CSV)', nb: 'Organisasjon × tema (CSV)' },
      description: { da: 'Antal indsatser og dogmer pr. organisation og tema, som i temaoversigtens tabel; én kolonne pr. tema-id.', nb: 'Antall tiltak og dogmer per organisasjon og tema, som i tabellen i temaoversikten; én kolonne per tema-id.' },
      content: toCsv(
        ['organisation', 'country', ...themeIds, 'total'],
        buildThemeMatrix(summaries, themeIds).map((row) => [row.organisation, row.country, ...row.counts, row.total]),
      ),
    },
  ];
  const csvFiles = files.filter((file) => file.format === 'CSV');
  files.push({
    name: 'datapackage.json',
    mediaType: 'application/json',
    format: 'JSON',
    title: { da: 'Beskrivelse af CSV-filerne (Data Package)', nb: 'Beskrivelse av CSV-filene (Data Package)' },
    description: {
      da: 'CSV-filernes kolonner med navn, type og betydning, som Frictionless Data Package (tabular-data-package).',
      nb: 'CSV-filenes kolonner med navn, type og betydning, som Frictionless Data Package (tabular-data-package).',
    },
    content: json(buildDataPackage(csvFiles, themeIds, (name) => absoluteUrl(dataPath(name), site))),
  });
  return [
    ...files,
    ...(['entries.json', 'themes.json'] as const).map(
      (file): DataFile => ({
        name: schemaName(file),
        mediaType: 'application/schema+json',
        format: 'JSON',
        title: { da: `JSON Schema for ${file}`, nb: `JSON Schema for ${file}` },
        description: { da: `Beskriver opbygningen af ${file} (JSON Schema draft 2020-12).`, nb: `Beskriver oppbygningen av ${file} (JSON Schema draft 2020-12).` },
        content: json(jsonSchemaOf(file, site ? schemaUrl(file) : undefined)),
      }),
    ),
  ];
}

/** Size of a file's text in bytes (UTF-8). */
export const byteSize = (file: Pick<DataFile, 'content'>) => Buffer.byteLength(file.content, 'utf8');
