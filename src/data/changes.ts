import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { blobsOf, changesFromCommits, changesFromFiles, newestCommits, parseCatFileBatch, parseRawGitLog, type Change } from '../lib/open-data/changes.ts';

/** How many changes the feeds and the changes pages show. */
export const MAX_CHANGES = 100;

const CONTENT_DIR = process.env['CONTENT_DIR'] ?? 'content';

interface History {
  changes: Change[];
  /** True when the dates are the files' own (no git history). */
  fromFiles: boolean;
}

/** Two git processes for the whole history: the log with blob ids, and the blobs' texts. A change is dated by the commit that made it, not by the merge that brought it in. */
function fromGit(): Change[] | undefined {
  try {
    const run = (args: string[], input?: string) => execFileSync('git', ['-c', 'core.quotePath=false', ...args], { input, maxBuffer: 256 * 1024 * 1024, stdio: ['pipe', 'pipe', 'ignore'] });
    const prefix = run(['rev-parse', '--show-prefix']).toString('utf8').trim();
    const contentPath = `${prefix}${relative('.', CONTENT_DIR).replaceAll('\\', '/')}/`;
    const log = run(['log', '--no-merges', '--format=%x00%H %cI', '--raw', '--no-renames', '--no-abbrev', '--', CONTENT_DIR]).toString('utf8');
    // Changes that alter nothing visible are dropped, so take commits for twice the changes shown.
    const commits = newestCommits(parseRawGitLog(log, contentPath), MAX_CHANGES * 2);
    if (commits.length === 0) return undefined; // a content folder outside the history (e.g. the benchmark's)
    const blobs = blobsOf(commits);
    const texts = blobs.length ? parseCatFileBatch(run(['cat-file', '--batch'], `${blobs.join('\n')}\n`)) : new Map<string, string>();
    return changesFromCommits(commits, texts).slice(0, MAX_CHANGES);
  } catch {
    return undefined; // not a git checkout (e.g. a downloaded archive)
  }
}

/** Outside git: the newest files by modification time; only those are read. */
function fromFiles(): Change[] {
  const files: { path: string; modified: Date }[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(join(CONTENT_DIR, dir), { withFileTypes: true })) {
      const path = dir ? `${dir}/${item.name}` : item.name;
      if (item.isDirectory()) walk(path);
      else files.push({ path, modified: statSync(join(CONTENT_DIR, path)).mtime });
    }
  };
  walk('');
  const newest = files.sort((a, b) => b.modified.getTime() - a.modified.getTime()).slice(0, MAX_CHANGES * 2);
  return changesFromFiles(newest.map((file) => ({ ...file, text: readFileSync(join(CONTENT_DIR, file.path), 'utf8') }))).slice(0, MAX_CHANGES);
}

let history: History | undefined;

/** The newest content changes, from git history or, outside git, from the files' dates; read once per build. */
export function getChanges(): History {
  if (!history) {
    const git = fromGit();
    history = git ? { changes: git, fromFiles: false } : { changes: fromFiles(), fromFiles: true };
  }
  return history;
}
