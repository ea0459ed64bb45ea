import { defineConfig, devices } from '@playwright/test';

/**
 * Browser tests drive Debian's Chromium (scripts/ensure-chromium.sh installs it; Playwright's own browsers are
 * never downloaded) against a running `cowin serve` (scripts/console-server.sh): BASE_URL=http://127.0.0.1:PORT.
 * The tests change server state (they onboard Brazil), so one worker, in file order, and no retries that could
 * hide a flaky step.
 */
export default defineConfig({
  testDir: './e2e',
  // Several people (or agents) may run tests at once: PW_OUTPUT_DIR keeps their traces apart.
  outputDir: process.env.PW_OUTPUT_DIR ?? './test-results/playwright',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: process.env.BASE_URL ?? 'http://127.0.0.1:8080',
    headless: true,
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    locale: 'en-GB',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-dev-shm-usage'],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], channel: undefined } }],
});
