import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expectNoSeriousA11yViolations } from './support/axe';
import { screenshot } from './support/screenshots';
import { consoleUrl, signInAsStaff, staffLogin } from './support/session';

/**
 * The ministry's console for India: a tenant administrator creates a facility and a session, publishes a new rule
 * version of a vaccine and sees recorded doses on the dashboard and in its CSV export; a district administrator
 * sees only their district. Needs a fresh server (scripts/console-server.sh): the new rule version takes effect
 * today, which can be done once.
 */

const TIME_ZONE = 'Asia/Kolkata';

/** Today in India as `YYYY-MM-DD` and as the date picker names the day ("4 December 2026"). */
function indiaToday(): { iso: string; label: string } {
  const now = new Date();
  const iso = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
  const label = new Intl.DateTimeFormat('en-GB', { timeZone: TIME_ZONE, day: 'numeric', month: 'long', year: 'numeric' }).format(now);
  return { iso, label };
}

/** A staff bearer token, as the apps use; these calls need no CSRF token. */
async function bearer(request: APIRequestContext, role: 'vaccinator' | 'ministry'): Promise<string> {
  const answer = await request.post('/t/in/api/staff/login', { data: staffLogin('in', role) });
  expect(answer.ok(), await answer.text()).toBe(true);
  return ((await answer.json()) as { token: string }).token;
}

/** Registers a walk-in at Victoria Hospital (the demo vaccinator's facility) and records their first dose. */
async function recordDose(request: APIRequestContext): Promise<string> {
  const token = await bearer(request, 'vaccinator');
  const headers = { Authorization: `Bearer ${token}` };
  const digits = (count: number) => Array.from({ length: count }, () => Math.floor(Math.random() * 10)).join('');
  const walkIn = await request.post('/t/in/api/staff/desk/walk-in', {
    headers,
    data: {
      facility_id: 1001,
      mobile: `9${digits(9)}`,
      name: 'Ministry Test Person',
      birth_year: 1990,
      gender_id: 2,
      photo_id_type: 4,
      photo_id_number: `K${digits(7)}`,
    },
  });
  expect(walkIn.ok(), await walkIn.text()).toBe(true);
  const { beneficiary_reference_id } = (await walkIn.json()) as { beneficiary_reference_id: string };
  const dose = await request.post('/t/in/api/staff/doses', {
    headers,
    data: {
      idempotency_key: randomUUID(),
      beneficiary_reference_id,
      facility_id: 1001,
      vaccine: 'COVISHIELD',
      batch: 'E2E-MINISTRY',
      dose: 1,
    },
  });
  expect(dose.ok(), await dose.text()).toBe(true);
  return beneficiary_reference_id;
}

/**
 * The axe check, once the toasts of the last action have gone: a toast fading out is measured at part opacity and
 * fails the contrast rule though nobody reads it then.
 */
async function checkA11y(page: Page, context: string) {
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
  await expectNoSeriousA11yViolations(page, context);
}

