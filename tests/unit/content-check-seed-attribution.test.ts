// Each imported goal, action, target and principle belongs to one entry's part of its seed: the
// check must fail, naming file and field, when one is deleted, moved, copied or put in an entry
// whose part of the seed does not hold it, even where the same words stand elsewhere in the seed.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';

const ROOT = new URL('../../', import.meta.url).pathname;
const CLI = join(ROOT, 'src/lib/content-check/cli.ts');
const TROMS = 'content/entries/luk-2011/troms.mdx';
const SOR_TRONDELAG = 'content/entries/luk-2011/sor-trondelag.mdx';
const FINNMARK = 'content/entries/luk-2011/finnmark.mdx';
const HEDMARK = 'content/entries/luk-2011/hedmark.mdx';
const OPPLAND = 'content/entries/luk-2011/oppland.mdx';
const SUNDHED = 'content/entries/viborg-2019/maalsaetning-sundhed.mdx';
const OPLEVELSER = 'content/entries/viborg-2019/maalsaetning-oplevelser-og-faellesskab.mdx';
/** The same words stand in the seed twice: Troms a3 (line 32) and Sør-Trøndelag a2 (line 60). */
const SHARED = 'Skaffe frem plangrunnlag som statistikk, grunnlagsmateriale og utredninger for å få frem muligheter og utfordringer kommunene står overfor.';

type Edits = Record<string, (text: string) => string>;

