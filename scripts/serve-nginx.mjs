// Serves the built site with nginx and the project's own configuration, in the foreground, for
// the end-to-end tests (playwright.config.ts) or a look at the site as deployed:
//
//   node scripts/serve-nginx.mjs --port 4321
//
// The server block deploy/nginx.conf listens on 8080, and several checkouts may run their tests
// side by side on one machine; so this renders deploy/nginx-main.conf and deploy/nginx.conf into a
// folder of its own under the system's temporary folder, with only two changes: the port (on
// 127.0.0.1), and the folder nginx writes its pid, logs and temporary files to. `root dist;` stays
// relative to the project folder, which is nginx's prefix (-p).
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ensureNginx } from './ensure-nginx.mjs';

const PROJECT = resolve(import.meta.dirname, '..');
const portIndex = process.argv.indexOf('--port');
const PORT = Number(portIndex > 0 ? process.argv[portIndex + 1] : (process.env.PORT ?? 8080));

/**
 * Replaces `from` in the directives of `text` (not in its comments) exactly `times` times, or
 * fails: a changed configuration must not go unnoticed.
 */
function replaceExactly(text, from, to, times, file) {
  let count = 0;
  const lines = text.split('\n').map((line) => {
    if (/^\s*#/u.test(line)) return line;
    count += line.split(from).length - 1;
    return line.replaceAll(from, to);
  });
  if (count !== times) throw new Error(`${file}: expected "${from}" ${times} time(s), found it ${count} time(s).`);
  return lines.join('\n');
}

/** Writes the configuration into `dir`; returns the main file's path. */
function renderConfig(dir, port) {
  const deploy = join(PROJECT, 'deploy');
  const main = readFileSync(join(deploy, 'nginx-main.conf'), 'utf8');
  const server = readFileSync(join(deploy, 'nginx.conf'), 'utf8');
  const runDir = `${dir}/`;
  const mainOut = replaceExactly(main, 'deploy/run/', runDir, 8, 'deploy/nginx-main.conf').replace(/^error_log .*$/mu, 'error_log stderr warn;');
  writeFileSync(join(dir, 'nginx-main.conf'), mainOut);
  writeFileSync(join(dir, 'nginx.conf'), replaceExactly(server, 'listen 8080;', `listen 127.0.0.1:${port};`, 1, 'deploy/nginx.conf'));
  copyFileSync(join(deploy, 'csp.conf'), join(dir, 'csp.conf'));
  return join(dir, 'nginx-main.conf');
}

if (!existsSync(join(PROJECT, 'dist/index.html')) || !existsSync(join(PROJECT, 'deploy/csp.conf'))) {
  console.error('There is no built site to serve (dist/index.html and deploy/csp.conf). Run: npm run build');
  process.exit(1);
}
const nginx = ensureNginx();
const dir = join(tmpdir(), `site-nginx-${PORT}`);
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });
const main = renderConfig(dir, PORT);
const child = spawn(nginx, ['-p', PROJECT, '-c', main, '-e', 'stderr', '-g', 'daemon off;'], { stdio: 'inherit' });
console.log(`nginx serves ${join(PROJECT, 'dist')} at http://127.0.0.1:${PORT}/ (configuration in ${dir})`);
const stop = () => child.kill('SIGQUIT');
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
child.on('exit', (code, signal) => {
  rmSync(dir, { recursive: true, force: true });
  process.exit(code ?? (signal ? 1 : 0));
});
