// Every built page passes the W3C Nu HTML Checker (npm "vnu-jar", run with the machine's Java)
// with no errors. It reads dist/ and needs no browser; the checker runs once over all pages, so a
// new page is covered as soon as it is built. Warnings and info messages do not count.
import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { ROOT } from '../support/content.ts';

const DIST = join(ROOT, 'dist');
/** vnu-jar's main export is the path of its vnu.jar. */
const VNU_JAR = String(createRequire(import.meta.url)('vnu-jar'));
const JAVA = process.env['JAVA'] ?? 'java';

interface VnuMessage {
  type: 'error' | 'info' | 'non-document-error';
  subType?: string;
  url?: string;
  lastLine?: number;
  message: string;
  /** The markup around the problem: pages are minified, so the line alone says little. */
  extract?: string;
}

/** Every .html file under dist/, Pagefind's own files left out. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((item) => {
    const path = join(dir, item.name);
    if (item.isDirectory()) return path === join(DIST, 'pagefind') ? [] : htmlFiles(path);
    return item.name.endsWith('.html') ? [path] : [];
  });
}

test('every page in dist/ passes the Nu HTML Checker with no errors', () => {
  test.setTimeout(120_000);
  const files = htmlFiles(DIST).sort();
  expect(files.length, 'built pages in dist/ (run npm run build first)').toBeGreaterThan(100);

  const run = spawnSync(JAVA, ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.error) throw new Error(`Could not run ${JAVA} (the checker needs Java 8 or newer; set JAVA to its path): ${run.error.message}`);
  // The checker writes its JSON report to standard error and exits 1 when it found errors.
  let messages: VnuMessage[];
  try {
    messages = (JSON.parse(run.stderr) as { messages: VnuMessage[] }).messages;
  } catch {
    throw new Error(`The checker did not report in JSON (exit ${run.status}):\n${run.stderr}${run.stdout}`);
  }

  const errors = messages
    .filter((message) => message.type !== 'info')
    .map((message) => {
      const file = message.url ? relative(ROOT, new URL(message.url).pathname) : '(no file)';
      const at = message.extract ? ` (at “${message.extract.replaceAll('\n', ' ')}”)` : '';
      return `${file}:${message.lastLine ?? 0}: ${message.message}${at}`;
    });
  expect(errors, `Nu HTML Checker errors:\n${errors.join('\n')}`).toEqual([]);
  expect(run.status, run.stderr).toBe(0);
});
