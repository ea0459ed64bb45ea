import { expect, type Page } from '@playwright/test';

/** The demo logins scripts/console-server.sh creates. */
export const NHA_LOGIN = {
  email: process.env.COWIN_DEMO_NHA_EMAIL ?? 'nha@cowin.localhost',
  password: process.env.COWIN_DEMO_NHA_PASSWORD ?? 'demo-nha-password',
};
const STAFF_PASSWORD = process.env.COWIN_DEMO_STAFF_PASSWORD ?? 'demo-staff-password';

export type StaffRole = 'ministry' | 'district' | 'vaccinator';

/** A demo staff login: `staffLogin('in', 'vaccinator')` → vaccinator@in.cowin.localhost. */
export function staffLogin(country: string, role: StaffRole) {
  return { email: `${role}@${country.toLowerCase()}.cowin.localhost`, password: STAFF_PASSWORD };
}

/** The console URL of a country (`/t/in/console/`) or of NHA (`/platform/console/`), plus a hash route. */
export function consoleUrl(country: string | 'platform', route = '/'): string {
  const base = country === 'platform' ? '/platform/console/' : `/t/${country.toLowerCase()}/console/`;
  return `${base}#${route}`;
}

/**
 * Opens the console and signs in through its form (labels, not selectors, so the test reads like a user). Works in
 * any language: it finds the fields by type, then waits for the shell's navigation.
 */
async function signInThroughForm(page: Page, url: string, login: { email: string; password: string }) {
  await page.goto(url);
  await page.locator('input[type="email"]').fill(login.email);
  await page.locator('input[type="password"]').fill(login.password);
  await page.locator('form button[type="submit"]').click();
  await expect(page.locator('#shell-navigation')).toBeVisible();
}

export async function signInAsNha(page: Page, route = '/'): Promise<void> {
  await signInThroughForm(page, consoleUrl('platform', route), NHA_LOGIN);
}

export async function signInAsStaff(page: Page, country: string, role: StaffRole, route = '/'): Promise<void> {
  await signInThroughForm(page, consoleUrl(country, route), staffLogin(country, role));
}

/**
 * Chooses the console's language through the switcher; the choice is kept per console, so later pages open in it.
 * `languageName` is the language's own name, as the switcher lists it ("العربية").
 */
export async function chooseLanguage(page: Page, currentLabel: string, languageName: string): Promise<void> {
  await page.getByRole('textbox', { name: currentLabel }).first().click();
  await page.getByRole('option', { name: languageName }).click();
}
