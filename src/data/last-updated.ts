import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { parseGitLog } from '../lib/edit-history.ts';

let history: Map<string, string> | undefined;
/** Files outside git, by path: an entry page asks three times (citation, head, history), in both languages. */
const modifiedTimes = new Map<string, Date | undefined>();

const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A date as "23. november 2026"; one formatter per language for the whole build. */
export function formatDate(date: Date, locale: 'da' | 'nb'): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale === 'da' ? 'da-DK' : 'nb-NO', { dateStyle: 'long' });
    dateFormats.set(locale, format);
  }
  return format.format(date);
}

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
  if (!modifiedTimes.has(filePath)) modifiedTimes.set(filePath, modifiedTime(filePath));
  return modifiedTimes.get(filePath);
}

function modifiedTime(filePath: string): Date | undefined {
  try {
    return statSync(filePath).mtime;
  } catch {
    return undefined;
  }
}
