import type { SourceData } from '../../schemas/index.ts';
import { readLogicalLines, slugify, stripBullet, type SeedLine } from './lines.ts';
import type { DraftEntry, ParsedSeed } from './types.ts';

/** Lines of regjeringen.no's page layout, not of the document. */
const SITE_CHROME = [/^Aktiver Javascript/u, /^Historisk arkiv$/u, /^Til toppen$/u];

/** What we know of the Norwegian page beyond its text (regjeringen.no page id 642906). */
function describeSource(title: string, publisher: string, government: string, seed: string): SourceData {
  return {
    title,
    publisher,
    period: {
      da: `2011 (regjeringen.no, historisk arkiv: ${government}; siden hører til en pressemeddelelse fra departementet fra 2011)`,
      nb: `2011 (regjeringen.no, historisk arkiv: ${government}; siden hører til en pressemelding fra departementet fra 2011)`,
    },
    year: 2011,
    url: 'https://www.regjeringen.no/no/dokumentarkiv/stoltenberg-ii/krd/Nyheter-og-pressemeldinger/pressemeldinger/2011/fylkeskommunane-styrkar-samarbeidet-med-/hvordan-fylkeskommunene-arbeider-med-luk/id642906/',
    language: 'nb',
    country: 'NO',
    seed,
    description: {
      da: 'Oversigt fra det norske Kommunal- og regionaldepartementet over, hvordan 18 fylkeskommuner i 2011 arbejdede med lokal samfundsudvikling i kommunerne (LUK): hver fylkeskommunes mål og planlagte indsatser.',
      nb: 'Oversikt fra Kommunal- og regionaldepartementet over hvordan 18 fylkeskommuner arbeidet med lokal samfunnsutvikling i kommunene (LUK) i 2011: hver fylkeskommunes mål og hva den skal gjøre.',
    },
    order: 2,
  };
}

/** The county a goal paragraph is about: the words before "fylkeskommune(s)". */
export function countyName(goalLine: string): string | undefined {
  return /^(.+?)\s*fylkeskommunes?\b/u.exec(goalLine)?.[1]?.trim();
}

/**
 * Parses the regjeringen.no overview "Hvordan fylkeskommunene arbeider med LUK i 2011". Each
 * county block is one or more goal lines, an intro line ending in ":" and bullets (`•`).
 * The page's own chrome (top and bottom) is left out; title and publisher become metadata.
 */
export function parseLukOverview(raw: string, seed: string): ParsedSeed {
  const lines = readLogicalLines(raw).filter((line) => !SITE_CHROME.some((pattern) => pattern.test(line.text)));
  const remarks: string[] = [];
  const [titleLine] = lines;
  if (!titleLine) throw new Error(`${seed}: the file has no text`);
  const meta = (label: string) => lines.find((line) => line.text.startsWith(`${label}:`))?.text.slice(label.length + 1).trim();
  const publisher = meta('Utgiver') ?? 'Kommunal- og regionaldepartementet';
  const government = meta('Publisert under') ?? '';
  const body = lines.filter((line) => line !== titleLine && !/^(Utgiver|Publisert under):/u.test(line.text));

  const entries: DraftEntry[] = [];
  let goalLines: SeedLine[] = [];
  let current: DraftEntry | undefined;
  for (const line of body) {
    const bullet = stripBullet(line.text);
    if (bullet !== undefined) {
      if (!current) throw new Error(`${seed}:${line.first}: a bullet before any county's intro line ("… skal:")`);
      current.actions.push({ id: `a${current.actions.length + 1}`, text: bullet, lines: [line.first, line.last] });
      current.lines[1] = line.last;
    } else if (/:$/u.test(line.text) && goalLines.length > 0) {
      const [first] = goalLines;
      const name = first ? countyName(first.text) : undefined;
      if (!first || !name) throw new Error(`${seed}:${line.first}: cannot tell which county the goal before "${line.text}" is about`);
      current = {
        slug: slugify(name),
        title: `${name} fylkeskommune`,
        kind: 'county',
        order: entries.length + 1,
        organisation: `${name} fylkeskommune`,
        goal: goalLines.map((goal) => ({ text: goal.text, lines: [goal.first, goal.last] })),
        listIntro: line.text,
        actions: [],
        targets: [],
        principles: [],
        passages: [],
        seeAlso: [],
        lines: [first.first, line.last],
      };
      entries.push(current);
      goalLines = [];
    } else {
      if (current && goalLines.length === 0 && current.actions.length === 0) {
        throw new Error(`${seed}:${line.first}: expected bullets after "${current.listIntro}"`);
      }
      goalLines.push(line);
    }
  }
  if (goalLines.length > 0) remarks.push(`text after the last county was not imported: ${goalLines.map((l) => l.text).join(' / ')}`);
  for (const entry of entries) {
    const intro = entry.listIntro ?? '';
    const introCounty = intro.replace(/\s+|-/gu, '').toLowerCase();
    if (!introCounty.startsWith(entry.organisation.split(' ')[0]!.replace(/-/gu, '').toLowerCase().slice(0, 4))) {
      remarks.push(`${entry.title}: the intro line names no county ("${intro}")`);
    }
  }
  return { id: 'luk-2011', source: describeSource(titleLine.text, publisher, government, seed), entries, remarks };
}
