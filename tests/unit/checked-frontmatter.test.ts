// The content check hands its frontmatter parse to the build's MDX loaders (checked-frontmatter.ts).
// What a loader gets must be exactly what Astro's own parse would have given it, or the site would
// be built from other data than the files hold; and a file it has not seen, or that changed after
// the check, must still be parsed by Astro.
import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import type { LoaderContext } from 'astro/loaders';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { offerCheckedFrontmatter, reuseCheckedFrontmatter, sameUnderBothSchemas, takeCheckedFrontmatter, type CheckedFrontmatter } from '../../src/lib/content-cache/checked-frontmatter.ts';
import { checkContent } from '../../src/lib/content-check/check-content.ts';
import { listFiles } from '../../src/lib/content-check/read-files.ts';
import { copyProject, edit } from './support/content-copy.ts';

/** What Astro's MDX integration returns from getEntryInfo (@astrojs/mdx: safeParseFrontmatter). */
function astroEntryInfo(contents: string) {
  const parsed = parseFrontmatter(contents, { frontmatter: 'empty-with-spaces' });
  return { data: parsed.frontmatter, body: parsed.content.trim(), slug: parsed.frontmatter['slug'], rawData: parsed.rawFrontmatter };
}

test('for every MDX file of the site, the check hands over what Astro would parse', () => {
  const { problems, frontmatter } = checkContent(process.cwd(), 'content');
  assert.deepEqual(problems, []);
  let files = 0;
  for (const [path, checked] of frontmatter) {
    const contents = readFileSync(path, 'utf8');
    assert.equal(checked.contents, contents, path);
    assert.deepEqual({ data: checked.data, body: checked.body, slug: checked.data['slug'], rawData: checked.rawData }, astroEntryInfo(contents), path);
    files++;
  }
  // Every entry and text page: no file of today's content has a date or a YAML tag in its frontmatter.
  const mdxFiles = listFiles('content').filter((file) => file.endsWith('.mdx')).length;
  assert.ok(mdxFiles > 30);
  assert.equal(files, mdxFiles);
});

test('YAML that the default schema reads differently is never handed over', () => {
  for (const yaml of ['updated: 2024-05-01\n', 'when: 2011-5-3 10:00\n', 'base: &b {a: 1}\nmore:\n  <<: *b\n', 'bytes: !!binary aGVq\n', 'title: !!str 12\n']) {
    assert.equal(sameUnderBothSchemas(yaml), false, yaml);
  }
  for (const yaml of ['title: Lokale udviklingsplaner 2011–2014\n', 'order: 3\nnumber: 2\n', 'summary:\n  da: Planer for 2020-2024 og frem.\n']) {
    assert.equal(sameUnderBothSchemas(yaml), true, yaml);
    assert.deepEqual(loadYaml(yaml), loadYaml(yaml, { schema: CORE_SCHEMA }));
  }
});

test('an entry with a date in its frontmatter is left to Astro, the others are handed over', () => {
  const dir = copyProject();
  const file = 'content/entries/luk-2011/troms.mdx';
  edit(dir, file, (text) => text.replace(/^title: .*$/mu, 'title: Troms 2011-05-03'));
  try {
    const { problems, frontmatter } = checkContent(dir, 'content');
    assert.deepEqual(problems, []);
    assert.equal(frontmatter.has(resolve(dir, file)), false);
    assert.equal(frontmatter.has(resolve(dir, 'content/entries/luk-2011/finnmark.mdx')), true);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

const FILE = '/site/content/entries/a/b.mdx';
const checked = (contents: string): CheckedFrontmatter => ({ contents, data: { title: 'B', slug: 'b' }, body: '', rawData: '\ntitle: B\n' });

test('a parse is taken once, and not at all when the file changed after the check', () => {
  offerCheckedFrontmatter(new Map([[FILE, checked('---\ntitle: B\n---\n')]]));
  assert.equal(takeCheckedFrontmatter(FILE, '---\ntitle: C\n---\n'), undefined);
  offerCheckedFrontmatter(new Map([[FILE, checked('---\ntitle: B\n---\n')]]));
  assert.equal(takeCheckedFrontmatter(FILE, '---\ntitle: B\n---\n')?.data['title'], 'B');
  assert.equal(takeCheckedFrontmatter(FILE, '---\ntitle: B\n---\n'), undefined, 'a later sync (astro dev) parses the file itself');
});

test('the wrapped loader gives the glob loader the check parse, and Astro its own for other files', async () => {
  const contents = '---\ntitle: B\n---\n';
  offerCheckedFrontmatter(new Map([[FILE, checked(contents)]]));
  const astroParsed: string[] = [];
  const mdx = { getEntryInfo: ({ fileUrl }: { fileUrl: URL; contents: string }) => (astroParsed.push(fileUrl.pathname), { data: { title: 'from Astro' }, body: '' }) };
  const seen: unknown[] = [];
  const loader = reuseCheckedFrontmatter({
    name: 'probe',
    load: async (context) => {
      const types = (context as LoaderContext & { entryTypes: Map<string, typeof mdx> }).entryTypes;
      for (const path of [FILE, '/site/content/entries/a/other.mdx']) seen.push(await Promise.resolve(types.get('.mdx')!.getEntryInfo({ fileUrl: pathToFileURL(path), contents })));
    },
  });
  const original = new Map([['.mdx', mdx]]);
  await loader.load({ entryTypes: original } as unknown as LoaderContext);
  assert.deepEqual(seen, [
    { data: { title: 'B', slug: 'b' }, body: '', slug: 'b', rawData: '\ntitle: B\n' },
    { data: { title: 'from Astro' }, body: '' },
  ]);
  assert.deepEqual(astroParsed, ['/site/content/entries/a/other.mdx']);
  assert.equal(original.get('.mdx'), mdx, "Astro's own entry types are left as they were");
});
