// `npm run new -- entry …` or `npm run new -- theme …`: a new content file with every required field.
// Values come from flags; anything missing is asked for (or, without a terminal, listed).
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import { entrySchema, sourceSchema, themeSchema } from '../../schemas/index.ts';
import { slugify } from '../importer/lines.ts';
import { renderNewEntry, renderNewTheme, type EntryContext } from './templates.ts';

const CONTENT = process.env['CONTENT_DIR'] ?? 'content';
const [kind, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: Object.fromEntries(
    ['source', 'slug', 'title', 'organisation', 'action', 'theme', 'summary-da', 'summary-nb', 'id', 'label-da', 'label-nb', 'description-da', 'description-nb', 'keywords'].map((name) => [name, { type: 'string' as const }]),
  ),
});

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const prompt = process.stdin.isTTY ? createInterface({ input: process.stdin, output: process.stdout }) : undefined;
const missing: string[] = [];

/** A flag's value, or the reader's answer, or (without a terminal) a note that it is missing. */
async function ask(flag: string, question: string): Promise<string> {
  const given = values[flag];
  if (typeof given === 'string' && given.trim() !== '') return given.trim();
  if (!prompt) {
    missing.push(`--${flag} (${question})`);
    return '';
  }
  for (;;) {
    const answer = (await prompt.question(`${question}: `)).trim();
    if (answer !== '') return answer;
  }
}

function refuseExisting(path: string) {
  if (existsSync(path)) fail(`${path} already exists; nothing was written (choose another name, or edit that file).`);
}

async function newEntry() {
  const source = await ask('source', 'Source id (a file name in content/sources/, e.g. luk-2011)');
  const title = await ask('title', 'Title, in the source’s language');
  const slug = slugify((values['slug'] as string | undefined) ?? title);
  const organisation = await ask('organisation', 'Organisation, as the source names it');
  const action = await ask('action', 'First action, exactly as published');
  const theme = await ask('theme', 'Theme id of that action (a file name in content/themes/)');
  const summaryDa = await ask('summary-da', 'Summary in Danish');
  const summaryNb = await ask('summary-nb', 'Summary in Norwegian Bokmål');
  if (missing.length > 0) fail(`Missing values; give them as flags:\n  ${missing.join('\n  ')}`);
  const sourceFile = join(CONTENT, 'sources', `${source}.yaml`);
  if (!existsSync(sourceFile)) fail(`${sourceFile} does not exist (expected the id of a source in ${CONTENT}/sources/).`);
  const sourceData = sourceSchema.parse(parse(readFileSync(sourceFile, 'utf8')));
  const folder = join(CONTENT, 'entries', source);
  const path = join(folder, `${slug}.mdx`);
  refuseExisting(path);
  const orders = existsSync(folder)
    ? readdirSync(folder).map((file) => Number(/^order: (\d+)$/mu.exec(readFileSync(join(folder, file), 'utf8'))?.[1] ?? 0))
    : [];
  const context: EntryContext = {
    source,
    language: sourceData.language,
    country: sourceData.country,
    kind: sourceData.country === 'NO' ? 'county' : 'focus-area',
    order: Math.max(0, ...orders) + 1,
  };
  const text = renderNewEntry(context, { title, organisation, action, theme, summaryDa, summaryNb });
  entrySchema.parse(parse(text.split(/^---$/mu)[1] ?? ''));
  if (!existsSync(join(CONTENT, 'themes', `${theme}.yaml`))) fail(`"${theme}" is not a theme (expected a file name in ${CONTENT}/themes/ without .yaml).`);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  console.log(`Created ${path}. Add the goal, more actions and targets, then run npm run check.`);
}

async function newTheme() {
  const id = slugify(await ask('id', 'Theme id (English, lower-case, hyphens), e.g. local-food'));
  const labelDa = await ask('label-da', 'Label in Danish');
  const labelNb = await ask('label-nb', 'Label in Norwegian Bokmål');
  const descriptionDa = await ask('description-da', 'Description in Danish (one or two sentences)');
  const descriptionNb = await ask('description-nb', 'Description in Norwegian Bokmål');
  const keywords = (await ask('keywords', 'Search words in both languages, comma-separated')).split(',').map((word) => word.trim()).filter(Boolean);
  if (missing.length > 0) fail(`Missing values; give them as flags:\n  ${missing.join('\n  ')}`);
  const path = join(CONTENT, 'themes', `${id}.yaml`);
  refuseExisting(path);
  const orders = readdirSync(join(CONTENT, 'themes')).map((file) => Number(/^order: (\d+)$/mu.exec(readFileSync(join(CONTENT, 'themes', file), 'utf8'))?.[1] ?? 0));
  const text = renderNewTheme(Math.max(0, ...orders) + 1, { labelDa, labelNb, descriptionDa, descriptionNb, keywords });
  themeSchema.parse(parse(text));
  writeFileSync(path, text);
  console.log(`Created ${path}. Tag actions with "${id}", then run npm run check.`);
}

try {
  if (kind === 'entry') await newEntry();
  else if (kind === 'theme') await newTheme();
  else fail('Usage: npm run new -- entry [--source … --title … --organisation … --action … --theme … --summary-da … --summary-nb …]\n       npm run new -- theme [--id … --label-da … --label-nb … --description-da … --description-nb … --keywords "a, b"]');
} finally {
  prompt?.close();
}
