import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeDeployFiles } from './write-deploy-files.ts';

/**
 * After `astro build`: gives the servers the pages' Content-Security-Policy as a header
 * (`deploy/csp.conf` for nginx, `dist/_headers` for Netlify and Cloudflare Pages) and copies
 * `deploy/_redirects` to `dist/`. A copy of the project without `deploy/` (the benchmark's) skips it.
 */
export function deployFiles(): AstroIntegration {
  let deployDir = '';
  return {
    name: 'deploy-files',
    hooks: {
      'astro:config:done': ({ config }) => {
        deployDir = fileURLToPath(new URL('deploy/', config.root));
      },
      'astro:build:done': ({ dir, logger }) => {
        if (!existsSync(deployDir)) return;
        const result = writeDeployFiles(fileURLToPath(dir), deployDir);
        logger.info(`Content-Security-Policy of ${result.pages} pages (${result.distinct} different) → ${result.written.length} files for nginx and static hosts`);
      },
    },
  };
}
