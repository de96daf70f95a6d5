import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { CORE_SCHEMA, load as loadYaml } from 'js-yaml';
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import type { Problem } from './problem.ts';

/** A file's text, or the problem that kept us from reading it. */
export function readText(path: string, file: string): { text: string } | { problem: Problem } {
  const bytes = readFileSync(path);
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { text: text.replace(/^\uFEFF/u, '').replace(/\r\n?/gu, '\n') };
  } catch {
    return { problem: { file, line: 1, field: '(file)', message: 'the file is not UTF-8 text (expected UTF-8: choose "UTF-8" when saving the file in your editor)' } };
  }
}

/** Every file below `dir`, as paths relative to `dir` with forward slashes. */
export function listFiles(dir: string): string[] {
  const files: string[] = [];
  const walk = (current: string) => {
    for (const item of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, item.name);
      if (item.isDirectory()) walk(path);
      else files.push(relative(dir, path).split('\\').join('/'));
    }
  };
  walk(dir);
  return files.sort();
}

/** A YAML document with a way back from a field path to its line. */
export interface LocatedYaml {
  data: unknown;
  /** Line of the field at `path` (or of the nearest parent that exists), in the file's numbering. */
  lineOf(path: readonly PropertyKey[]): number;
  problems: Problem[];
  /** Which parser read `data`: js-yaml, as Astro does, or the located `yaml` document (after js-yaml refused the text). */
  parsedBy: 'js-yaml' | 'yaml';
}

/**
 * Parses YAML that starts at line `firstLine` of `file`, reporting syntax errors with their lines.
 *
 * Most files are fine, and a fine file needs its data, not its lines: it is read with js-yaml (the
 * parser Astro reads the same files with; here in its core schema, which keeps dates and other
 * plain words as text, as `yaml` does, where Astro's default schema makes dates of them: see
 * checked-frontmatter.ts), and the slower `yaml` document with line positions is only built when a
 * problem needs a line, or when js-yaml refuses the file and the error must be located. At 10,000
 * entries this is about 2.5 s of CPU time less per build.
 */
export function parseYaml(source: string, file: string, firstLine = 1): LocatedYaml {
  let data: unknown;
  try {
    data = loadYaml(source, { schema: CORE_SCHEMA, json: false }) ?? null; // an empty document is null, as in `yaml`
  } catch {
    return parseLocatedYaml(source, file, firstLine);
  }
  let located: LocatedYaml | undefined;
  return { data, problems: [], parsedBy: 'js-yaml', lineOf: (path) => (located ??= parseLocatedYaml(source, file, firstLine)).lineOf(path) };
}

/** The full parse: a `yaml` document with every node's position, and its errors with their lines. */
function parseLocatedYaml(source: string, file: string, firstLine: number): LocatedYaml {
  const where = firstLine === 1 ? '(yaml)' : '(frontmatter)';
  const lineCounter = new LineCounter();
  const document: Document = parseDocument(source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
  const problems: Problem[] = document.errors.map((error) => ({
    file,
    line: toFileLine(error.pos[0]),
    field: where,
    message: `the YAML cannot be read: ${error.message.split('\n')[0]} (expected "field: value" lines; check indentation, colons and quotes)`,
  }));
  const lineOf = (path: readonly PropertyKey[]) => {
    for (let length = path.length; length >= 0; length--) {
      const node = document.getIn(path.slice(0, length) as unknown[], true);
      if (isNode(node) && node.range) return toFileLine(node.range[0]);
      if (length > 0) {
        // A key that exists with an empty value: point at the key.
        const parent = document.getIn(path.slice(0, length - 1) as unknown[], true) as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined;
        const pair = parent?.items?.find((item) => item.key?.value === path[length - 1]);
        if (pair?.key?.range) return toFileLine(pair.key.range[0]);
      }
    }
    return firstLine;
  };
  return { data: problems.length > 0 ? undefined : document.toJS(), lineOf, problems, parsedBy: 'yaml' };
}

/** Splits an MDX file into frontmatter and body, or says what is wrong with its fences. */
export function splitFrontmatter(text: string, file: string): { yaml: string; body: string; bodyLine: number } | { problem: Problem } {
  if (!text.startsWith('---\n')) {
    return { problem: { file, line: 1, field: '(frontmatter)', message: 'the file does not start with frontmatter (expected a first line of three dashes ---, the fields, then another line ---)' } };
  }
  const end = text.indexOf('\n---', 3);
  const afterFence = text.slice(end + 4).match(/^[ \t]*(\n|$)/u);
  if (end === -1 || !afterFence) {
    return { problem: { file, line: 1, field: '(frontmatter)', message: 'the frontmatter is never closed (expected a line of three dashes --- after the last field)' } };
  }
  const yaml = text.slice(4, end + 1);
  const bodyLine = yaml.split('\n').length + 2;
  return { yaml, body: text.slice(end + 4 + (afterFence[0]?.length ?? 0)), bodyLine };
}
