import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What happened to one file. */
export type WriteOutcome = 'created' | 'updated' | 'unchanged' | 'kept' | 'overwritten';

/**
 * Where the importer remembers what it last wrote (a hash per file). A file whose hash no
 * longer matches has been changed by an editor, and is left alone.
 */
export const MANIFEST_NAME = '.import-manifest.json';

const hash = (text: string) => createHash('sha256').update(text).digest('hex');

function readManifest(path: string): Record<string, string> {
  if (!existsSync(path)) return {};
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
}

/**
 * Writes generated files under `root` without ever losing an editor's work: a file is written
 * when it is new, or when it is exactly what the importer wrote last time; a file changed since
 * (or not written by the importer) is kept unless `force` is set.
 */
export function writeGeneratedFiles(root: string, files: Map<string, string>, force = false): Map<string, WriteOutcome> {
  const manifestPath = join(root, MANIFEST_NAME);
  const manifest = readManifest(manifestPath);
  const outcomes = new Map<string, WriteOutcome>();
  for (const [relativePath, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const path = join(root, relativePath);
    let outcome: WriteOutcome;
    if (!existsSync(path)) outcome = 'created';
    else {
      const current = readFileSync(path, 'utf8');
      if (current === text) outcome = 'unchanged';
      else if (manifest[relativePath] === hash(current)) outcome = 'updated';
      else outcome = force ? 'overwritten' : 'kept';
    }
    if (outcome === 'created' || outcome === 'updated' || outcome === 'overwritten') {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, text);
    }
    if (outcome !== 'kept') manifest[relativePath] = hash(text);
    outcomes.set(relativePath, outcome);
  }
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
  const manifestText = `${JSON.stringify(sorted, null, 2)}\n`;
  if (!existsSync(manifestPath) || readFileSync(manifestPath, 'utf8') !== manifestText) {
    mkdirSync(root, { recursive: true });
    writeFileSync(manifestPath, manifestText);
  }
  return outcomes;
}
