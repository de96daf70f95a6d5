import type { SourceData } from '../../schemas/index.ts';
import { readLogicalLines, slugify, stripBullet, type SeedLine } from './lines.ts';
import { matchHeading, trailingParenthesis } from './match-heading.ts';
import { parseTarget } from './targets.ts';
import type { DraftEntry, ParsedSeed } from './types.ts';

const ORGANISATION = 'Viborg Kommune, Landdistriktsudvalget';

/** What we know of the Danish note beyond its text; it states no date of its own. */
function describeSource(title: string, seed: string): SourceData {
  return {
    title,
    publisher: ORGANISATION,
    period: {
      da: 'Drøftelser fra efteråret 2018 til efteråret 2019; notatet nævner planer for 2020 og angiver ingen dato',
      nb: 'Drøftinger fra høsten 2018 til høsten 2019; notatet nevner planer for 2020 og oppgir ingen dato',
    },
    language: 'da',
    country: 'DK',
    seed,
    description: {
      da: 'Notat fra Viborg Kommunes Landdistriktsudvalg om udvalgets drøftelser af sammenhængsmodellen: syv indsatsområder, fire yderligere målsætninger med mål, heraf tre med årstallet 2025, tre dogmer og de indsatser, der er gennemført, sat i gang eller planlagt indtil nu.',
      nb: 'Notat fra Viborg kommunes utvalg for distriktene (Landdistriktsudvalget) om drøftingene av «sammenhengsmodellen»: sju innsatsområder, fire andre mål med delmål, hvorav tre har årstallet 2025, tre «dogmer» og tiltakene som er gjennomført, satt i gang eller planlagt så langt.',
    },
    order: 1,
  };
}

const isHeadingLike = (line: SeedLine) => !stripBullet(line.text) && !/[.:;!?]$/u.test(line.text) && line.text.length < 90;

function baseEntry(fields: Pick<DraftEntry, 'slug' | 'title' | 'kind' | 'order' | 'lines'> & Partial<DraftEntry>): DraftEntry {
  return { organisation: ORGANISATION, goal: [], actions: [], targets: [], principles: [], passages: [], seeAlso: [], ...fields };
}

/**
 * Parses Viborg Kommune's note on the "sammenhængsmodel". The note has two halves: first the
 * focus areas, goal groups with targets and the "dogmer"; then "Indsatsen indtil nu", which
 * repeats the headings — in other words — with the actions taken. Each action section is
 * matched to its focus area or goal group by `matchHeading`.
 */
export function parseViborgNote(raw: string, seed: string): ParsedSeed {
  const lines = readLogicalLines(raw);
  const [titleLine, ...rest] = lines;
  if (!titleLine) throw new Error(`${seed}: the file is empty`);
  const remarks: string[] = [];
  const process = baseEntry({ slug: 'baggrund', title: 'Baggrund og proces', kind: 'process', order: 0, lines: [titleLine.first, titleLine.last] });
  const focusAreas: DraftEntry[] = [];
  const goalGroups: DraftEntry[] = [];
  const principles = baseEntry({ slug: 'dogmer', title: 'Dogmer', kind: 'principles', order: 0, lines: [0, 0] });
  type State = 'intro' | 'focus' | 'goals' | 'principles' | 'actions';
  let state: State = 'intro';
  let current: DraftEntry | undefined;
  let openIntro = false;

  const extend = (entry: DraftEntry, line: SeedLine) => {
    entry.lines = [entry.lines[0] || line.first, line.last];
  };
  const addPassage = (line: SeedLine, heading?: string) => {
    const last = process.passages.at(-1);
    if (heading !== undefined) process.passages.push({ heading, paragraphs: [] });
    else if (last) last.paragraphs.push(line.text);
    else process.passages.push({ paragraphs: [line.text] });
    extend(process, line);
  };

  for (const line of rest) {
    const bullet = stripBullet(line.text);
    const numbered = /^(\d+)\.\s+(.*)$/u.exec(line.text);
    if (state === 'intro' || state === 'focus') {
      if (numbered?.[1] && numbered[2]) {
        state = 'focus';
        const number = Number(numbered[1]);
        focusAreas.push(baseEntry({ slug: `indsatsomraade-${number}`, title: numbered[2], kind: 'focus-area', order: number, number, lines: [line.first, line.last] }));
      } else if (state === 'focus') {
        state = 'goals';
        addPassage(line);
      } else if (isHeadingLike(line) && line.blanksBefore > 0) {
        addPassage(line, line.text);
      } else {
        addPassage(line);
      }
    } else if (state === 'goals' || state === 'principles') {
      if (bullet !== undefined) {
        if (state === 'principles') {
          principles.principles.push({ id: `d${principles.principles.length + 1}`, text: bullet, lines: [line.first, line.last] });
          extend(principles, line);
        } else if (current) {
          current.targets.push({ ...parseTarget(bullet), lines: [line.first, line.last] });
          extend(current, line);
        }
      } else if (state === 'goals' && /:$/u.test(line.text)) {
        state = 'principles';
        principles.listIntro = line.text;
        principles.lines = [line.first, line.last];
      } else if (state === 'goals') {
        current = baseEntry({ slug: `maalsaetning-${slugify(line.text)}`, title: line.text, kind: 'goal-group', order: 0, lines: [line.first, line.last] });
        goalGroups.push(current);
      } else {
        state = 'actions';
        current = undefined;
        addPassage(line, line.text);
      }
    } else {
      const sections = [...focusAreas, ...goalGroups];
      const index = isHeadingLike(line) ? matchHeading(line.text, sections.map((entry) => entry.title)) : -1;
      const section = sections[index];
      if (section) {
        current = section;
        openIntro = false;
        if (line.text !== section.title) section.actionsHeading = line.text;
        const alsoGoal = trailingParenthesis(line.text);
        const goal = alsoGoal ? goalGroups.find((entry) => entry.title === alsoGoal) : undefined;
        if (goal) {
          section.seeAlso.push(goal.slug);
          goal.seeAlso.push(section.slug);
        }
        extend(section, line);
      } else if (current && (line.blanksBefore === 0 || openIntro)) {
        if (/:$/u.test(line.text) && current.actions.length === 0) {
          current.listIntro = line.text;
          openIntro = true;
        } else {
          current.actions.push({ id: `a${current.actions.length + 1}`, text: line.text, lines: [line.first, line.last] });
          // "jf. dogmerne": the note itself ties this section to the dogmer.
          if (/\bjf\. dogmerne\b/u.test(line.text) && !current.seeAlso.includes(principles.slug)) {
            current.seeAlso.push(principles.slug);
            principles.seeAlso.push(current.slug);
          }
          openIntro = false;
        }
        extend(current, line);
      } else {
        current = undefined;
        addPassage(line);
      }
    }
  }

  goalGroups.forEach((entry, index) => (entry.order = focusAreas.length + index + 1));
  principles.order = focusAreas.length + goalGroups.length + 1;
  for (const entry of [...focusAreas, ...goalGroups]) {
    if (entry.actions.length === 0 && entry.seeAlso.length === 0) remarks.push(`${entry.title}: no section of "Indsatsen indtil nu" matched this heading`);
  }
  return {
    id: 'viborg-2019',
    source: describeSource(titleLine.text, seed),
    entries: [process, ...focusAreas, ...goalGroups, principles],
    remarks,
  };
}
