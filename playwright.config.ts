import { defineConfig } from '@playwright/test';

// PLAYWRIGHT_PORT lets two checkouts on one machine run their suites side by side.
// Builds and dev servers the tests start log without colour codes (CI turns them on), so the
// tests can read their lines.
process.env['NO_COLOR'] ??= '1';

const PORT = Number(process.env['PLAYWRIGHT_PORT'] ?? 4321);

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: true,
  workers: 2,
  forbidOnly: Boolean(process.env['CI']),
  reporter: process.env['CI'] ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'reports/playwright' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium: Playwright cannot download its own browser here (see scripts/ensure-browser.mjs).
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      // Without these, Chromium keeps trying to reach Google's services, which the sandbox refuses.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
  },
  webServer: {
    // The built site served by nginx with deploy/nginx.conf, as it is deployed (Debian's nginx;
    // scripts/ensure-nginx.mjs installs it or says how).
    command: `node scripts/serve-nginx.mjs --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 60_000,
  },
});
