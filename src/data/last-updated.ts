import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { parseGitLog } from '../lib/edit-history.ts';

let history: Map<string, string> | undefined;

/** One `git log` for the whole content folder, read once per build. */
function gitHistory(): Map<string, string> {
  if (!history) {
    try {
      const output = execFileSync('git', ['log', '--format=%x00%cI', '--name-only', '--', 'content'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'ignore'] });
      history = parseGitLog(output);
    } catch {
      history = new Map(); // not a git checkout (e.g. a downloaded archive)
    }
  }
  return history;
}

/**
 * When a content file last changed: its last commit, or — for a file not committed yet, or
 * outside git — the file's modification time.
 */
export function lastUpdated(filePath: string): Date | undefined {
  const committed = gitHistory().get(filePath);
  if (committed) return new Date(committed);
  try {
    return statSync(filePath).mtime;
  } catch {
    return undefined;
  }
}