async function openPage(page: Page, route: string, heading: string) {
  await page.goto(consoleUrl('in', route));
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Picks `label` ("4 December 2026") in the Mantine date picker opened by the button `name`. */
async function pickDay(page: Page, name: string, label: string) {
  await page.getByRole('button', { name }).click();
  await page.getByRole('button', { name: label, exact: true }).click();
}

test('a ministry administrator runs facilities, sessions, rules and reports', async ({ page, request }, testInfo) => {
  test.setTimeout(240_000);
  const today = indiaToday();
  await recordDose(request);
  await recordDose(request);

  await signInAsStaff(page, 'in', 'ministry', '/dashboard');
  await expect(page.getByRole('heading', { level: 1, name: 'Vaccination dashboard' })).toBeVisible();
  await expect(page.getByTestId('dose-total')).not.toHaveText('0');
  expect(Number((await page.getByTestId('dose-total').innerText()).replace(/\D/g, ''))).toBeGreaterThanOrEqual(2);
  await page.getByRole('button', { name: 'Show as a table' }).first().click();
  await screenshot(page, testInfo, 'dashboard with doses');
  await checkA11y(page, 'dashboard');

  // Every report table exports as CSV, with the areas in the console's language.
  for (const [table, header] of [
    ['Doses by day', 'date,doses'],
    ['Doses by district', 'state_id,state,district_id,district'],
    ['Doses by vaccine and dose number', 'vaccine,dose,doses'],
  ] as const) {
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: `Export “${table}” as CSV` }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    expect(readFileSync(await file.path(), 'utf8')).toContain(header);
  }
  const byVaccine = readFileSync(
    await (await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export “Doses by vaccine and dose number” as CSV' }).click()]))[0].path(),
    'utf8',
  );
  expect(byVaccine).toMatch(/COVISHIELD,1,\d+/);

  // A facility in BBMP.
  const facilityName = `Ministry Test Clinic ${Date.now() % 100000}`;
  await openPage(page, '/facilities', 'Facilities');
  await checkA11y(page, 'facilities');
  await page.getByRole('button', { name: 'New facility', exact: true }).click();
  const facilityDialog = page.getByRole('dialog', { name: 'New facility' });
  await facilityDialog.getByLabel('Name in English').fill(facilityName);
  await facilityDialog.getByRole('textbox', { name: 'District' }).click();
  await page.getByRole('option', { name: 'BBMP' }).click();
  await facilityDialog.getByLabel('Block in English').fill('South Zone');
  await facilityDialog.getByLabel('Address').fill('12 Test Road, Bengaluru');
  await facilityDialog.getByLabel('Postal code').fill('560001');
  await facilityDialog.getByLabel('Latitude').fill('12.97');
  await facilityDialog.getByLabel('Longitude').fill('77.59');
  await screenshot(page, testInfo, 'facility form');
  await checkA11y(page, 'facility form');
  await facilityDialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(facilityDialog).toBeHidden();
  await expect(page.getByRole('cell', { name: new RegExp(`^${facilityName}`) })).toBeVisible();
  await screenshot(page, testInfo, 'facility created');

  // Many at once from CSV: each line created or refused on its own, with the report line by line.
  const importedName = `Imported Test Clinic ${Date.now() % 100000}`;
  await page.getByRole('button', { name: 'Import CSV', exact: true }).click();
  const importDialog = page.getByRole('dialog', { name: 'Import facilities from a CSV file' });
  const csv = [
    'name,district_id,block,address,postal_code,lat,long,opens,closes,fee_type',
    `${importedName},294,South Zone,1 Import Road,560001,12.97,77.59,09:00,17:00,Free`,
    'Clinic With A Wrong Postal Code,294,South Zone,2 Import Road,999999,12.97,77.59,09:00,17:00,Free',
  ].join('\n');
  await importDialog.locator('input[type="file"]').setInputFiles({ name: 'facilities.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await importDialog.getByRole('button', { name: 'Import', exact: true }).click();
  const importReport = importDialog.getByTestId('facility-import-report');
  await expect(importReport).toContainText('Created: 1. Refused: 1.');
  await expect(importReport.getByRole('row').nth(2)).toContainText('Refused');
  await expect(importReport.getByRole('row').nth(2)).toContainText('postal_code');
  await screenshot(page, testInfo, 'facility import report');
  await checkA11y(page, 'facility import');
  await importDialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(page.getByRole('cell', { name: new RegExp(`^${importedName}`) })).toBeVisible();

  // A session there today, then more places and one more slot.
  await openPage(page, '/sessions', 'Sessions');
  await page.getByRole('button', { name: 'New session', exact: true }).click();
  const sessionDialog = page.getByRole('dialog', { name: 'Publish a session' });
  await sessionDialog.getByRole('textbox', { name: 'Facility' }).click();
  await page.getByRole('option', { name: facilityName }).click();
  await sessionDialog.getByRole('textbox', { name: 'Vaccine' }).fill('COVISHIELD');
  await checkA11y(page, 'session form');
  await screenshot(page, testInfo, 'session form');
  await sessionDialog.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(sessionDialog).toBeHidden();
  await page.getByRole('textbox', { name: 'Facility' }).click();
  await page.getByRole('option', { name: facilityName }).click();
  const chip = page.getByRole('button', { name: new RegExp(`${facilityName}.*COVISHIELD`) });
  await expect(chip).toBeVisible();
  await expect(chip).toContainText('0/100 booked');
  await screenshot(page, testInfo, 'session on the calendar');
  await checkA11y(page, 'sessions');

  await chip.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Capacity', exact: true }).click();
  const capacityDialog = page.getByRole('dialog', { name: 'Change the capacity' });
  await capacityDialog.getByLabel('Places for first doses').fill('80');
  await capacityDialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(capacityDialog).toBeHidden();
  await expect(chip).toContainText('0/130 booked');

  await chip.click();
  await page.getByRole('dialog').getByRole('button', { name: 'Change', exact: true }).click();
  const editDialog = page.getByRole('dialog', { name: 'Change the day, ages and slots' });
  await editDialog.getByLabel('Youngest age').fill('45');
  await editDialog.getByRole('textbox', { name: 'Time slots' }).fill('05:00PM-06:00PM');
  await editDialog.getByRole('textbox', { name: 'Time slots' }).press('Enter');
  await screenshot(page, testInfo, 'session change form');
  await editDialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(editDialog).toBeHidden();
  await expect(chip).toContainText('45+');
  await page.locator('label').filter({ hasText: /^Day$/ }).click();
  await expect(page.getByRole('article', { name: `${facilityName}, COVISHIELD` })).toContainText('5 slots');
  await screenshot(page, testInfo, 'session changed, day view');

  // A new rule version of COVAXIN from today: 16 and older.
  await openPage(page, '/configuration', 'Configuration');
  await expect(page.getByTestId('configuration-version')).toHaveText('Version 1');
  await page.getByRole('button', { name: /^COVAXIN/ }).click();
  await checkA11y(page, 'configuration: vaccines');
  await page.getByRole('button', { name: 'New rule version for COVAXIN' }).click();
  const ruleDialog = page.getByRole('dialog', { name: 'New rule version: COVAXIN' });
  await pickDay(page, 'In force from', today.label);
  await ruleDialog.getByLabel('Youngest age').fill('16');
  await screenshot(page, testInfo, 'new rule version form');
  await checkA11y(page, 'new rule version form');
  await ruleDialog.getByRole('button', { name: 'Save the new version' }).click();
  await expect(ruleDialog).toBeHidden();
  await expect(page.getByTestId('configuration-version')).toHaveText('Version 2');
  await page.getByRole('button', { name: /^COVAXIN/ }).click();
  const newRow = page.getByRole('row').filter({ hasText: /^6/ });
  await expect(newRow).toContainText('16+');
  await expect(newRow).toContainText('In force');
  await screenshot(page, testInfo, 'rule version 6 in force');

  // A refused save lists the problems the checks found.
  await page.getByRole('tab', { name: 'Areas' }).click();
  await page.getByRole('button', { name: 'Karnataka' }).click();
  await page.getByRole('textbox', { name: 'State name in English' }).fill('');
  await page.getByRole('button', { name: 'Save the areas' }).click();
  await expect(page.getByTestId('configuration-problems')).toContainText('states[0].name');
  await screenshot(page, testInfo, 'refused save with its problems');
  await checkA11y(page, 'configuration: areas');

  // Branding: a specimen certificate from the draft, and the read-only keys.
  await page.getByRole('tab', { name: 'Branding' }).click();
  await page.getByRole('button', { name: 'Preview the certificate' }).click();
  // The PDF is in a frame where the page's CSP allows blob: frames, else behind the "Open the PDF" link.
  await expect(page.getByTestId('certificate-preview').or(page.getByTestId('certificate-preview-blocked'))).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open the PDF' })).toHaveAttribute('href', /^blob:/);
  await screenshot(page, testInfo, 'certificate preview');
  await checkA11y(page, 'configuration: branding');
  await page.getByRole('tab', { name: 'Fixed settings' }).click();
  await expect(page.getByLabel('code')).toBeDisabled();
  await expect(page.getByLabel('code')).toHaveValue('IN');
  await checkA11y(page, 'configuration: fixed settings');
  await page.getByRole('tab', { name: 'Messages' }).click();
  await checkA11y(page, 'configuration: messages');

  const exported = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export the tenant folder' }).click();
  expect((await exported).suggestedFilename()).toBe('IN-configuration-v2.zip');

  // The rest of the ministry's pages.
  await openPage(page, '/staff', 'Staff');
  await expect(page.getByRole('cell', { name: /^Demo IN vaccinator/ })).toBeVisible();
  await screenshot(page, testInfo, 'staff directory');
  await checkA11y(page, 'staff');
  // Invite a vaccinator, then make them a district administrator of BBMP.
  const invitee = `e2e-${Date.now() % 100000}@example.org`;
  await page.getByRole('button', { name: 'Invite', exact: true }).click();
  const inviteDialog = page.getByRole('dialog', { name: 'Invite a staff member' });
  await inviteDialog.getByLabel('Name').fill('Ministry Test Invitee');
  await inviteDialog.getByLabel('E-mail address').fill(invitee);
  await inviteDialog.getByRole('textbox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Vaccinator' }).click();
  await inviteDialog.getByRole('textbox', { name: 'Facilities they work at' }).click();
  await page.getByRole('option', { name: 'Victoria Hospital' }).click();
  // A multi-select keeps its list open after a choice; moving on closes it, as a user would.
  await inviteDialog.getByLabel('Name').click();
  await checkA11y(page, 'invitation form');
  await inviteDialog.getByRole('button', { name: 'Send the invitation' }).click();
  await expect(inviteDialog).toBeHidden();
  const inviteeRow = page.getByRole('row').filter({ hasText: invitee });
  await expect(inviteeRow).toContainText('Vaccinator');
  await expect(inviteeRow).toContainText('Invitation not accepted yet');
  await page.getByRole('button', { name: 'Change the role of Ministry Test Invitee' }).click();
  const roleDialog = page.getByRole('dialog', { name: 'Change the role and scope' });
  await roleDialog.getByRole('textbox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'District administrator' }).click();
  await roleDialog.getByRole('textbox', { name: 'Districts they run' }).click();
  await page.getByRole('option', { name: 'BBMP' }).click();
  await roleDialog.getByText('Ministry Test Invitee').click();
  await roleDialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(roleDialog).toBeHidden();
  await expect(inviteeRow).toContainText('District administrator');
  await expect(inviteeRow).toContainText('BBMP');
  await screenshot(page, testInfo, 'staff invited and role changed');

  await openPage(page, '/aefi', 'Adverse events following immunisation');
  await screenshot(page, testInfo, 'aefi reports');
  await checkA11y(page, 'aefi');

  await openPage(page, '/corrections', 'Corrections');
  await screenshot(page, testInfo, 'corrections');
  await checkA11y(page, 'corrections');

  await openPage(page, '/audit-log', 'Audit log');
  await expect(page.getByText('facility.create').first()).toBeVisible();
  await expect(page.getByText('session.create').first()).toBeVisible();
  await screenshot(page, testInfo, 'audit log');
  await checkA11y(page, 'audit log');
});

test('a district administrator sees only their district', async ({ page }, testInfo) => {
  await signInAsStaff(page, 'in', 'district', '/dashboard');
  const navigation = page.locator('#shell-navigation');
  await expect(navigation.getByRole('link', { name: 'Dashboard' })).toBeVisible();
  await expect(navigation.getByRole('link', { name: 'Staff' })).toHaveCount(0);
  await expect(navigation.getByRole('link', { name: 'Configuration' })).toHaveCount(0);

  await expect(page.getByTestId('dose-total')).toBeVisible();
  const byArea = page.getByRole('region', { name: 'Doses by district' });
  await byArea.getByRole('button', { name: 'Show as a table' }).click();
  await expect(byArea.getByRole('row')).toHaveCount(2);
  await expect(byArea.getByRole('cell', { name: 'BBMP' })).toBeVisible();
  await screenshot(page, testInfo, 'district dashboard');
  await checkA11y(page, 'district dashboard');

  await openPage(page, '/facilities', 'Facilities');
  await expect(page.getByRole('cell', { name: /^Victoria Hospital/ })).toBeVisible();
  await expect(page.getByRole('cell', { name: /Lok Nayak Hospital/ })).toHaveCount(0);
  await screenshot(page, testInfo, 'district facilities');

  await openPage(page, '/sessions', 'Sessions');
  await expect(page.getByRole('button', { name: /Lok Nayak Hospital/ })).toHaveCount(0);
  await screenshot(page, testInfo, 'district sessions');
  await checkA11y(page, 'district sessions');

  await page.goto(consoleUrl('in', '/configuration'));
  await expect(page.getByRole('heading', { level: 1, name: 'Not available for your role' })).toBeVisible();
});

test('the ministry pages work on a 360 px wide screen', async ({ page }, testInfo) => {
  // Signed in at the default size (the sign-in helper waits for the side navigation), then narrowed.
  await signInAsStaff(page, 'in', 'ministry', '/dashboard');
  await page.setViewportSize({ width: 360, height: 780 });
  for (const [route, heading] of [
    ['/dashboard', 'Vaccination dashboard'],
    ['/sessions', 'Sessions'],
    ['/facilities', 'Facilities'],
  ] as const) {
    await openPage(page, route, heading);
    // Wide tables scroll inside their own box; the page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await screenshot(page, testInfo, `${route.slice(1)} at 360 px`);
  }
  await checkA11y(page, 'facilities at 360 px');
});
