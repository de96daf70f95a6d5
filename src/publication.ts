/**
 * Who publishes the knowledge base and its data, and under which terms: the one place for the
 * licence, read by the data files, the DCAT description, the Data page and the citation meta tags.
 */

/** The licence of our own text and data: summaries, themes, glossary, the structure and the files. */
export const LICENCE = {
  id: 'CC-BY-4.0',
  name: 'Creative Commons Navngivelse 4.0 International (CC BY 4.0)',
  nameNb: 'Creative Commons Navngivelse 4.0 Internasjonal (CC BY 4.0)',
  url: 'https://creativecommons.org/licenses/by/4.0/',
  /** The same licence in the EU's licence vocabulary, which DCAT-AP asks for. */
  euVocabulary: 'http://publications.europa.eu/resource/authority/licence/CC_BY_4_0',
} as const;

/**
 * The terms of the two sources' own text, which the site reproduces word for word and which the
 * licence above does not cover. Both are public authorities' documents: in Denmark
 * ophavsretsloven § 9 ("Love, administrative forskrifter, retsafgørelser og lignende offentlige
 * aktstykker er ikke genstand for ophavsret"), in Norway åndsverkloven § 14 (statements "som
 * gjelder offentlig myndighetsutøvelse, og er avgitt av offentlig myndighet … eller utgitt av det
 * offentlige" are "uten vern").
 */
export const SOURCE_TERMS = {
  da: 'de er offentlige myndigheders dokumenter, og sådanne aktstykker er efter ophavsretsloven § 9 (Danmark) og åndsverkloven § 14 (Norge) ikke beskyttet af ophavsret. Vi gengiver dem uændret og med kilde; brug dem på kildernes egne vilkår og angiv Viborg Kommune og Kommunal- og regionaldepartementet (regjeringen.no) som kilde.',
  nb: 'de er dokumenter fra offentlige myndigheter, og slike dokumenter er etter åndsverkloven § 14 (Norge) og ophavsretsloven § 9 (Danmark) uten opphavsrettslig vern. Vi gjengir dem uendret og med kilde; bruk dem på kildenes egne vilkår og oppgi Viborg Kommune og Kommunal- og regionaldepartementet (regjeringen.no) som kilde.',
} as const;

/** The publisher of the knowledge base (not of the sources): its editors. */
export const PUBLISHER = {
  name: { da: 'Redaktionen af Lokal udvikling', nb: 'Redaksjonen for Lokal utvikling' },
} as const;

/** The knowledge base's name for citations, in each UI language. */
export const KNOWLEDGE_BASE_NAME = { da: 'Lokal udvikling – Danmark og Norge', nb: 'Lokal utvikling – Danmark og Norge' } as const;
