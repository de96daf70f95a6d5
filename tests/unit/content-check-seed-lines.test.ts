// Every goal, action, principle and target records the seed lines it stands on; the check holds
// each to its lines, so that "Se i kilden" lands where the text is.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { parse } from 'yaml';
import { linedItems, readSeedFile, textOfLines } from '../../src/lib/content-check/check-seed-lines.ts';
import { entrySchema } from '../../src/schemas/index.ts';
import { copyProject, edit, ROOT, runCheck } from './support/content-copy.ts';

const TROMS = 'content/entries/luk-2011/troms.mdx';

function checkAfter(file: string, change: (text: string) => string): { status: number | null; output: string } {
  const dir = copyProject('seed-lines-');
  edit(dir, file, change);
  return runCheck(dir);
}

/** Every entry of content/, parsed with the plain schema. */
function realEntries() {
  const sources = new Map(
    readdirSync(join(ROOT, 'content/sources')).map((name) => {
      const data = parse(readFileSync(join(ROOT, 'content/sources', name), 'utf8')) as { seed: string };
      return [name.replace(/\.yaml$/u, ''), readSeedFile(data.seed, readFileSync(join(ROOT, 'seeds', data.seed), 'utf8'))];
    }),
  );
  return readdirSync(join(ROOT, 'content/entries'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/u.exec(readFileSync(join(ROOT, 'content/entries', name), 'utf8'))?.[1] ?? '';
      const data = entrySchema.parse(parse(frontmatter));
      return { name, data, seed: sources.get(data.source)! };
    });
}

describe('seed lines', () => {
  test('every imported goal, action, principle and target records lines that hold its text', () => {
    let items = 0;
    let multiLine = 0;
    for (const { name, data, seed } of realEntries()) {
      for (const item of linedItems(data)) {
        items++;
        if (item.lines[1] > item.lines[0]) multiLine++;
        assert.ok(textOfLines(seed, item.lines).includes(item.text.replace(/\s+/gu, ' ').trim()), `${name} ${item.path.join('.')}: lines ${item.lines.join('–')}`);
      }
      const unlined = [...data.goal, ...data.actions, ...data.principles, ...data.targets].filter((item) => !item.lines);
      assert.deepEqual(unlined.map((item) => item.text), [], `${name}: items without seed lines`);
    }
    assert.ok(items > 100, `only ${items} items with lines`);
    // Items the PDF breaks across lines (and hyphenates) are held to the whole range, joined.
    assert.ok(multiLine > 0, 'no item spans more than one line');
  });

  test('an action pointed at the wrong line fails, naming the field and where the text stands', () => {
    const { status, output } = checkAfter(TROMS, (t) => t.replace('lines: [30, 30]', 'lines: [31, 31]'));
    assert.equal(status, 1);
    assert.match(output, /^content\/entries\/luk-2011\/troms\.mdx:\d+: actions\.0\.lines: line 31 of 004_5e30ac666280c945\.txt do not hold this item's text \(expected line 30, where the text stands\)/mu);
  });

  test('a goal pointed at the wrong line fails', () => {
    const { status, output } = checkAfter(TROMS, (t) => t.replace('lines: [26, 26]', 'lines: [27, 27]'));
    assert.equal(status, 1);
    assert.match(output, /troms\.mdx:\d+: goal\.0\.lines: line 27 of .* do not hold this item's text/u);
  });

  test('lines past the end of the seed fail', () => {
    const { status, output } = checkAfter(TROMS, (t) => t.replace('lines: [33, 33]', 'lines: [33, 9000]'));
    assert.equal(status, 1);
    assert.match(output, /troms\.mdx:\d+: actions\.3\.lines: line 9000 is past the end of 004_5e30ac666280c945\.txt \(expected lines 1–\d+\)/u);
  });

  test('lines in the wrong order fail with the schema message', () => {
    const { status, output } = checkAfter(TROMS, (t) => t.replace('lines: [30, 30]', 'lines: [30, 29]'));
    assert.equal(status, 1);
    assert.match(output, /troms\.mdx:\d+: actions\.0\.lines: .*expected the first line to come before the last/u);
  });

  test('an action an editor adds without seed lines is allowed', () => {
    const { status, output } = checkAfter(TROMS, (t) =>
      t.replace('places:\n', '  - id: a5\n    text: Arrangere dialogmøter og opplæringsseminarer for kommunene.\n    themes:\n      - networks\nplaces:\n'),
    );
    assert.equal(status, 0, output);
  });
});
