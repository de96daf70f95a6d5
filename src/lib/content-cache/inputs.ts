/**
 * What Astro's content cache depends on beyond what Astro itself watches.
 *
 * Astro clears its data store only when the Astro config (without its integrations), the text
 * of `src/content.config.ts` or the Astro version changes. A schema imported from another module,
 * the content check (an integration) or the package versions that parse the data are invisible
 * to it, and the glob loader keeps an unchanged file's stored, previously parsed data. This
 * module lists the local modules reachable from a few root files, by following their import
 * statements, and the versions of the packages they import, and digests them, so a change to any
 * of them can clear the store (see astro-integration.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** The module specifiers a JavaScript or TypeScript module imports or re-exports (static and dynamic). */
export function importSpecifiers(source: string): string[] {
  const withoutComments = source.replace(/\/\*[\s\S]*?\*\//gu, '').replace(/(^|[^:'"`])\/\/.*$/gmu, '$1');
  const out = new Set<string>();
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/gu,
    /\bimport\s*['"]([^'"]+)['"]/gu,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/gu,
  ];
  for (const pattern of patterns) for (const match of withoutComments.matchAll(pattern)) out.add(match[1] as string);
  return [...out];
}

/** The npm package a bare specifier names (`astro/zod` → `astro`), or undefined for relative, `node:` and virtual (`astro:content`) ones. */
export function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('/') || /^[a-z]+:/u.test(specifier)) return undefined;
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

const EXTENSIONS = ['', '.ts', '.mts', '.js', '.mjs', '/index.ts', '/index.js'];

function resolveLocal(fromFile: string, specifier: string): string | undefined {
  const base = resolve(dirname(fromFile), specifier);
  for (const extension of EXTENSIONS) {
    const candidate = base + extension;
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Packages whose subpath re-exports another package: its version shapes the parsed data too. */
const REEXPORTED: Record<string, string> = { 'astro/zod': 'zod' };

export interface ContentInputs {
  /** Project-relative path (with `/`) → sha-256 of the file's text. */
  files: Record<string, string>;
  /** Package name → installed version. */
  packages: Record<string, string>;
  /** Other values the stored data depends on (e.g. the content folder). */
  settings: Record<string, string>;
}

function sha256(text: string | Buffer): string {
  return createHash('sha256').update(text).digest('hex');
}

function installedVersion(root: string, name: string): string {
  const manifest = join(root, 'node_modules', name, 'package.json');
  if (!existsSync(manifest)) return 'not installed';
  return String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: unknown }).version ?? 'unknown');
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((item) => item.isFile())
    .map((item) => join(item.parentPath, item.name));
}

/**
 * The inputs of the content cache: every local module reachable by imports from `roots`
 * (project-relative files), every file under `folders`, the installed versions of the packages
 * those modules import, and `settings`.
 */
export function collectInputs(root: string, roots: readonly string[], folders: readonly string[], settings: Record<string, string> = {}): ContentInputs {
  const files: Record<string, string> = {};
  const packages: Record<string, string> = {};
  const queue = [...roots.map((file) => resolve(root, file)), ...folders.flatMap((folder) => filesUnder(resolve(root, folder)))];
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.pop() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file);
    files[relative(root, file).split(sep).join('/')] = sha256(text);
    if (!/\.(?:[cm]?[jt]s|tsx?)$/u.test(file)) continue;
    for (const specifier of importSpecifiers(text.toString('utf8'))) {
      const name = packageOf(specifier);
      if (name) {
        packages[name] = installedVersion(root, name);
        const reexported = REEXPORTED[specifier];
        if (reexported) packages[reexported] = installedVersion(root, reexported);
      } else if (specifier.startsWith('.')) {
        const target = resolveLocal(file, specifier);
        if (target) queue.push(target);
      }
    }
  }
  const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
  return { files: sorted(files), packages: sorted(packages), settings: sorted(settings) };
}

/** What differs between two sets of inputs, as short labels (`src/schemas/entry.ts`, `zod 4.1.0 → 4.2.0`, `CONTENT_DIR`). */
export function changedInputs(previous: ContentInputs, current: ContentInputs): string[] {
  const out: string[] = [];
  for (const kind of ['files', 'packages', 'settings'] as const) {
    const names = new Set([...Object.keys(previous[kind] ?? {}), ...Object.keys(current[kind] ?? {})]);
    for (const name of [...names].sort()) {
      const before = previous[kind]?.[name];
      const after = current[kind]?.[name];
      if (before === after) continue;
      if (kind === 'files') out.push(before === undefined ? `${name} (new)` : after === undefined ? `${name} (gone)` : name);
      else out.push(`${name} ${before ?? '–'} → ${after ?? '–'}`);
    }
  }
  return out;
}
