// Makes sure the end-to-end tests have an nginx to serve the built site with (deploy/nginx.conf).
// The tests use Debian's package "nginx". As root with apt available, it is installed here;
// otherwise we stop at once and say how. Run on its own, or imported by scripts/serve-nginx.mjs.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

export const NGINX_PATH = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const INSTALL = 'sudo apt-get update && sudo apt-get install -y nginx';

function canInstallWithApt() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

/** The path of an nginx binary, installing Debian's package first where we can; exits otherwise. */
export function ensureNginx() {
  if (existsSync(NGINX_PATH)) return NGINX_PATH;
  if (!canInstallWithApt()) {
    console.error(`No nginx at ${NGINX_PATH}; the end-to-end tests serve the site with it. Install it with:\n\n  ${INSTALL}\n\n(or set NGINX_PATH to an nginx binary, version 1.19.5 or newer).`);
    process.exit(1);
  }
  console.log(`No nginx at ${NGINX_PATH}: installing Debian's nginx package …`);
  // RUNLEVEL=1 keeps the package's own service (port 80) from starting where invoke-rc.d honours it;
  // the tests start an nginx of their own on their own port.
  const apt = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive', RUNLEVEL: '1' } };
  execFileSync('apt-get', ['update', '-qq'], apt);
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx'], apt);
  if (!existsSync(NGINX_PATH)) {
    console.error(`apt installed nginx, but there is still nothing at ${NGINX_PATH}. Set NGINX_PATH.`);
    process.exit(1);
  }
  return NGINX_PATH;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) ensureNginx();
