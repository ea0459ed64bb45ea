import { expect, test } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { screenshot } from './support/screenshots';
import { consoleUrl, staffLogin } from './support/session';

test('the Egyptian ministry console in Arabic renders right to left', async ({ page }, testInfo) => {
  await page.goto(consoleUrl('eg'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');

  // Switch with the console's own language switcher, as a user would.
  await page.getByRole('textbox', { name: 'Language' }).click();
  await page.getByRole('option', { name: 'العربية' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('تسجيل الدخول');
  await screenshot(page, testInfo, 'sign-in in Arabic');

  const login = staffLogin('eg', 'ministry');
  await page.locator('input[type="email"]').fill(login.email);
  await page.locator('input[type="password"]').fill(login.password);
  await page.getByRole('button', { name: 'تسجيل الدخول' }).click();
  await expect(page.locator('#shell-navigation')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('button', { name: 'تسجيل الخروج' })).toBeVisible();

  // Right to left for real: the navigation sits on the right of the main area.
  const navigation = await page.locator('#shell-navigation').boundingBox();
  const main = await page.locator('#main-content').boundingBox();
  expect(navigation && main && navigation.x > main.x).toBe(true);
  await screenshot(page, testInfo, 'ministry console in Arabic');
  await expectNoSeriousA11yViolations(page, 'Arabic ministry console');
});
