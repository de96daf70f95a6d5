import { closeSync, copyFileSync, existsSync, openSync, readdirSync, readFileSync, readSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatPolicy, mergePolicies, metaPolicy, parsePolicy } from './content-security-policy.ts';

/** Where `deploy/_headers` holds the place of the pages' policy. */
export const POLICY_PLACEHOLDER = 'PAGES_CSP';

/** Every `.html` file below `dir`. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((item) => item.isFile() && item.name.endsWith('.html'))
    .map((item) => join(item.parentPath, item.name));
}

/** One buffer for every page's head: at 20,000 pages a buffer per page is 160 MB of garbage. */
const HEAD_BYTES = 8 * 1024;
const headBuffer = Buffer.alloc(HEAD_BYTES);
const HEAD_END = Buffer.from('</head>');

/**
 * The head of a page: the policy stands in its first kilobyte or two, and pages run to tens of
 * kilobytes (at 20,000 pages that difference is most of the time this step takes). A head longer
 * than the first 8 KB is read whole.
 */
function readHead(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const read = readSync(fd, headBuffer, 0, HEAD_BYTES, 0);
    const end = headBuffer.subarray(0, read).indexOf(HEAD_END);
    if (end >= 0) return headBuffer.toString('utf8', 0, end);
    return read < HEAD_BYTES ? headBuffer.toString('utf8', 0, read) : readFileSync(path, 'utf8');
  } finally {
    closeSync(fd);
  }
}

export interface DeployFilesResult {
  /** The policy the header sends before `frame-ancestors`: every page's `<meta>` policy merged. */
  policy: string;
  pages: number;
  /** How many different policies the pages carry (1 when all carry the same). */
  distinct: number;
  written: string[];
}

/**
 * After a build: reads the Content-Security-Policy of every page in `distDir` (Astro writes one,
 * with the hashes of the inline scripts and styles, into each page's `<meta>`), and writes it where
 * the servers read it: `deployDir/csp.conf` for nginx (`set $pages_csp "…";`), and `_headers` and
 * `_redirects` from `deployDir` into `distDir` for Netlify and Cloudflare Pages.
 */
export function writeDeployFiles(distDir: string, deployDir: string): DeployFilesResult {
  const policies = new Map<string, number>();
  const pages = htmlFiles(distDir);
  for (const page of pages) {
    const policy = metaPolicy(readHead(page));
    if (policy) policies.set(policy, (policies.get(policy) ?? 0) + 1);
  }
  if (policies.size === 0) throw new Error(`No page in ${distDir} carries a Content-Security-Policy <meta>; the header would have nothing to say.`);
  const policy = formatPolicy(mergePolicies([...policies.keys()].map(parsePolicy)));
  if (/["\\$]/u.test(policy)) throw new Error(`The pages' Content-Security-Policy holds a character nginx would misread in a quoted value: ${policy}`);
  const written: string[] = [];
  const conf = join(deployDir, 'csp.conf');
  writeFileSync(conf, [
    '# Written by the build (src/lib/deploy/write-deploy-files.ts): the Content-Security-Policy that',
    `# the ${pages.length} pages in dist/ carry in their <meta>${policies.size > 1 ? ` (${policies.size} different ones, merged)` : ''}. deploy/nginx.conf sends it as a header.`,
    `set $pages_csp "${policy}";`,
    '',
  ].join('\n'));
  written.push(conf);
  const headers = join(deployDir, '_headers');
  if (existsSync(headers)) {
    writeFileSync(join(distDir, '_headers'), readFileSync(headers, 'utf8').replaceAll(POLICY_PLACEHOLDER, policy));
    written.push(join(distDir, '_headers'));
  }
  const redirects = join(deployDir, '_redirects');
  if (existsSync(redirects)) {
    copyFileSync(redirects, join(distDir, '_redirects'));
    written.push(join(distDir, '_redirects'));
  }
  return { policy, pages: pages.length, distinct: policies.size, written };
}