function checkAfter(edits: Edits, remove: string[] = []): { status: number | null; output: string } {
  const dir = mkdtempSync(join(tmpdir(), 'seed-attribution-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  for (const [file, change] of Object.entries(edits)) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = change(before);
    assert.notEqual(after, before, `the edit of ${file} changed nothing`);
    writeFileSync(path, after);
  }
  for (const file of remove) rmSync(join(dir, file));
  const result = spawnSync(process.execPath, [CLI], { cwd: dir, encoding: 'utf8', env: { ...process.env, CONTENT_DIR: 'content' } });
  rmSync(dir, { recursive: true, force: true });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

/** The YAML block of one action (from its `- id:` line up to the next item or field). */
function actionBlock(text: string, id: string): string {
  const match = new RegExp(`  - id: ${id}\\n(?:    .*\\n|      .*\\n)+`, 'u').exec(text);
  assert.ok(match, `no action ${id}`);
  return match[0];
}

/** Adds YAML lines as the last action of an entry (before `places:`). */
const appendAction = (block: string) => (text: string) => text.replace(/^places:/mu, `${block}places:`);

describe('seed attribution', () => {
  test('the content as it stands passes', () => {
    const result = checkAfter({});
    assert.equal(result.status, 0, result.output);
  });

  test('Troms a3 pointed at Sør-Trøndelag’s line with the same words fails in Troms, naming both files', () => {
    const result = checkAfter({ [TROMS]: (text) => text.replace('lines: [32, 32]', 'lines: [60, 60]') });
    assert.equal(result.status, 1, result.output);
    assert.match(result.output, /^content\/entries\/luk-2011\/troms\.mdx:\d+: actions\.2: line 60 of 004_5e30ac666280c945\.txt belongs to content\/entries\/luk-2011\/sor-trondelag\.mdx \(its action actions\.1\), not to this entry/mu);
    // …and Troms' own line 32 is now missing from Troms.
    assert.match(result.output, /^content\/entries\/luk-2011\/troms\.mdx:\d+: actions: the action at line 32 of 004_5e30ac666280c945\.txt \("Skaffe frem plangrunnlag/mu);
  });

  test('Troms a3 copied into Sør-Trøndelag fails there, although Sør-Trøndelag’s own a2 has the same words', () => {
    const copy = actionBlock(readFileSync(join(ROOT, TROMS), 'utf8'), 'a3').replace('id: a3', 'id: a5');
    assert.ok(copy.includes(SHARED) && copy.includes('lines: [32, 32]'));
    const result = checkAfter({ [SOR_TRONDELAG]: appendAction(copy) });
    assert.equal(result.status, 1, result.output);
    assert.match(result.output, /^content\/entries\/luk-2011\/sor-trondelag\.mdx:\d+: actions\.4: line 32 of \S+ belongs to content\/entries\/luk-2011\/troms\.mdx/mu);
    assert.doesNotMatch(result.output, /troms\.mdx:\d+:/u, 'Troms itself is unchanged and must not be blamed');
  });

  test('a deleted action fails in its entry, quoting the missing text and its lines', () => {
    const result = checkAfter({ [FINNMARK]: (text) => text.replace(actionBlock(text, 'a7'), '') });
    assert.equal(result.status, 1, result.output);
    assert.match(result.output, /^content\/entries\/luk-2011\/finnmark\.mdx:\d+: actions: the action at line 23 of \S+ \("Etablere kommuneplanens samfunnsdel[^"]*"\) is missing from this entry \(expected an item with lines: \[23, 23\]/mu);
  });

  test('an action moved to another county fails in the county it was moved to, naming where it belongs', () => {
    const hedmark = readFileSync(join(ROOT, HEDMARK), 'utf8');
    const moved = actionBlock(hedmark, 'a5');
    const result = checkAfter({
      [HEDMARK]: (text) => text.replace(moved, ''),
      [OPPLAND]: appendAction(moved.replace('id: a5', 'id: a7')),
    });
    assert.equal(result.status, 1, result.output);
    assert.match(result.output, /^content\/entries\/luk-2011\/oppland\.mdx:\d+: actions\.6: line 169 of \S+ belongs to content\/entries\/luk-2011\/hedmark\.mdx/mu);
  });

  test('a duplicated action fails on the copy', () => {
    const result = checkAfter({ [FINNMARK]: (text) => appendAction(actionBlock(text, 'a2').replace('id: a2', 'id: a8'))(text) });
    assert.equal(result.status, 1, result.output);
    assert.match(result.output, /^content\/entries\/luk-2011\/finnmark\.mdx:\d+: actions\.7: this item copies line 18 of \S+, which content\/entries\/luk-2011\/finnmark\.mdx already holds as actions\.1 \(expected each item of the seed once\)/mu);
  });

  test('a Viborg target moved to another goal group fails in both: placed wrongly, and missing where it was', () => {
    const sundhed = readFileSync(join(ROOT, SUNDHED), 'utf8');
    const target = /  - text: Mindst 85 pct\.[^\n]*\n(?:    .*\n)+/u.exec(sundhed)?.[0];
    assert.ok(target);
    const result = checkAfter({
      [SUNDHED]: (text) => text.replace(target, ''),
      [OPLEVELSER]: (text) => text.replace(/^places:/mu, `${target}places:`),
    });
    assert.equal(result.status, 1, result.output);
    assert.match(result.output, /^content\/entries\/viborg-2019\/maalsaetning-oplevelser-og-faellesskab\.mdx:\d+: targets\.3: line 31 of 000_525ee6a2bbe54568\.txt belongs to content\/entries\/viborg-2019\/maalsaetning-sundhed\.mdx/mu);
  });

  test('a dogme moved into a focus area fails, though its words stand in the seed', () => {
    const dogmer = readFileSync(join(ROOT, 'content/entries/viborg-2019/dogmer.mdx'), 'utf8');
    const first = /  - id: d1\n(?:    .*\n|      .*\n)+/u.exec(dogmer)?.[0];
    assert.ok(first);
    const result = checkAfter({ 'content/entries/viborg-2019/indsatsomraade-7.mdx': appendAction(first.replace('id: d1', 'id: a6')) });
    assert.equal(result.status, 1, result.output);
    assert.match(result.output, /indsatsomraade-7\.mdx:\d+: actions\.5: line 50 of \S+ belongs to content\/entries\/viborg-2019\/dogmer\.mdx \(its principle principles\.0\)/u);
  });

  test('a deleted entry file fails once, naming the file', () => {
    const result = checkAfter({}, [TROMS]);
    assert.equal(result.status, 1, result.output);
    const lines = result.output.split('\n').filter((line) => line.includes('troms.mdx'));
    assert.equal(lines.length, 1, result.output);
    assert.match(lines[0]!, /^content\/entries\/luk-2011\/troms\.mdx:1: \(file\): this imported entry is missing, and with it 5 item\(s\)/u);
  });

  test('items an editor adds without lines stay allowed, even with words that stand elsewhere in the seed', () => {
    const added = `  - id: a5\n    text: ${SHARED}\n    themes:\n      - planning\n`;
    const result = checkAfter({ [SOR_TRONDELAG]: appendAction(added) });
    assert.equal(result.status, 0, result.output);
  });

  test('an editor’s item that records lines outside its entry’s part of the seed fails', () => {
    // Lines 28–29 are Troms' intro line and a blank: in no entry's items, but outside Sør-Trøndelag's part.
    const added = `  - id: a5\n    text: "Troms fylkeskommune skal:"\n    lines: [28, 28]\n    themes:\n      - planning\n`;
    const result = checkAfter({ [SOR_TRONDELAG]: appendAction(added) });
    assert.equal(result.status, 1, result.output);
    assert.match(result.output, /^content\/entries\/luk-2011\/sor-trondelag\.mdx:\d+: actions\.4: line 28 lies outside this entry's part of \S+ \(expected lines within 55–62\)/mu);
  });
});
