// Makes sure the end-to-end tests have a Chromium to drive. Playwright cannot download its own
// browser on our machines, so the tests use the system's Chromium (Debian package "chromium").
// As root with apt available, it is installed here; otherwise we stop at once and say how.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const INSTALL = 'sudo apt-get update && sudo apt-get install -y chromium';

function canInstallWithApt() {
  return process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
}

if (!existsSync(CHROMIUM_PATH)) {
  if (!canInstallWithApt()) {
    console.error(`No Chromium at ${CHROMIUM_PATH}; the end-to-end tests need one. Install it with:\n\n  ${INSTALL}\n\n(or set CHROMIUM_PATH to a Chromium or Chrome binary).`);
    process.exit(1);
  }
  console.log(`No Chromium at ${CHROMIUM_PATH}: installing Debian's chromium package …`);
  const apt = { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } };
  execFileSync('apt-get', ['update', '-qq'], apt);
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], apt);
  if (!existsSync(CHROMIUM_PATH)) {
    console.error(`apt installed chromium, but there is still nothing at ${CHROMIUM_PATH}. Set CHROMIUM_PATH.`);
    process.exit(1);
  }
}
