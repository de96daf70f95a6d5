import { CORE_SCHEMA, load } from 'js-yaml';
import type { Locale } from '../../i18n/locales.ts';

/** What a change is about. */
export type ChangeKind = 'entry' | 'theme' | 'glossary' | 'page';

/** One content file changed in one commit (or, outside git, one file and its date). */
export interface Change {
  /** Stable key for the feed entry id: commit and file, or file and date. */
  key: string;
  date: Date;
  kind: ChangeKind;
  /** Entry id (`<source>/<slug>`), theme id, page id (`<lang>/<slug>`) or "glossary". */
  id: string;
  status: 'added' | 'modified' | 'deleted' | 'dated';
  /** Names of the fields that changed (top-level frontmatter keys; "body" for the text). */
  fields: string[];
  /** Glossary pairs ("da/nb") added, changed or removed. */
  terms: string[];
  /** The file's data after the change (before it, when deleted). */
  data: Record<string, unknown>;
}

/** A content file's place in the site, from its path under the content folder. */
export function classify(path: string): { kind: ChangeKind; id: string } | undefined {
  const entry = /^entries\/([^/]+)\/([^/]+)\.mdx$/u.exec(path);
  if (entry) return { kind: 'entry', id: `${entry[1]}/${entry[2]}` };
  const theme = /^themes\/([^/]+)\.yaml$/u.exec(path);
  if (theme?.[1]) return { kind: 'theme', id: theme[1] };
  if (path === 'glossary.yaml') return { kind: 'glossary', id: 'glossary' };
  const page = /^pages\/(da|nb)\/([^/]+)\.mdx$/u.exec(path);
  if (page) return { kind: 'page', id: `${page[1]}/${page[2]}` };
  return undefined;
}

/** The data and body of a content file's text: YAML, or MDX with YAML frontmatter. */
export function readContentFile(path: string, text: string): { data: unknown; body: string } {
  if (!path.endsWith('.mdx')) return { data: safeParse(text), body: '' };
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/u.exec(text);
  return match ? { data: safeParse(match[1] ?? ''), body: (match[2] ?? '').trim() } : { data: {}, body: text.trim() };
}

/** js-yaml, as the content check and Astro read the files (core schema: dates stay text). */
function safeParse(text: string): unknown {
  try {
    return load(text, { schema: CORE_SCHEMA }) ?? {};
  } catch {
    return {}; // a broken file in history: the change is still listed, without field names
  }
}

const asRecord = (value: unknown): Record<string, unknown> => (value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});
const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** Top-level fields that differ between two versions (a theme's per-language fields by their own name). */
export function changedFields(before: Record<string, unknown>, after: Record<string, unknown>): string[] {
  const fields = new Set<string>();
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (same(before[key], after[key])) continue;
    if ((key === 'da' || key === 'nb') && typeof after[key] === 'object' && !Array.isArray(after[key])) {
      for (const field of changedFields(asRecord(before[key]), asRecord(after[key]))) fields.add(field);
    } else fields.add(key);
  }
  return [...fields];
}

/** Glossary pairs that were added, removed or changed, as "da/nb". */
export function changedTerms(before: unknown, after: unknown): string[] {
  const byId = (list: unknown) => new Map((Array.isArray(list) ? list : []).map((term) => [String(asRecord(term)['id']), asRecord(term)]));
  const old = byId(before);
  const now = byId(after);
  const terms: string[] = [];
  for (const id of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(id);
    const b = now.get(id);
    if (!same(a, b)) {
      const term = b ?? a ?? {};
      terms.push(`${String(term['da'])}/${String(term['nb'])}`);
    }
  }
  return terms;
}

/** A file change in a commit, as `git log --raw` reports it. */
export interface RawFileChange {
  status: string;
  oldBlob: string;
  newBlob: string;
  /** Path under the content folder. */
  path: string;
}
export interface RawCommit {
  hash: string;
  date: string;
  files: RawFileChange[];
}

const NO_BLOB = /^0+$/u;

/**
 * Reads `git log --no-merges --format=%x00%H %cI --raw --no-renames --no-abbrev -- <content>` into commits,
 * newest first; `prefix` (e.g. "content/") is taken off the paths.
 */
