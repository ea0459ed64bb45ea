import { createHash, randomInt } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { expect, request, test, type APIRequestContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { screenshot } from './support/screenshots';
import { chooseLanguage, consoleUrl, signInAsStaff, staffLogin } from './support/session';

/**
 * The vaccinator desk on a phone (360 px): a booked citizen is verified by the code of their slip and gets a dose;
 * then the network is cut, two walk-ins are registered and vaccinated on the device, the desk shows 2 doses pending,
 * and when the network returns they are sent; the ministry's report counts the 3 doses.
 */

const COUNTRY = 'in';
const FACILITY_ID = 1001; // Victoria Hospital, where the demo vaccinator of India works
const TIME_ZONE = 'Asia/Kolkata';

test.use({ viewport: { width: 360, height: 780 }, isMobile: true, hasTouch: true });

function baseUrl(): string {
  return process.env.BASE_URL ?? 'http://127.0.0.1:8080';
}

/** The country's today as the API writes days. */
function tenantToday(): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
  }).formatToParts(new Date());
  const part = (type: string) => parts.find((p) => p.type === type)?.value;
  return `${part('day')}-${part('month')}-${part('year')}`;
}

/** A mobile and documents no earlier run has used. */
const randomMobile = () => `9${randomInt(100_000_000, 999_999_999)}`;
const randomPassport = () => `${String.fromCharCode(65 + randomInt(0, 26))}${randomInt(1_000_000, 9_999_999)}`;

/**
 * The server log scripts/console-server.sh writes; the development SMS provider logs each OTP there, under the
 * request id the generateOTP answer carries.
 */
function serverLogPath(): string {
  if (process.env.COWIN_SERVER_LOG) return process.env.COWIN_SERVER_LOG;
  const port = new URL(baseUrl()).port || '80';
  const cache = process.env.COWIN_CACHE ?? join(homedir(), '.cache', 'cowin');
  return join(cache, `console-server-${port}.log`);
}

