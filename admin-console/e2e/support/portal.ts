import { expect, type APIRequestContext, type Locator, type Page } from '@playwright/test';
import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';

/**
 * Helpers for the citizen portal's browser tests (e2e/portal.spec.ts, e2e/africa.spec.ts): OTPs from the server's
 * log, unique mobiles and document numbers, signing in and adding a member through the portal's own forms, finding a
 * member's card, and checking downloads. Fields are found by their ids (the portal's labels are in the page's
 * language; the tests check those separately).
 */

/** The portal of a country: `/t/in/`. */
export function portalBase(country: string): string {
  return `/t/${country.toLowerCase()}/`;
}

/** The server's log (scripts/console-e2e.sh sets SERVER_LOG), where the development SMS provider writes each text. */
function serverLog(): string {
  const path = process.env.SERVER_LOG;
  if (!path) throw new Error('SERVER_LOG is not set: the portal tests read OTPs from the server log');
  return path;
}

/** Where the server log ends now: an OTP sent after this is read from there on. */
export function logMark(): number {
  const path = serverLog();
  return existsSync(path) ? statSync(path).size : 0;
}

function readFrom(path: string, offset: number): string {
  const size = statSync(path).size;
  if (size <= offset) return '';
  const buffer = Buffer.alloc(size - offset);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, buffer, 0, buffer.length, offset);
  } finally {
    closeSync(fd);
  }
  return buffer.toString('utf8');
}

/** The SMS text of a JSON log line of the development SMS provider, if the line is one. */
function smsText(line: string): string | undefined {
  if (!line.includes('development SMS provider')) return undefined;
  try {
    const entry = JSON.parse(line) as { fields?: { text?: unknown }; text?: unknown };
    const text = entry.fields?.text ?? entry.text;
    if (typeof text === 'string') return text;
  } catch {
    // Not JSON after all: fall back to the raw line below.
  }
  return line;
}

/**
 * The OTP of the newest SMS the development provider logged after `mark`: six ASCII digits in the text (which may be
 * in Hindi or Arabic). Polls for up to 10 seconds.
 */
