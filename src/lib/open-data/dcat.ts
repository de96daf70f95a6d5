import { LICENCE, PUBLISHER } from '../../publication.ts';
import { paths } from '../paths.ts';
import { byteSize, dataPath, type DataFile } from './files.ts';
import type { OpenDataInput } from './input.ts';
import { absoluteUrl } from './public-address.ts';

const FILE_TYPE = 'http://publications.europa.eu/resource/authority/file-type/';
const DATA_THEME = 'http://publications.europa.eu/resource/authority/data-theme/';
const LANGUAGE = 'http://publications.europa.eu/resource/authority/language/';
const IANA = 'http://www.iana.org/assignments/media-types/';

const langStrings = (text: Record<'da' | 'nb', string>) => [
  { '@language': 'da', '@value': text.da },
  { '@language': 'nb', '@value': text.nb },
];

/**
 * The DCAT-AP description of the knowledge base as a dataset (JSON-LD): title and description in
 * Danish and Norwegian, publisher, contact point, theme, keywords, licence, the two original
 * documents as `dct:source`, and one `dcat:Distribution` per data file with its media type, byte
 * size, address and (for JSON) the schema it conforms to.
 */
export function buildDataset(input: OpenDataInput, files: readonly DataFile[], site: URL | string | undefined, modified?: Date): Record<string, unknown> {
  const url = (path: string) => absoluteUrl(path, site);
  const dataFiles = files.filter((file) => file.mediaType !== 'application/schema+json');
  return {
    '@context': {
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
      vcard: 'http://www.w3.org/2006/vcard/ns#',
      xsd: 'http://www.w3.org/2001/XMLSchema#',
      rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
      'dcat:byteSize': { '@type': 'xsd:nonNegativeInteger' },
    },
    '@id': url(dataPath('dataset.jsonld')),
    '@type': 'dcat:Dataset',
    'dct:title': langStrings({ da: 'Lokal udvikling – Danmark og Norge: vidensbasens data', nb: 'Lokal utvikling – Danmark og Norge: kunnskapsbasens data' }),
    'dct:description': langStrings({
      da: 'Mål, indsatser, målbare mål og dogmer fra et notat fra Viborg Kommunes Landdistriktsudvalg (2018–2019) og fra Kommunal- og regionaldepartementets oversigt over 18 norske fylkeskommuners arbejde med lokal samfundsudvikling i 2011, ordnet efter tema, med resuméer og en dansk-norsk ordliste.',
      nb: 'Mål, tiltak, målbare mål og dogmer fra et notat fra Viborg kommunes Landdistriktsudvalg (2018–2019) og fra Kommunal- og regionaldepartementets oversikt over hvordan 18 norske fylkeskommuner arbeidet med lokal samfunnsutvikling i 2011, ordnet etter tema, med sammendrag og en dansk-norsk ordliste.',
    }),
    ...(modified ? { 'dct:modified': { '@type': 'xsd:dateTime', '@value': modified.toISOString() } } : {}),
    'dcat:landingPage': [{ '@id': url(paths.home('da')) }, { '@id': url(paths.home('nb')) }],
    'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': langStrings(PUBLISHER.name), 'foaf:homepage': { '@id': url('/') } },
    'dcat:contactPoint': {
      '@type': 'vcard:Organization',
      'vcard:fn': langStrings(PUBLISHER.name),
      'vcard:hasURL': [{ '@id': url(paths.about('da')) }, { '@id': url(paths.about('nb')) }],
    },
    'dcat:theme': [{ '@id': `${DATA_THEME}REGI` }, { '@id': `${DATA_THEME}GOVE` }],
    'dcat:keyword': [
      ...['lokal samfundsudvikling', 'landdistrikter', 'lokalsamfund', 'kommuner', 'frivillighed'].map((word) => ({ '@language': 'da', '@value': word })),
      ...['lokal samfunnsutvikling', 'distrikter', 'lokalsamfunn', 'fylkeskommuner', 'frivillighet'].map((word) => ({ '@language': 'nb', '@value': word })),
      ...input.themes.flatMap((theme) => [
        { '@language': 'da', '@value': theme.da.label },
        { '@language': 'nb', '@value': theme.nb.label },
      ]),
    ],
    'dct:language': [{ '@id': `${LANGUAGE}DAN` }, { '@id': `${LANGUAGE}NOB` }],
    'dct:spatial': [{ '@id': 'http://publications.europa.eu/resource/authority/country/DNK' }, { '@id': 'http://publications.europa.eu/resource/authority/country/NOR' }],
    'dct:license': { '@id': LICENCE.euVocabulary },
    'dct:source': input.sources.map((source) => ({
      ...(source.url ? { '@id': source.url } : {}),
      '@type': 'foaf:Document',
      'dct:title': { '@language': source.language, '@value': source.title },
      'dct:publisher': { '@type': 'foaf:Agent', 'foaf:name': source.publisher },
      ...(source.year === undefined ? {} : { 'dct:issued': { '@type': 'xsd:gYear', '@value': String(source.year) } }),
      'dct:language': { '@id': `${LANGUAGE}${source.language === 'da' ? 'DAN' : 'NOB'}` },
      'foaf:page': (['da', 'nb'] as const).flatMap((locale) => [{ '@id': url(paths.source(locale, source.id)) }, { '@id': url(paths.sourceText(locale, source.id)) }]),
      // The raw text the knowledge base was made from, as the project keeps it.
      'rdfs:seeAlso': { '@id': url(paths.seed(source.seed)) },
    })),
    'dcat:distribution': dataFiles.map((file) => ({
      '@id': `${url(dataPath(file.name))}#distribution`,
      '@type': 'dcat:Distribution',
      'dct:title': langStrings(file.title),
      'dct:description': langStrings(file.description),
      'dcat:accessURL': { '@id': url(dataPath(file.name)) },
      'dcat:downloadURL': { '@id': url(dataPath(file.name)) },
      'dcat:mediaType': { '@id': `${IANA}${file.mediaType}` },
      'dct:format': { '@id': `${FILE_TYPE}${file.format}` },
      'dcat:byteSize': byteSize(file),
      'dct:license': { '@id': LICENCE.euVocabulary },
      ...(file.schema ? { 'dct:conformsTo': { '@id': url(dataPath(file.schema)) } } : {}),
      ...(file.format === 'CSV' ? { 'dct:conformsTo': { '@id': 'https://www.rfc-editor.org/rfc/rfc4180' } } : {}),
    })),
  };
}