export function parseRawGitLog(output: string, prefix: string): RawCommit[] {
  const commits: RawCommit[] = [];
  for (const block of output.split('\u0000').slice(1)) {
    const [header = '', ...lines] = block.split('\n');
    const [hash = '', date = ''] = header.trim().split(' ');
    const files: RawFileChange[] = [];
    for (const line of lines) {
      const match = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) ([AMD])\w*\t(.+)$/u.exec(line.trim());
      if (!match) continue;
      const [, oldBlob = '', newBlob = '', status = '', path = ''] = match;
      if (path.startsWith(prefix)) files.push({ status, oldBlob, newBlob, path: path.slice(prefix.length) });
    }
    if (hash && date) commits.push({ hash, date, files });
  }
  return commits;
}

/** The newest commits that together change at least `files` content files (more would not be shown). */
export function newestCommits(commits: readonly RawCommit[], files: number): RawCommit[] {
  let count = 0;
  const taken: RawCommit[] = [];
  for (const commit of commits) {
    if (count >= files) break;
    taken.push(commit);
    count += commit.files.filter((file) => classify(file.path)).length;
  }
  return taken;
}

/** Blob ids a list of commits needs to describe its changes. */
export function blobsOf(commits: readonly RawCommit[]): string[] {
  return [...new Set(commits.flatMap((commit) => commit.files.flatMap((file) => [file.oldBlob, file.newBlob])).filter((blob) => !NO_BLOB.test(blob)))];
}

/** Reads `git cat-file --batch` output (`<id> blob <size>\n<bytes>\n` …) into texts by blob id. */
export function parseCatFileBatch(output: Buffer): Map<string, string> {
  const blobs = new Map<string, string>();
  let at = 0;
  while (at < output.length) {
    const end = output.indexOf(10, at);
    if (end < 0) break;
    const [id = '', type, size] = output.subarray(at, end).toString('utf8').split(' ');
    if (type === undefined || size === undefined) {
      at = end + 1; // "<id> missing"
      continue;
    }
    const length = Number(size);
    blobs.set(id, output.subarray(end + 1, end + 1 + length).toString('utf8'));
    at = end + 1 + length + 1;
  }
  return blobs;
}

/** The changes of content files, newest first, from commits and the texts of their blobs. */
export function changesFromCommits(commits: readonly RawCommit[], blobs: ReadonlyMap<string, string>): Change[] {
  const changes: Change[] = [];
  // A file's new version in one commit is its old version in the next: parse each blob once.
  const parsed = new Map<string, { data: unknown; body: string }>();
  const read = (path: string, blob: string) => {
    const text = NO_BLOB.test(blob) ? undefined : blobs.get(blob);
    if (text === undefined) return undefined;
    let content = parsed.get(blob);
    if (!content) parsed.set(blob, (content = readContentFile(path, text)));
    return content;
  };
  for (const commit of commits) {
    for (const file of commit.files) {
      const place = classify(file.path);
      if (!place) continue;
      const old = read(file.path, file.oldBlob);
      const now = read(file.path, file.newBlob);
      const status = file.status === 'A' ? 'added' : file.status === 'D' ? 'deleted' : 'modified';
      const fields = old && now ? [...changedFields(asRecord(old.data), asRecord(now.data)), ...(old.body === now.body ? [] : ['body'])] : [];
      const terms = place.kind === 'glossary' ? changedTerms(old?.data, now?.data) : [];
      if (status === 'modified' && fields.length === 0 && terms.length === 0) continue; // e.g. only whitespace
      changes.push({ key: `${commit.hash}:${file.path}`, date: new Date(commit.date), ...place, status, fields, terms, data: asRecord((now ?? old)?.data) });
    }
  }
  return changes;
}

/** Outside git: one change per file, dated by the file's modification time. */
export function changesFromFiles(files: readonly { path: string; text: string; modified: Date }[]): Change[] {
  return files
    .flatMap((file) => {
      const place = classify(file.path);
      if (!place) return [];
      const change: Change = { key: `${file.path}:${file.modified.toISOString()}`, date: file.modified, ...place, status: 'dated', fields: [], terms: [], data: asRecord(readContentFile(file.path, file.text).data) };
      return [change];
    })
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.id.localeCompare(b.id));
}

/** Whether a change shows in a UI language's feed: text pages only in their own language. */
export function changeIsFor(change: Change, locale: Locale): boolean {
  return change.kind !== 'page' || change.id.startsWith(`${locale}/`);
}
