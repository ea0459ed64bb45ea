import type { Page, TestInfo } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Where every step's picture goes (kept as a test artefact; gitignored). */
export const SCREENSHOT_DIR = join(import.meta.dirname, '..', '..', 'test-results', 'screenshots');

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Saves a full-page screenshot named after the test and the step: `nha-onboards-brazil--03-brazil-listed.png`.
 * Steps are numbered per test in the order taken.
 */
export async function screenshot(page: Page, testInfo: TestInfo, step: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const counters = testInfo as TestInfo & { __screenshotCount?: number };
  counters.__screenshotCount = (counters.__screenshotCount ?? 0) + 1;
  const number = String(counters.__screenshotCount).padStart(2, '0');
  const path = join(SCREENSHOT_DIR, `${slug(testInfo.title)}--${number}-${slug(step)}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(step, { path, contentType: 'image/png' });
  return path;
}
