import { execFileSync } from 'node:child_process';

/**
 * Where the project's files can be edited online, e.g. https://github.com/<owner>/<repo>.
 * Set it once here, or with the REPOSITORY_URL environment variable when building; without
 * either, the git remote "origin" is used, and with no remote the pages name the file instead.
 */
const CONFIGURED_REPOSITORY_URL: string | undefined = undefined;

/** The branch edits are proposed against. */
export const REPOSITORY_BRANCH = 'main';

function originUrl(): string | undefined {
  try {
    const remote = execFileSync('git', ['remote', 'get-url', 'origin'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    return toWebUrl(remote);
  } catch {
    return undefined;
  }
}

/** `git@github.com:owner/repo.git` or `https://…/repo.git` → `https://…/repo`; anything else → undefined. */
export function toWebUrl(remote: string): string | undefined {
  const ssh = /^git@([^:]+):(.+?)(?:\.git)?$/u.exec(remote);
  if (ssh) return `https://${ssh[1]}/${ssh[2]}`;
  const https = /^https:\/\/(?:[^@/]+@)?(.+?)(?:\.git)?\/?$/u.exec(remote);
  return https ? `https://${https[1]}` : undefined;
}

export const REPOSITORY_URL: string | undefined = process.env['REPOSITORY_URL'] || CONFIGURED_REPOSITORY_URL || originUrl();
