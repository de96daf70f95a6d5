// Editors' mistakes, tried one by one on a copy of the real content: each must end in exit code 1
// and a message that names the file, the line and the field. Valid edits must pass.
import assert from 'node:assert/strict';
import { cpSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { copyProject, edit, runCheck } from './support/content-copy.ts';

const TROMS = 'content/entries/luk-2011/troms.mdx';
const SUNDHED = 'content/entries/viborg-2019/maalsaetning-sundhed.mdx';

interface BadEdit {
  name: string;
  apply: (dir: string) => void;
  /** `file:line: field:` the message must start with, and words it must contain. */
  expect: RegExp;
}

const BAD_EDITS: BadEdit[] = [
  { name: 'malformed YAML', apply: (d) => edit(d, TROMS, (t) => t.replace('kind: county', 'kind: [county')), expect: /^content\/entries\/luk-2011\/troms\.mdx:\d+: \(frontmatter\): the YAML cannot be read/mu },
  { name: 'missing frontmatter fence', apply: (d) => edit(d, TROMS, (t) => t.replace(/^---\n/u, '')), expect: /^content\/entries\/luk-2011\/troms\.mdx:1: \(frontmatter\): the file does not start with frontmatter/mu },
  { name: 'frontmatter never closed', apply: (d) => edit(d, TROMS, (t) => t.replace(/\n---\n$/u, '\n')), expect: /^content\/entries\/luk-2011\/troms\.mdx:1: \(frontmatter\): the frontmatter is never closed/mu },
  { name: 'missing required field', apply: (d) => edit(d, TROMS, (t) => t.replace(/^organisation: .*\n/mu, '')), expect: /^content\/entries\/luk-2011\/troms\.mdx:\d+: organisation: missing \(expected a piece of text\)/mu },
  { name: 'wrong type', apply: (d) => edit(d, TROMS, (t) => t.replace('order: 2', 'order: to')), expect: /^content\/entries\/luk-2011\/troms\.mdx:5: order: found "to" \(expected a whole number\)/mu },
  { name: 'unknown language', apply: (d) => edit(d, TROMS, (t) => t.replace('language: nb', 'language: no')), expect: /^content\/entries\/luk-2011\/troms\.mdx:6: language: found "no" \(expected "da" \(Danish\) or "nb"/mu },
  { name: 'unknown theme', apply: (d) => edit(d, TROMS, (t) => t.replace(/(actions:\n  - id: a1\n    text: .*\n(?:    lines: .*\n)?    themes:\n      - )[a-z-]+/u, '$1frivilighed')), expect: /^content\/entries\/luk-2011\/troms\.mdx:\d+: actions\.0\.themes\.0: "frivilighed" is not a theme \(expected one of: /mu },
  { name: 'unknown source', apply: (d) => edit(d, TROMS, (t) => t.replace('source: luk-2011', 'source: luk-2012')), expect: /^content\/entries\/luk-2011\/troms\.mdx:4: source: "luk-2012" is not a source \(expected one of: luk-2011, viborg-2019\)/mu },
  { name: 'broken related link', apply: (d) => edit(d, 'content/entries/viborg-2019/indsatsomraade-7.mdx', (t) => t.replace('- viborg-2019/maalsaetning-oplevelser-og-faellesskab', '- viborg-2019/oplevelser')), expect: /^content\/entries\/viborg-2019\/indsatsomraade-7\.mdx:\d+: seeAlso\.0: "viborg-2019\/oplevelser" is not an entry/mu },
  { name: 'duplicate id', apply: (d) => edit(d, 'content/glossary.yaml', (t) => t.replace(/- id: (\S+)\n([\s\S]*?)- id: \S+\n/u, '- id: $1\n$2- id: $1\n')), expect: /^content\/glossary\.yaml:\d+: \d+\.id: "[a-z-]+" is used twice/mu },
  { name: 'duplicate slug in one language', apply: (d) => edit(d, 'content/themes/health.yaml', (t) => t.replace(/(nb:\n  label: .*\n  slug: )\S+/u, '$1planlegging')), expect: /^content\/themes\/(health|planning)\.yaml:\d+: nb\.slug: "planlegging" is already the nb slug of/mu },
  { name: 'empty actions', apply: (d) => edit(d, TROMS, (t) => t.replace(/actions:\n[\s\S]*?(?=places:)/u, 'actions: []\n')), expect: /^content\/entries\/luk-2011\/troms\.mdx:\d+: actions: no actions, targets, principles or passages \(expected at least one action\)/mu },
  { name: 'target with a non-numeric value', apply: (d) => edit(d, SUNDHED, (t) => t.replace('value: 85', 'value: otteogfirs')), expect: /^content\/entries\/viborg-2019\/maalsaetning-sundhed\.mdx:\d+: targets\.1\.value: found "otteogfirs" \(expected a number/mu },
  { name: 'target with an impossible year', apply: (d) => edit(d, SUNDHED, (t) => t.replace('year: 2025', 'year: 20250')), expect: /^content\/entries\/viborg-2019\/maalsaetning-sundhed\.mdx:\d+: targets\.1\.year: found number 20250 \(expected a year no later than \d{4}\)/mu },
  { name: 'MDX syntax error', apply: (d) => edit(d, TROMS, (t) => `${t}\nEn note med {en krøllet parentes.\n`), expect: /^content\/entries\/luk-2011\/troms\.mdx:\d+: \(body\): the MDX text cannot be read: .*expression/mu },
  { name: 'unclosed JSX tag', apply: (d) => edit(d, TROMS, (t) => `${t}\n<div>\nEn note.\n`), expect: /^content\/entries\/luk-2011\/troms\.mdx:\d+: \(body\): the MDX text cannot be read: Expected a closing tag for `<div>`/mu },
  { name: 'unknown MDX component', apply: (d) => edit(d, TROMS, (t) => `${t}\n<Advarsel>Bemærk!</Advarsel>\n`), expect: /^content\/entries\/luk-2011\/troms\.mdx:\d+: \(body\): unknown component <Advarsel>/mu },
  { name: 'file in the wrong folder', apply: (d) => renameSync(join(d, TROMS), join(d, 'content/entries/troms.mdx')), expect: /^content\/entries\/troms\.mdx:1: \(file\): this file is not in a place the site reads \(expected /mu },
  { name: 'non-UTF-8 file', apply: (d) => writeFileSync(join(d, TROMS), Buffer.from(readFileSync(join(d, TROMS), 'utf8').replace('Troms', 'Tr\u00f8ms'), 'latin1')), expect: /^content\/entries\/luk-2011\/troms\.mdx:1: \(file\): the file is not UTF-8 text/mu },
  { name: 'misspelt field', apply: (d) => edit(d, TROMS, (t) => t.replace('\nsummary:', '\nsumary:')), expect: /^content\/entries\/luk-2011\/troms\.mdx:\d+: sumary: this field is not known/mu },
  { name: 'summary in one language only', apply: (d) => edit(d, TROMS, (t) => t.replace(/(summary:\n  da: .*\n)  nb: .*\n/u, '$1')), expect: /^content\/entries\/luk-2011\/troms\.mdx:\d+: summary\.nb: missing \(expected a piece of text\)/mu },
  { name: 'duplicate action id', apply: (d) => edit(d, TROMS, (t) => t.replace('- id: a2', '- id: a1')), expect: /^content\/entries\/luk-2011\/troms\.mdx:\d+: actions: duplicate item id "a1"/mu },
  { name: 'published text changed', apply: (d) => edit(d, TROMS, (t) => t.replace('Arrangere dialogmøter', 'Arrangere dialogmøder')), expect: /^content\/entries\/luk-2011\/troms\.mdx:\d+: actions\.3\.text: this text is not in seeds\/004_5e30ac666280c945\.txt/mu },
  { name: 'page without its counterpart', apply: (d) => edit(d, 'content/pages/da/om.mdx', (t) => t.replace('counterpart: om', 'counterpart: about')), expect: /^content\/pages\/da\/om\.mdx:\d+: counterpart: there is no pages\/nb\/about\.mdx/mu },
  { name: 'glossary pair with an unknown theme', apply: (d) => edit(d, 'content/glossary.yaml', (t) => t.replace(/theme: [a-z-]+/u, 'theme: frivillighed')), expect: /^content\/glossary\.yaml:\d+: \d+\.theme: "frivillighed" is not a theme/mu },
  { name: 'entry filed under another source', apply: (d) => renameSync(join(d, TROMS), join(d, 'content/entries/viborg-2019/troms.mdx')), expect: /^content\/entries\/viborg-2019\/troms\.mdx:4: source: the file is in entries\/viborg-2019\/ but names source "luk-2011"/mu },
];

describe('npm run check on broken edits', () => {
  test('the unchanged content passes', () => {
    const { status, output } = runCheck(copyProject());
    assert.equal(status, 0, output);
    assert.match(output, /^Content OK: 31 entries, 18 themes/mu);
  });

  for (const bad of BAD_EDITS) {
    test(bad.name, () => {
      const dir = copyProject();
      bad.apply(dir);
      const { status, output } = runCheck(dir);
      assert.equal(status, 1, output);
      assert.match(output, bad.expect);
      assert.match(output, /problems? in \d+ files?\. Nothing was built\./u);
    });
  }

  test('every problem is reported in one run', () => {
    const dir = copyProject();
    const names = ['unknown source', 'broken related link', 'duplicate slug in one language', 'target with a non-numeric value', 'page without its counterpart'];
    const chosen = BAD_EDITS.filter((bad) => names.includes(bad.name));
    for (const bad of chosen) bad.apply(dir);
    const { status, output } = runCheck(dir);
    assert.equal(status, 1);
    for (const bad of chosen) assert.match(output, bad.expect);
  });
});

describe('npm run check on valid edits', () => {
  test('CRLF line endings and a byte-order mark', () => {
    const dir = copyProject();
    edit(dir, TROMS, (t) => `\uFEFF${t.replace(/\n/gu, '\r\n')}`);
    assert.equal(runCheck(dir).status, 0);
  });

  test('æ, ø and å in text and in file names and slugs', () => {
    const dir = copyProject();
    cpSync(join(dir, 'content/themes/health.yaml'), join(dir, 'content/themes/trafik-og-færdsel.yaml'));
    edit(dir, 'content/themes/trafik-og-færdsel.yaml', (t) =>
      t.replace(/(da:\n  label: ).*\n  slug: \S+/u, '$1Trafik og færdsel\n  slug: trafik-og-færdsel').replace(/(nb:\n  label: ).*\n  slug: \S+/u, '$1Trafikk og ferdsel\n  slug: trafikk-og-ferdsel-på-stier'),
    );
    const { status, output } = runCheck(dir);
    assert.equal(status, 0, output);
  });

  test('a brand-new entry with only the required fields', () => {
    const dir = copyProject();
    writeFileSync(
      join(dir, 'content/entries/luk-2011/nytt-oppslag.mdx'),
      ['---', 'title: Nytt oppslag', 'kind: county', 'source: luk-2011', 'order: 99', 'language: nb', 'country: NO', 'organisation: Eksempel fylkeskommune', 'summary:', '  da: Et nyt opslag.', '  nb: Et nytt oppslag.', 'actions:', '  - id: a1', '    text: Starte et lokalt frivillighetsprosjekt.', '    themes: [volunteering-community]', '---', ''].join('\n'),
    );
    const { status, output } = runCheck(dir);
    assert.equal(status, 0, output);
    assert.match(output, /Content OK: 32 entries/u);
  });
});
