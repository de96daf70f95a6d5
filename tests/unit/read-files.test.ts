import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { parseDocument } from 'yaml';
import { listFiles, parseYaml, splitFrontmatter } from '../../src/lib/content-check/read-files.ts';

// The check reads files with a fast parser and builds the located `yaml` document only when a
// problem needs a line; both must agree on what a file holds, or the check would judge other data.
test('every content file reads as the same data as the located parse gives', () => {
  let files = 0;
  for (const relative of listFiles('content')) {
    if (!/\.(yaml|mdx)$/u.test(relative)) continue;
    const text = readFileSync(`content/${relative}`, 'utf8');
    const yaml = relative.endsWith('.mdx') ? (splitFrontmatter(text, relative) as { yaml: string }).yaml : text;
    assert.deepEqual(parseYaml(yaml, relative).data, parseDocument(yaml).toJS(), relative);
    files++;
  }
  assert.ok(files > 50, `read ${files} files`);
});

test('dates and yes/no stay text, an empty document is empty', () => {
  assert.deepEqual(parseYaml('published: 2011-05-01\nanswer: yes\n', 'x.yaml').data, { published: '2011-05-01', answer: 'yes' });
  assert.equal(parseYaml('', 'x.yaml').data, null);
});

test('a field is located at its line in the file, lazily, also in frontmatter', () => {
  const yaml = parseYaml('title: A\nthemes:\n  - one\n  - two\n', 'content/entries/a/b.mdx', 2);
  assert.deepEqual(yaml.problems, []);
  assert.equal(yaml.lineOf(['themes', 1]), 5);
  assert.equal(yaml.lineOf(['missing']), 2);
});

test('a duplicated key and broken YAML are reported at their lines', () => {
  const twice = parseYaml('title: A\ntitle: B\n', 'x.yaml');
  assert.equal(twice.data, undefined);
  assert.equal(twice.problems.length, 1);
  assert.equal(twice.problems[0]?.line, 2);
  const broken = parseYaml('title: A\nthemes: [one\nsummary: x\n', 'x.yaml');
  assert.equal(broken.data, undefined);
  assert.ok(broken.problems.length > 0);
  assert.match(broken.problems[0]?.message ?? '', /the YAML cannot be read/u);
});
