import { expect, test, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { screenshot } from './support/screenshots';
import { consoleUrl, signInAsNha } from './support/session';
import { zipTenantFolder } from './support/tenantZip';

/** The row of a country in the countries table. */
function countryRow(page: Page, code: string) {
  return page.locator(`tr[data-country="${code}"]`);
}

test.describe('NHA console', () => {
  test('sign-in page is accessible', async ({ page }, testInfo) => {
    await page.goto(consoleUrl('platform'));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await screenshot(page, testInfo, 'sign-in');
    await expectNoSeriousA11yViolations(page, 'NHA sign-in');
  });

  test('NHA onboards Brazil, suspends and resumes it', async ({ page }, testInfo) => {
    await signInAsNha(page);
    await expect(page).toHaveURL(/#\/countries$/);
    for (const code of ['IN', 'EG', 'UZ']) await expect(countryRow(page, code)).toBeVisible();
    await screenshot(page, testInfo, 'countries');
    await expectNoSeriousA11yViolations(page, 'countries');

    await page.getByRole('link', { name: 'Onboard a country' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Onboard a country' })).toBeVisible();
    await expectNoSeriousA11yViolations(page, 'onboard');
    await page.locator('input[type="file"]').setInputFiles({
      name: 'BR.zip',
      mimeType: 'application/zip',
      buffer: zipTenantFolder('BR'),
    });
    await expect(page.getByText('Chosen: BR.zip')).toBeVisible();
    await screenshot(page, testInfo, 'zip chosen');
    await page.getByRole('button', { name: 'Check and onboard' }).click();
    await expect(page.getByText(/BR is (onboarded|updated)/)).toBeVisible({ timeout: 30_000 });
    await screenshot(page, testInfo, 'brazil onboarded');

    await page.getByRole('link', { name: 'Back to the countries' }).click();
    const brazil = countryRow(page, 'BR');
    await expect(brazil).toBeVisible();
    await expect(brazil.getByText('Active')).toBeVisible();
    await screenshot(page, testInfo, 'brazil listed');

    await brazil.getByRole('button', { name: /^Suspend/ }).click();
    const suspendDialog = page.getByRole('dialog');
    await suspendDialog.getByLabel(/Reason/).fill('Browser test: suspension drill');
    await screenshot(page, testInfo, 'suspend dialog');
    await expectNoSeriousA11yViolations(page, 'suspend dialog');
    await suspendDialog.getByRole('button', { name: 'Suspend' }).click();
    await expect(brazil.getByText('Suspended', { exact: true })).toBeVisible();
    await expect(brazil.getByText('Browser test: suspension drill')).toBeVisible();
    await screenshot(page, testInfo, 'brazil suspended');

    await brazil.getByRole('button', { name: /^Resume/ }).click();
    await expect(brazil.getByText('Active')).toBeVisible();
    await screenshot(page, testInfo, 'brazil resumed');

    // Offboarding asks for the country code; the button stays disabled until it is typed. Cancelled here: the
    // other browser tests use the countries.
    await brazil.getByRole('button', { name: /^Offboard/ }).click();
    const offboardDialog = page.getByRole('dialog');
    const offboardButton = offboardDialog.getByRole('button', { name: 'Offboard' });
    await expect(offboardButton).toBeDisabled();
    await offboardDialog.getByLabel(/Type the country code BR/).fill('br');
    await expect(offboardButton).toBeEnabled();
    await screenshot(page, testInfo, 'offboard confirmation');
    await expectNoSeriousA11yViolations(page, 'offboard dialog');
    await offboardDialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(brazil).toBeVisible();
  });

  test('NHA reads licence events, the trust list and the audit log', async ({ page }, testInfo) => {
    await signInAsNha(page);

    await page.getByRole('link', { name: 'Licence events' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Licence events' })).toBeVisible();
    await expect(page.getByRole('status')).toHaveCount(0);
    await screenshot(page, testInfo, 'licence events');
    await expectNoSeriousA11yViolations(page, 'licence events');

    await page.getByRole('link', { name: 'Trust list' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trust list' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'EG' })).toBeVisible();
    await screenshot(page, testInfo, 'trust list');
    await expectNoSeriousA11yViolations(page, 'trust list');

    await page.getByRole('link', { name: 'Audit log' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
    await expect(page.getByText(/Entries shown: \d+/)).toBeVisible();
    await page.getByRole('textbox', { name: 'Action starts with' }).fill('tenant.');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await expect(page.locator('tbody tr').first()).toBeVisible();
    const actions = await page.locator('tbody tr td:nth-child(3)').allTextContents();
    expect(actions.length).toBeGreaterThan(0);
    for (const action of actions) expect(action.startsWith('tenant.')).toBe(true);
    await screenshot(page, testInfo, 'audit filtered');
    await expectNoSeriousA11yViolations(page, 'audit log');
  });

  test('NHA console works on a 360 px phone', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(consoleUrl('platform'));
    await page.locator('input[type="email"]').fill('nha@cowin.localhost');
    await page.locator('input[type="password"]').fill('demo-nha-password');
    await page.locator('form button[type="submit"]').click();
    await expect(page.getByRole('heading', { level: 1, name: 'Countries' })).toBeVisible();
    await screenshot(page, testInfo, 'phone countries');
    await page.getByRole('button', { name: 'Open menu' }).click();
    await expect(page.getByRole('link', { name: 'Audit log' })).toBeVisible();
    await screenshot(page, testInfo, 'phone menu');
    await expectNoSeriousA11yViolations(page, 'phone menu');
    await page.getByRole('link', { name: 'Trust list' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trust list' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'IN' })).toBeVisible();
    // No sideways scrolling of the whole page at 360 px (wide tables scroll inside their own box).
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, testInfo, 'phone trust list');
  });
});
