import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core on the page as it is now and fails on any serious or critical violation (WCAG 2.1 A and AA rules
 * and best practices), listing each with the elements concerned so the failure says what to fix.
 */
export async function expectNoSeriousA11yViolations(page: Page, context: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  const report = serious.map(
    (v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`,
  );
  expect(report, `axe violations on ${context}`).toEqual([]);
}

/**
 * The same check for a page whose context has JavaScript disabled, where axe cannot run (its queue waits on timers,
 * which never fire without scripts). The document the browser holds is served as is, with the context's cookies,
 * to a page of a context of its own that lets axe run but blocks every script the document loads (so the DOM stays
 * the one a citizen without scripts has), and checked there.
 */
export async function expectNoSeriousA11yViolationsWithoutScripts(page: Page, context: string): Promise<void> {
  const browser = page.context().browser();
  if (!browser) throw new Error('expectNoSeriousA11yViolationsWithoutScripts needs a page of a browser context');
  const html = await page.content();
  const inspector = await browser.newContext({ viewport: page.viewportSize() });
  try {
    await inspector.addCookies(await page.context().cookies());
    const copy = await inspector.newPage();
    await copy.route('**/*', (route) => {
      const request = route.request();
      if (request.isNavigationRequest() && request.frame() === copy.mainFrame()) {
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
      }
      return request.resourceType() === 'script' ? route.abort() : route.continue();
    });
    await copy.goto(page.url());
    await expectNoSeriousA11yViolations(copy, context);
  } finally {
    await inspector.close();
  }
}