async function otpFromServerLog(requestId: string): Promise<string> {
  const path = serverLogPath();
  expect(existsSync(path), `server log ${path} (set COWIN_SERVER_LOG)`).toBe(true);
  for (let attempt = 0; attempt < 50; attempt += 1) {
    for (const line of readFileSync(path, 'utf8').split('\n')) {
      if (!line.includes(requestId) || !line.includes('development SMS provider')) continue;
      const code = /\b(\d{6})\b/.exec(JSON.parse(line).text as string)?.[1];
      if (code) return code;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`no OTP for request ${requestId} in ${path}`);
}

interface Booking {
  name: string;
  securityCode: string;
}

/** A citizen signs in with an OTP, registers and books today's COVISHIELD session at the facility, as the app would. */
async function bookTodaysAppointment(api: APIRequestContext): Promise<Booking> {
  const prefix = `/t/${COUNTRY}/api`;
  const generated = await api.post(`${prefix}/v2/auth/public/generateOTP`, { data: { mobile: randomMobile() } });
  expect(generated.status()).toBe(200);
  const { txnId } = (await generated.json()) as { txnId: string };
  const otp = await otpFromServerLog(generated.headers()['x-request-id'] ?? '');
  const confirmed = await api.post(`${prefix}/v2/auth/public/confirmOTP`, {
    data: { otp: createHash('sha256').update(otp).digest('hex'), txnId },
  });
  expect(confirmed.status()).toBe(200);
  const headers = { Authorization: `Bearer ${((await confirmed.json()) as { token: string }).token}` };

  const name = `Ravi Booked ${randomInt(1000, 9999)}`;
  const registered = await api.post(`${prefix}/v2/registration/beneficiary/new`, {
    headers,
    data: { name, birth_year: 1975, gender_id: 1, photo_id_type: 4, photo_id_number: randomPassport() },
  });
  expect(registered.ok(), await registered.text()).toBe(true);
  const { beneficiary_reference_id: reference } = (await registered.json()) as { beneficiary_reference_id: string };

  const calendar = await api.get(`${prefix}/v2/appointment/sessions/public/calendarByCenter`, {
    params: { center_id: FACILITY_ID, date: tenantToday() },
  });
  const sessions = ((await calendar.json()) as { centers: { sessions: { session_id: string; date: string; vaccine: string; slots: string[] }[] } })
    .centers.sessions;
  const session = sessions.find((s) => s.date === tenantToday() && s.vaccine === 'COVISHIELD');
  expect(session, 'a COVISHIELD session today (scripts/console-server.sh seeds a week)').toBeDefined();
  const booked = await api.post(`${prefix}/v2/appointment/schedule`, {
    headers,
    data: { dose: 1, session_id: session?.session_id, slot: session?.slots[0], beneficiaries: [reference] },
  });
  expect(booked.ok(), await booked.text()).toBe(true);

  const listed = await api.get(`${prefix}/v2/appointment/beneficiaries`, { headers });
  const beneficiaries = ((await listed.json()) as {
    beneficiaries: { beneficiary_reference_id: string; appointments: { security_code: string }[] }[];
  }).beneficiaries;
  const securityCode = beneficiaries.find((b) => b.beneficiary_reference_id === reference)?.appointments[0]?.security_code;
  expect(securityCode).toMatch(/^\d{4}$/);
  return { name, securityCode: securityCode as string };
}

/** Doses recorded today in the ministry's report (counters kept as doses are written). */
async function dosesToday(): Promise<number> {
  const ministry = await request.newContext({ baseURL: baseUrl() });
  try {
    const signedIn = await ministry.post(`/t/${COUNTRY}/api/staff/session`, { data: staffLogin(COUNTRY, 'ministry') });
    expect(signedIn.status()).toBe(200);
    const report = await ministry.get(`/t/${COUNTRY}/api/staff/reports/doses`, {
      params: { from: tenantToday(), to: tenantToday() },
    });
    expect(report.status()).toBe(200);
    return ((await report.json()) as { total: number }).total;
  } finally {
    await ministry.dispose();
  }
}

async function registerWalkIn(page: Page, name: string) {
  await page.getByRole('link', { name: 'Register a walk-in' }).click();
  await page.getByLabel('Full name (as on the document)').fill(name);
  await page.getByLabel('Year of birth').fill('1990');
  await page.getByLabel('Mobile number').fill(randomMobile());
  await page.getByLabel('Identity document').selectOption({ label: 'Passport' });
  await page.getByLabel('Document number').fill(randomPassport());
  await page.getByRole('button', { name: 'Register and continue' }).click();
}

test('a vaccinator records a dose, then two more with the network cut, and sees them sync', async ({ page, context }, testInfo) => {
  const before = await dosesToday();
  const citizenApi = await request.newContext({ baseURL: baseUrl() });
  const booking = await bookTodaysAppointment(citizenApi);
  await citizenApi.dispose();

  // The desk, on a phone: today's list shows the booked citizen.
  await signInAsStaff(page, COUNTRY, 'vaccinator', '/desk');
  await expect(page.getByRole('heading', { level: 1, name: 'Vaccinator desk' })).toBeVisible();
  const appointment = page.getByRole('link', { name: new RegExp(`Verify ${booking.name}`) });
  await expect(appointment).toBeVisible();
  await expect(page.getByTestId('desk-status')).toContainText('Online');
  await screenshot(page, testInfo, 'desk with today list');
  await expectNoSeriousA11yViolations(page, 'desk home');

  // Verify by the slip's code; the dose is preselected from the appointment.
  await appointment.click();
  await page.getByLabel('Security code').fill(booking.securityCode);
  await screenshot(page, testInfo, 'security code entered');
  await expectNoSeriousA11yViolations(page, 'appointment verification');
  await page.getByRole('button', { name: 'Verify' }).click();
  const record = page.getByRole('button', { name: 'Record dose 1 of COVISHIELD' });
  await expect(record).toBeVisible();
  await page.getByLabel('Batch number').fill('CS-4521');
  await screenshot(page, testInfo, 'verified ready to record');
  await expectNoSeriousA11yViolations(page, 'record form');
  await record.click();
  await expect(page.getByTestId('desk-record-outcome')).toHaveAttribute('data-status', 'recorded');
  await screenshot(page, testInfo, 'first dose recorded');
  await expectNoSeriousA11yViolations(page, 'record outcome');
  await page.getByRole('button', { name: 'Next person' }).click();

  // The network drops: two walk-ins are registered and vaccinated on the device.
  await context.setOffline(true);
  await expect(page.getByTestId('desk-status')).toContainText('Offline');
  await screenshot(page, testInfo, 'offline desk');
  await expectNoSeriousA11yViolations(page, 'desk home offline');

  for (const [index, name] of ['Asha Walkin', 'Kiran Walkin'].entries()) {
    await registerWalkIn(page, `${name} ${randomInt(1000, 9999)}`);
    await expect(page.getByTestId('desk-walk-in-note')).toHaveAttribute('data-note', 'offline');
    // The vial of the day and its batch are remembered: one tap records.
    await expect(page.getByLabel('Batch number')).toHaveValue('CS-4521');
    if (index === 0) {
      await screenshot(page, testInfo, 'walk-in offline ready to record');
      await expectNoSeriousA11yViolations(page, 'walk-in record form offline');
    }
    await page.getByRole('button', { name: 'Record dose 1 of COVISHIELD' }).click();
    await expect(page.getByTestId('desk-record-outcome')).toHaveAttribute('data-status', 'pending');
    await screenshot(page, testInfo, `walk-in ${index + 1} saved offline`);
    await page.getByRole('button', { name: 'Next person' }).click();
  }

  await expect(page.getByTestId('desk-pending-count')).toHaveText('2 doses waiting to be sent');
  await page.getByRole('link', { name: 'See doses' }).click();
  await expect(page.getByTestId('desk-queue-pending').getByTestId('desk-queue-entry')).toHaveCount(2);
  await screenshot(page, testInfo, 'two doses pending');
  await expectNoSeriousA11yViolations(page, 'queue offline');

  // The network returns: the desk sends the queue by itself.
  await context.setOffline(false);
  await expect(page.getByTestId('desk-pending-count')).toHaveText('No doses waiting to be sent', { timeout: 20_000 });
  await expect(
    page.getByTestId('desk-queue-settled').locator('[data-testid="desk-queue-entry"][data-status="recorded"]'),
  ).toHaveCount(3);
  await expect(page.getByTestId('desk-queue-pending')).toHaveCount(0);
  const told = page.getByRole('alert').filter({ hasText: 'Doses sent' });
  await expect(told).toContainText('Recorded: 2. Already recorded: 0. Refused: 0.');
  await screenshot(page, testInfo, 'synced');
  // Closed before the check: while it slides in, its half-transparent text would be measured for contrast.
  await told.getByRole('button', { name: 'Close' }).click();
  await expect(told).toHaveCount(0);
  await expectNoSeriousA11yViolations(page, 'queue synced');

  // The server counts exactly three more doses today.
  await expect.poll(dosesToday, { timeout: 10_000 }).toBe(before + 3);
});

test('the desk in Arabic reads right to left on a phone', async ({ page }, testInfo) => {
  await page.goto(consoleUrl('eg', '/desk'));
  await chooseLanguage(page, 'Language', 'العربية');
  const login = staffLogin('eg', 'vaccinator');
  await page.locator('input[type="email"]').fill(login.email);
  await page.locator('input[type="password"]').fill(login.password);
  await page.locator('form button[type="submit"]').click();

  await expect(page.getByRole('heading', { level: 1, name: 'مكتب المُطعِّم' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByTestId('desk-status')).toContainText('متصل');
  await screenshot(page, testInfo, 'desk in Arabic');
  await expectNoSeriousA11yViolations(page, 'desk in Arabic');

  await page.getByRole('link', { name: 'تسجيل حضور بلا موعد' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'تسجيل حضور بلا موعد' })).toBeVisible();
  await expect(page.getByLabel('سنة الميلاد')).toBeVisible();
  await screenshot(page, testInfo, 'walk-in form in Arabic');
  await expectNoSeriousA11yViolations(page, 'walk-in form in Arabic');
});
