import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { editUrl, parseGitLog } from '../../src/lib/edit-history.ts';
import { toWebUrl } from '../../src/site-config.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const run = (cwd: string, script: string, args: string[]) => {
  const result = spawnSync(process.execPath, [join(ROOT, script), ...args], { cwd, encoding: 'utf8', input: '' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
};
const copyProject = () => {
  const dir = mkdtempSync(join(tmpdir(), 'editor-'));
  cpSync(join(ROOT, 'content'), join(dir, 'content'), { recursive: true });
  cpSync(join(ROOT, 'seeds'), join(dir, 'seeds'), { recursive: true });
  return dir;
};
const ENTRY_FLAGS = ['entry', '--source', 'luk-2011', '--title', 'Eksempel fylkeskommune', '--organisation', 'Eksempel fylkeskommune', '--action', 'Arrangere et møte om frivillighet.', '--theme', 'volunteering-community', '--summary-da', 'Et eksempel.', '--summary-nb', 'Et eksempel.'];

describe('npm run new', () => {
  test('creates an entry with every required field, which passes the content check', () => {
    const dir = copyProject();
    const created = run(dir, 'src/lib/scaffold/cli.ts', ENTRY_FLAGS);
    assert.equal(created.status, 0, created.output);
    const text = readFileSync(join(dir, 'content/entries/luk-2011/eksempel-fylkeskommune.mdx'), 'utf8');
    assert.match(text, /^language: nb$/mu);
    assert.match(text, /^order: 19$/mu);
    const check = run(dir, 'src/lib/content-check/cli.ts', []);
    assert.equal(check.status, 0, check.output);
  });

  test('refuses to overwrite an existing file', () => {
    const dir = copyProject();
    run(dir, 'src/lib/scaffold/cli.ts', ENTRY_FLAGS);
    const path = join(dir, 'content/entries/luk-2011/eksempel-fylkeskommune.mdx');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nRedaktørens tekst.\n`);
    const again = run(dir, 'src/lib/scaffold/cli.ts', ENTRY_FLAGS);
    assert.equal(again.status, 1);
    assert.match(again.output, /already exists; nothing was written/u);
    assert.match(readFileSync(path, 'utf8'), /Redaktørens tekst/u);
  });

  test('without a terminal, lists the values it still needs', () => {
    const result = run(copyProject(), 'src/lib/scaffold/cli.ts', ['theme', '--id', 'lokal-mad']);
    assert.equal(result.status, 1);
    assert.match(result.output, /--label-da/u);
    assert.match(result.output, /--keywords/u);
  });

  test('creates a theme whose slugs come from its labels', () => {
    const dir = copyProject();
    const result = run(dir, 'src/lib/scaffold/cli.ts', ['theme', '--id', 'local-food', '--label-da', 'Lokal mad og fødevarer', '--label-nb', 'Lokalmat og matproduksjon', '--description-da', 'Mad fra egnen.', '--description-nb', 'Mat fra bygda.', '--keywords', 'lokal mad, lokalmat']);
    assert.equal(result.status, 0, result.output);
    const text = readFileSync(join(dir, 'content/themes/local-food.yaml'), 'utf8');
    assert.match(text, /slug: lokal-mad-og-fodevarer/u);
    assert.match(text, /order: 19/u);
    assert.equal(run(dir, 'src/lib/content-check/cli.ts', []).status, 0);
  });
});

describe('npm run import after an editor’s change', () => {
  test('leaves the changed file untouched and says so', () => {
    const dir = copyProject();
    const path = join(dir, 'content/entries/luk-2011/finnmark.mdx');
    const before = readFileSync(path, 'utf8');
    const result = run(dir, 'src/lib/importer/cli.ts', []);
    assert.equal(result.status, 0, result.output);
    assert.match(result.output, /content\/entries\/luk-2011\/finnmark\.mdx: changed since it was imported — left as it is \(run with --force to overwrite it\)/u);
    assert.equal(readFileSync(path, 'utf8'), before);
    assert.ok(existsSync(join(dir, 'content/.import-manifest.json')));
  });
});

describe('edit links and history', () => {
  test('editUrl points at the file on the branch', () => {
    assert.equal(editUrl('https://github.com/org/repo/', 'main', 'content/entries/luk-2011/sør-trøndelag.mdx'), 'https://github.com/org/repo/edit/main/content/entries/luk-2011/s%C3%B8r-tr%C3%B8ndelag.mdx');
  });
  test('toWebUrl reads ssh and https remotes', () => {
    assert.equal(toWebUrl('git@github.com:org/repo.git'), 'https://github.com/org/repo');
    assert.equal(toWebUrl('https://token@gitlab.com/org/repo.git'), 'https://gitlab.com/org/repo');
    assert.equal(toWebUrl('/srv/git/repo'), undefined);
  });
  test('parseGitLog keeps the newest date of each file', () => {
    const log = '\u00002026-11-23T10:00:00+00:00\n\ncontent/a.mdx\ncontent/b.yaml\n\u00002026-01-01T10:00:00+00:00\n\ncontent/a.mdx\ncontent/c.mdx\n';
    const dates = parseGitLog(log);
    assert.equal(dates.get('content/a.mdx'), '2026-11-23T10:00:00+00:00');
    assert.equal(dates.get('content/c.mdx'), '2026-01-01T10:00:00+00:00');
  });
});