export async function readOtp(mark: number): Promise<string> {
  const path = serverLog();
  const deadline = Date.now() + 10_000;
  for (;;) {
    const lines = readFrom(path, mark).split('\n').reverse();
    for (const line of lines) {
      const text = smsText(line);
      const otp = text?.match(/(?<![0-9])[0-9]{6}(?![0-9])/)?.[0];
      if (otp) return otp;
    }
    if (Date.now() > deadline) throw new Error(`no development SMS with an OTP in ${path} after byte ${mark}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

function digits(count: number): string {
  let text = '';
  for (let i = 0; i < count; i += 1) text += String(Math.floor(Math.random() * 10));
  return text;
}

let mobiles = 0;

/**
 * A mobile number no recent run has used: `prefix` then digits from the clock and a counter (for several in one
 * run), `length` digits in all. `uniqueMobile('98765', 10)` → `98765xxxxx`.
 */
export function uniqueMobile(prefix: string, length: number): string {
  mobiles += 1;
  const free = length - prefix.length;
  // The clock in seconds (repeating after 10^(free-1) s: hours for India's five free digits), then the counter.
  const seconds = Math.floor(Date.now() / 1000) % 10 ** (free - 1);
  return prefix + String(seconds * 10 + (mobiles % 10)).padStart(free, '0');
}

/** An Indian passport number (`^[A-Z][0-9]{7}$`) with random digits: documents are unique per country. */
export function indianPassport(): string {
  return `J${digits(7)}`;
}

/**
 * An Egyptian national ID number (`^[23][0-9]{13}$`, the example's century, birth date and governorate, random
 * serial and check digit).
 */
export function egyptianNationalId(): string {
  return `2950512` + `01` + digits(5);
}

/**
 * A Kenyan national ID card number (`^[0-9]{7,8}$`): eight digits, as on the newer cards, with a leading 2 like the
 * example's and random others.
 */
export function kenyanNationalId(): string {
  return `2${digits(7)}`;
}

/**
 * A Senegalese NIN (`^[12]( ?[0-9]){12}$`) written as the card prints it, in groups like the example's
 * (`1 751 1985 01234`): the holder's sex (2, female), three random digits, `birthYear`, a random five-digit serial.
 */
export function senegaleseNin(birthYear: number): string {
  return `2 ${digits(3)} ${birthYear} ${digits(5)}`;
}

/** The portal's family-member card of `reference`. */
export function memberCard(page: Page, reference: string): Locator {
  return page.locator(`section.card[aria-labelledby="member-${reference}"]`);
}

/** The reference the family page shows for the member named `name` (the only text of its card written left to right). */
export async function referenceOf(page: Page, name: string): Promise<string> {
  const card = page.locator('section.card').filter({ has: page.getByRole('heading', { level: 2, name, exact: true }) });
  const reference = (await card.locator('dd span[dir="ltr"]').innerText()).trim();
  expect(reference).toMatch(/^[0-9]{14}$/);
  return reference;
}

/**
 * Sends the sign-in form (the page shows it) for `mobile`; returns the log mark to read the OTP from, once the OTP
 * form is shown.
 */
export async function sendOtp(page: Page, mobile: string): Promise<number> {
  await page.locator('#mobile').fill(mobile);
  const mark = logMark();
  await page.locator('form[action$="/sign-in"] button[type="submit"]').click();
  await expect(page.locator('#otp')).toBeVisible();
  return mark;
}

/** Enters the OTP logged after `mark` in the OTP form (the page shows it); ends on the family page. */
export async function enterOtp(page: Page, country: string, mark: number): Promise<void> {
  await page.locator('#otp').fill(await readOtp(mark));
  await page.locator('form[action$="/sign-in/confirm"] button[type="submit"]').click();
  await expect(page).toHaveURL(new RegExp(`${portalBase(country)}account$`));
}

/** Signs in through the portal's forms from its sign-in page; ends on the family page. */
export async function signIn(page: Page, country: string, mobile: string): Promise<void> {
  await page.goto(`${portalBase(country)}sign-in`);
  await enterOtp(page, country, await sendOtp(page, mobile));
}

/** A family member as the portal's form takes it. */
export interface NewMember {
  name: string;
  birthYear: number;
  /** The gender's id (1 male, 2 female in the demo countries). */
  gender: number;
  /** The document's id in the country's configuration. */
  idType: number;
  idNumber: string;
}

/** Fills the add-member form (already open) and saves it. */
export async function fillMember(page: Page, member: NewMember): Promise<void> {
  await page.locator('#name').fill(member.name);
  await page.locator('#birth_year').fill(String(member.birthYear));
  await page.locator(`input[name="gender"][value="${member.gender}"]`).check();
  await page.locator('#id_type').selectOption(String(member.idType));
  await page.locator('#id_number').fill(member.idNumber);
  await page.locator('form[action$="/account/members"] button[type="submit"]').click();
}

/** Fetches `url` with the page's cookies and checks it is a PDF. */
export async function expectPdf(request: APIRequestContext, url: string): Promise<void> {
  const response = await request.get(url);
  expect(response.status(), `GET ${url}`).toBe(200);
  expect(response.headers()['content-type'], `content type of ${url}`).toContain('application/pdf');
  const body = await response.body();
  expect(body.subarray(0, 5).toString('latin1'), `start of ${url}`).toBe('%PDF-');
}

/** The citizen API's view of the account's members (`GET /api/v2/appointment/beneficiaries`). */
export interface ApiBeneficiary {
  beneficiary_reference_id: string;
  name: string;
  vaccination_status: string;
  appointments: { appointment_id: string; session_id: string; center_id: number; date: string; slot: string; dose: number }[];
}

export async function beneficiaries(request: APIRequestContext, country: string): Promise<ApiBeneficiary[]> {
  const response = await request.get(`${portalBase(country)}api/v2/appointment/beneficiaries`);
  expect(response.status(), 'GET beneficiaries with the session cookie').toBe(200);
  const body = (await response.json()) as { beneficiaries: ApiBeneficiary[] };
  return body.beneficiaries;
}

/** The vaccine of session `sessionId` at `centerId` on `date` (DD-MM-YYYY), from the public calendar. */
export async function sessionVaccine(request: APIRequestContext, country: string, centerId: number, date: string, sessionId: string): Promise<string> {
  const url = `${portalBase(country)}api/v2/appointment/sessions/public/calendarByCenter?center_id=${centerId}&date=${date}`;
  const response = await request.get(url);
  expect(response.status(), `GET ${url}`).toBe(200);
  const body = (await response.json()) as { centers?: unknown };
  const centres = (Array.isArray(body.centers) ? body.centers : [body.centers]) as { sessions?: { session_id: string; vaccine: string }[] }[];
  const session = centres.flatMap((centre) => centre?.sessions ?? []).find((candidate) => candidate.session_id === sessionId);
  expect(session, `session ${sessionId} in ${url}`).toBeTruthy();
  return session!.vaccine;
}

/** A request (correction or grievance) as the citizen API lists it (`GET /api/citizen/requests`). */
export interface CitizenRequest {
  tracking_number: string;
  beneficiary_reference_id: string;
  kind: string;
  requested_value?: string | null;
  status: string;
  staff_note?: string | null;
}

/** The signed-in account's requests with their status. */
export async function citizenRequests(request: APIRequestContext, country: string): Promise<CitizenRequest[]> {
  const response = await request.get(`${portalBase(country)}api/citizen/requests`);
  expect(response.status(), `GET api/citizen/requests: ${await response.text()}`).toBe(200);
  return ((await response.json()) as { requests: CitizenRequest[] }).requests;
}
