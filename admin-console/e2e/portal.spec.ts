import { expect, test, type APIRequestContext, type Browser, type Page, type TestInfo } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoSeriousA11yViolations, expectNoSeriousA11yViolationsWithoutScripts } from './support/axe';
import {
  beneficiaries,
  citizenRequests,
  egyptianNationalId,
  enterOtp,
  expectPdf,
  fillMember,
  indianPassport,
  memberCard,
  portalBase,
  referenceOf,
  sendOtp,
  sessionVaccine,
  signIn,
  uniqueMobile,
} from './support/portal';
import { screenshot } from './support/screenshots';
import { signInAsStaff, staffLogin } from './support/session';

/**
 * The citizen portal (server-rendered, one per country under /t/{code}/): a Hindi citizen's whole journey from
 * sign-in to certificate and its correction (approved by the ministry in the console), the same journey with scripts
 * off in the citizen's browser, an Egyptian citizen in Arabic (right to left), a 360-pixel phone, and the public
 * statistics. OTPs come from the development SMS provider's lines in the server log (SERVER_LOG). Every test (and
 * each run of the journey) signs in with a mobile of its own, so the file can run again on the same server.
 */

const IN = portalBase('in');
const EG = portalBase('eg');

/** Whether the first test recorded a dose (the statistics then have a day to chart). */
let doseRecorded = false;

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** A member's certificate in the citizen API (`GET /api/v2/registration/certificate/formats`), as far as the tests read it. */
interface CertificateForms {
  certificate_id: string;
  vc?: { credentialSubject?: { name?: string; passport?: { documentNumber?: string } } } | null;
  /** The EU DCC QR payload, `HC1:...`. */
  eu_dcc?: string | null;
}

/** What the public verification API (`POST /api/certificates/verify`) says of a QR payload. */
async function verify(request: APIRequestContext, payload: string): Promise<{ result: string; certificate?: { name?: string | null } }> {
  const response = await request.post(`${IN}api/certificates/verify`, { data: { payload } });
  expect(response.status(), `POST api/certificates/verify: ${await response.text()}`).toBe(200);
  return (await response.json()) as { result: string; certificate?: { name?: string | null } };
}

async function certificateForms(request: APIRequestContext, reference: string): Promise<CertificateForms> {
  const url = `${IN}api/v2/registration/certificate/formats?beneficiary_reference_id=${reference}`;
  const response = await request.get(url);
  expect(response.status(), `GET ${url}: ${await response.text()}`).toBe(200);
  const forms = (await response.json()) as CertificateForms;
  expect(forms.certificate_id).toMatch(/^URN:UVCI:/);
  return forms;
}

/**
 * The QR codes of the certificate page (which the page shows): checks each is a loaded SVG image and returns each
 * image's address with the SVG it serves (a code changes whenever the signed certificate does).
 */
async function qrImages(page: Page): Promise<Map<string, string>> {
  const codes = page.locator('section.qr img');
  expect(await codes.count()).toBeGreaterThanOrEqual(1);
  const images = new Map<string, string>();
  for (const code of await codes.all()) {
    await expect(code).toBeVisible();
    await expect.poll(() => code.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    const source = await code.getAttribute('src');
    const image = await page.request.get(source!);
    expect(image.status(), `GET ${source}`).toBe(200);
    expect(image.headers()['content-type']).toContain('image/svg+xml');
    const svg = await image.text();
    expect(svg).toContain('<svg');
    images.set(source!, svg);
  }
  return images;
}

async function noHorizontalScroll(page: Page, width: number, context: string): Promise<void> {
  const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth, `page width of ${context}`).toBeLessThanOrEqual(width);
}

/** How the Hindi journey runs: with the portal's script, or with scripts off in the citizen's browser. */
interface JourneyOptions {
  javaScript: boolean;
}

/**
 * The Hindi citizen's whole journey (issue 13): sign-in, a family member, a booking cancelled and booked again, a
 * reschedule, the slip; a dose recorded over the staff API, the certificate and its QR codes; a name correction the
 * ministry approves in the console (staff keep their script application), the reissued certificate, a passport
 * added; signing out. `page` is the citizen's; without JavaScript its context has scripts disabled, so every step is
 * a link, a GET form or a POST form. Screenshots of the run without scripts start with "no-JS".
 */
async function hindiJourney(page: Page, request: APIRequestContext, browser: Browser, testInfo: TestInfo, { javaScript }: JourneyOptions): Promise<void> {
  const shot = (target: Page, step: string) => screenshot(target, testInfo, javaScript ? step : `no-JS: ${step}`);
  // axe needs scripts: without them it checks a copy of the page's document (see expectNoSeriousA11yViolationsWithoutScripts).
  const a11y = (context: string) =>
    javaScript ? expectNoSeriousA11yViolations(page, context) : expectNoSeriousA11yViolationsWithoutScripts(page, `${context} (no JS)`);
  // Home, in the country's default language, then in Hindi through the switcher.
  const home = await page.goto(IN);
  expect(home?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(heading(page)).toHaveText('Vaccination in India');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'हिन्दी' }).click();
  await expect(page).toHaveURL(new RegExp(`${IN}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(heading(page)).toHaveText('भारत में टीकाकरण');
  await expect(page.getByRole('navigation', { name: 'भाषा' }).locator('[aria-current="true"]')).toHaveText('हिन्दी');
  await shot(page, 'home in Hindi');
  await a11y('Hindi home page');

  // Sign in with a new mobile (each run its own): the OTP arrives by (logged) SMS. The run with scripts takes the
  // navigation's link, the one without the home page's call to action.
  if (javaScript) {
    await page.getByRole('navigation', { name: 'मुखपृष्ठ' }).getByRole('link', { name: 'साइन इन करें', exact: true }).click();
  } else {
    await page.getByRole('link', { name: 'पंजीकरण करें या साइन इन करें' }).click();
  }
  await expect(page).toHaveURL(new RegExp(`${IN}sign-in$`));
  await expect(heading(page)).toHaveText('साइन इन करें');
  await expect(page.getByLabel('मोबाइल नंबर')).toBeVisible();
  // Soft: a wrong hint is a bug to report, not a reason to stop the journey.
  await expect.soft(page.locator('#mobile-hint'), 'the hint names the calling code with its plus').toHaveText('देश कोड (+91) के बिना।');
  await shot(page, 'sign-in form');
  await a11y('Hindi sign-in page');
  const mobile = uniqueMobile('98765', 10);
  const mark = await sendOtp(page, mobile);
  await expect(heading(page)).toHaveText('ओटीपी दर्ज करें');
  await expect(page.getByLabel('एक बार इस्तेमाल होने वाला पासवर्ड (ओटीपी)')).toBeVisible();
  await shot(page, 'OTP form');
  await enterOtp(page, 'in', mark);
  await expect(heading(page)).toHaveText('मेरा परिवार');
  await expect(page.getByText('अभी तक किसी का पंजीकरण नहीं हुआ है। अपने परिवार का पहला सदस्य जोड़ें।')).toBeVisible();
  await expect(page.getByRole('button', { name: 'साइन आउट करें' })).toBeVisible();
  await shot(page, 'empty family');
  await a11y('Hindi account page (empty)');

  // Add a member with a passport (documents are unique per country, so a random number).
  await page.getByRole('link', { name: 'सदस्य जोड़ें' }).click();
  await expect(heading(page)).toHaveText('परिवार का सदस्य जोड़ें');
  await page.getByLabel('नाम, जैसा पहचान दस्तावेज़ पर लिखा है').fill('Sunita Sharma');
  await page.getByLabel('जन्म का वर्ष').fill('1985');
  await page.getByRole('radio', { name: 'महिला' }).check();
  await page.getByLabel('पहचान दस्तावेज़', { exact: true }).selectOption({ label: 'पासपोर्ट' });
  await page.getByLabel('पहचान दस्तावेज़ की संख्या').fill(indianPassport());
  await shot(page, 'member form filled');
  await page.getByRole('button', { name: 'सहेजें' }).click();
  await expect(page).toHaveURL(new RegExp(`${IN}account\\?done=added$`));
  await expect(page.getByRole('status')).toHaveText('परिवार का सदस्य जोड़ दिया गया है।');
  const reference = await referenceOf(page, 'Sunita Sharma');
  const card = memberCard(page, reference);
  await expect(card).toContainText('टीका नहीं लगा');
  await shot(page, 'member added');

  // Search the member's district (BBMP: the demo vaccinator works at its Victoria Hospital). The search is a GET
  // form; the "near me" button needs the script (it reads the location), so without it the button stays hidden.
  const searchBbmp = async () => {
    await card.getByRole('link', { name: 'स्लॉट बुक करें' }).click();
    await expect(heading(page)).toHaveText('टीकाकरण स्लॉट खोजें');
    await page.getByLabel('ज़िला').selectOption({ label: 'बीबीएमपी' });
    await page.getByRole('button', { name: 'खोजें', exact: true }).click();
    await expect(page).toHaveURL(/[?&]district=294(&|$)/);
    await expect(page.locator('#results')).toHaveText(/^[0-9]+ सत्र मिले?$/);
  };
  await searchBbmp();
  const nearMe = expect.soft(page.locator('#near-me'), `the location button is ${javaScript ? 'shown with' : 'hidden without'} the script`);
  await (javaScript ? nearMe.toBeVisible() : nearMe.toBeHidden());
  const sessions = page.locator('section.card');
  expect(await sessions.count()).toBeGreaterThanOrEqual(2);
  await expect(sessions.first().getByRole('heading', { level: 3 })).toHaveText('विक्टोरिया अस्पताल');
  await shot(page, 'slots in BBMP');
  await a11y('Hindi slots page with results');

  // Book the first session, at its last slot.
  const bookFirstSession = async () => {
    const first = sessions.first();
    await first.getByLabel('किसके लिए').selectOption(reference);
    await first.getByLabel('समय').selectOption({ index: (await first.getByLabel('समय').locator('option').count()) - 1 });
    await first.getByRole('button', { name: 'बुक करें', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${IN}account\\?done=booked$`));
    await expect(page.getByRole('status')).toHaveText('आपका अपॉइंटमेंट बुक हो गया है। पर्ची “मेरा परिवार” में है।');
    await expect(card.getByRole('heading', { level: 3, name: 'खुराक 1 का अपॉइंटमेंट' })).toBeVisible();
    await expect(card).toContainText('विक्टोरिया अस्पताल');
  };
  await bookFirstSession();
  await shot(page, 'booked');
  const firstBooking = (await beneficiaries(page.request, 'in')).find((member) => member.beneficiary_reference_id === reference)?.appointments;
  expect(firstBooking).toHaveLength(1);

  // The citizen changes their mind: cancelling is a form too, and the member can book again.
  await card.getByRole('button', { name: 'अपॉइंटमेंट रद्द करें' }).click();
  await expect(page).toHaveURL(new RegExp(`${IN}account\\?done=cancelled$`));
  await expect(page.getByRole('status')).toHaveText('आपका अपॉइंटमेंट रद्द कर दिया गया है।');
  await expect(card.getByRole('heading', { level: 3, name: 'खुराक 1 का अपॉइंटमेंट' })).toHaveCount(0);
  await expect(card.getByRole('link', { name: 'स्लॉट बुक करें' })).toBeVisible();
  const cancelled = (await beneficiaries(page.request, 'in')).find((member) => member.beneficiary_reference_id === reference);
  expect(cancelled?.appointments).toEqual([]);
  await shot(page, 'cancelled');

  // Booked again, at the same session and slot.
  await searchBbmp();
  await bookFirstSession();
  await shot(page, 'booked again');
  const booked = (await beneficiaries(page.request, 'in')).find((member) => member.beneficiary_reference_id === reference);
  expect(booked?.appointments).toHaveLength(1);
  expect(booked!.appointments[0]).toMatchObject({ session_id: firstBooking![0]!.session_id, slot: firstBooking![0]!.slot });
  const bookedSession = booked!.appointments[0]!.session_id;

  // Reschedule to another session of the district.
  await card.getByRole('link', { name: 'समय बदलें' }).click();
  await expect(page).toHaveURL(/[?&]reschedule=[0-9a-f-]{36}/);
  await expect(page.getByRole('status').first()).toHaveText('अपॉइंटमेंट के लिए नया स्लॉट चुनें।');
  const other = page.locator('section.card').filter({ hasNot: page.locator(`[id="session-${bookedSession}"]`) }).first();
  await expect(other.getByRole('button', { name: 'अपॉइंटमेंट यहाँ बदलें' })).toBeVisible();
  await shot(page, 'choosing the new slot');
  await other.getByRole('button', { name: 'अपॉइंटमेंट यहाँ बदलें' }).click();
  await expect(page).toHaveURL(new RegExp(`${IN}account\\?done=rescheduled$`));
  await expect(page.getByRole('status')).toHaveText('आपके अपॉइंटमेंट का समय बदल दिया गया है।');
  const moved = (await beneficiaries(page.request, 'in')).find((member) => member.beneficiary_reference_id === reference);
  expect(moved?.appointments).toHaveLength(1);
  const appointment = moved!.appointments[0]!;
  expect(appointment.session_id).not.toBe(bookedSession);
  expect(appointment.center_id).toBe(1001);
  await shot(page, 'rescheduled');
  await a11y('Hindi account page with an appointment');

  // The appointment slip downloads as a PDF.
  const slip = card.getByRole('link', { name: 'अपॉइंटमेंट पर्ची डाउनलोड करें (PDF)' });
  const slipHref = await slip.getAttribute('href');
  expect(slipHref).toContain(`appointment_id=${appointment.appointment_id}`);
  const [slipDownload] = await Promise.all([page.waitForEvent('download'), slip.click()]);
  const slipPath = await slipDownload.path();
  expect(readFileSync(slipPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expectPdf(page.request, slipHref!);

  // A vaccinator of the centre records the dose over the staff API.
  const staff = await request.post(`${IN}api/staff/login`, { data: staffLogin('in', 'vaccinator') });
  expect(staff.status(), 'vaccinator login').toBe(200);
  const { token } = (await staff.json()) as { token: string };
  const vaccine = await sessionVaccine(page.request, 'in', appointment.center_id, appointment.date, appointment.session_id);
  const dose = await request.post(`${IN}api/staff/doses`, {
    headers: { authorization: `Bearer ${token}` },
    data: {
      idempotency_key: `portal-e2e-${reference}-1`,
      beneficiary_reference_id: reference,
      facility_id: appointment.center_id,
      vaccine,
      batch: '4121Z025',
      dose: 1,
    },
  });
  expect(dose.status(), `record dose: ${await dose.text()}`).toBe(201);
  const recorded = (await dose.json()) as { given_on: string };
  expect(recorded).toMatchObject({ beneficiary_reference_id: reference, dose: 1, vaccine, vaccination_status: 'Partially Vaccinated' });
  doseRecorded = true;

  // The family page shows the dose, the new status and the certificate; the appointment is done.
  await page.goto(`${IN}account`);
  await expect(card).toContainText('आंशिक रूप से टीका लगा');
  await expect(card.getByRole('heading', { level: 3, name: 'दी गई खुराकें' })).toBeVisible();
  const doseLine = card.getByRole('listitem').filter({ hasText: `खुराक 1: ${vaccine}` });
  await expect(doseLine).toBeVisible();
  // The day as Hindi writes it (CLDR through ICU4X: "5 दिसंबर, 2026"), not the API's DD-MM-YYYY.
  const [day, , year] = recorded.given_on.split('-');
  await expect
    .soft(doseLine, 'the dose line names the vaccine and the day, once')
    .toHaveText(new RegExp(`^खुराक 1: ${vaccine}, ${Number(day)} \\D+ ${year}$`));
  await expect(card.getByRole('heading', { level: 3, name: 'खुराक 1 का अपॉइंटमेंट' })).toHaveCount(0);
  await shot(page, 'vaccinated');
  const certificate = card.getByRole('link', { name: 'प्रमाणपत्र डाउनलोड करें (PDF)' });
  const certificateHref = await certificate.getAttribute('href');
  expect(certificateHref).toBe(`${IN}api/v2/registration/certificate/public/download?beneficiary_reference_id=${reference}`);
  const [certificateDownload] = await Promise.all([page.waitForEvent('download'), certificate.click()]);
  expect(readFileSync(await certificateDownload.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expectPdf(page.request, certificateHref!);

  // The QR codes page shows each signed form's code as an image.
  await card.getByRole('link', { name: 'QR कोड दिखाएँ' }).click();
  await expect(page).toHaveURL(new RegExp(`${IN}account/certificate\\?member=${reference}$`));
  await expect(heading(page)).toHaveText('टीकाकरण प्रमाणपत्र');
  const codesBefore = await qrImages(page);
  // Its id, as the citizen API gives it with the signed forms; the credential names the member.
  const certificateId = page.locator('#certificate-id');
  const before = await certificateForms(page.request, reference);
  expect(before.vc?.credentialSubject?.name, 'the signed credential names the member').toBe('Sunita Sharma');
  await expect(certificateId).toHaveText(before.certificate_id);
  await shot(page, 'certificate QR codes');
  await a11y('Hindi certificate page');

  // The citizen asks, in Hindi, for the member's name to be corrected.
  const correctedName = 'Sunita Devi Sharma';
  await page.goto(`${IN}account`);
  await page.getByRole('link', { name: 'सुधार और शिकायतें' }).click();
  await expect(page).toHaveURL(new RegExp(`${IN}account/requests$`));
  await expect(heading(page)).toHaveText('सुधार और शिकायतें');
  await expect(page.getByText('आपने अभी तक कोई अनुरोध नहीं किया है।')).toBeVisible();
  await page.getByLabel('परिवार का सदस्य').selectOption(reference);
  await page.getByLabel('किस बारे में है').selectOption({ label: 'नाम में सुधार' });
  await page.getByLabel('सही जानकारी').fill(correctedName);
  await page.getByLabel('क्या हुआ').fill('पासपोर्ट पर मेरा पूरा नाम Sunita Devi Sharma है।');
  await shot(page, 'correction request filled');
  await page.getByRole('button', { name: 'अनुरोध भेजें' }).click();
  await expect(page).toHaveURL(new RegExp(`${IN}account/requests\\?done=filed$`));
  await expect(page.getByRole('status')).toHaveText('आपका अनुरोध भेज दिया गया है। इसका ट्रैकिंग नंबर नीचे दिखाया गया है।');
  const filed = page.locator('section.card');
  await expect(filed).toHaveCount(1);
  const tracking = (await filed.getByRole('heading', { level: 2 }).innerText()).trim();
  expect(tracking).toMatch(/^IN-[A-Z2-9]{10}$/);
  const requestCard = page.locator(`section.card[aria-labelledby="request-${tracking}"]`);
  await expect(requestCard).toContainText('Sunita Sharma');
  await expect(requestCard).toContainText('नाम में सुधार');
  await expect(requestCard).toContainText(correctedName);
  await expect(requestCard.locator('strong')).toHaveText('खुला: जाँच चल रही है');
  expect((await citizenRequests(page.request, 'in')).find((filedRequest) => filedRequest.tracking_number === tracking)).toMatchObject({
    beneficiary_reference_id: reference,
    kind: 'name',
    requested_value: correctedName,
    status: 'open',
  });
  await shot(page, 'correction request filed');
  await a11y('Hindi requests page (open request)');

  // India's ministry administrator approves it in the console, with a note for the citizen.
  const staffContext = await browser.newContext();
  const staffPage = await staffContext.newPage();
  await signInAsStaff(staffPage, 'in', 'ministry', '/requests');
  const row = staffPage.getByRole('row').filter({ hasText: tracking });
  await expect(row).toContainText(reference);
  await expect(row).toContainText('Name correction');
  await expect(row).toContainText(correctedName);
  await row.getByRole('button', { name: `Approve request ${tracking}` }).click();
  const approve = staffPage.getByRole('dialog', { name: `Approve request ${tracking}` });
  const staffNote = 'पासपोर्ट के अनुसार नाम सुधार दिया गया है।';
  await approve.getByLabel('Note to the citizen').fill(staffNote);
  await shot(staffPage, 'ministry approves the correction');
  await approve.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(approve).toBeHidden();
  await expect(staffPage.getByText(`Request ${tracking} approved: the record is corrected and the certificates are reissued.`)).toBeVisible();
  await expect(row).toHaveCount(0);
  await staffContext.close();

  // Back on the portal: the request is approved with the ministry's answer.
  await page.goto(`${IN}account/requests`);
  await expect(page.getByRole('status')).toHaveCount(0);
  await expect(requestCard.locator('strong')).toHaveText('स्वीकृत: रिकॉर्ड में सुधार किया गया और नया प्रमाणपत्र जारी किया गया');
  await expect(requestCard.locator('dt', { hasText: 'जवाब' })).toBeVisible();
  await expect(requestCard).toContainText(staffNote);
  await expect(requestCard).toContainText(correctedName);
  expect((await citizenRequests(page.request, 'in')).find((filedRequest) => filedRequest.tracking_number === tracking)).toMatchObject({
    status: 'approved',
    staff_note: staffNote,
  });
  await shot(page, 'correction approved');
  await a11y('Hindi requests page (approved request)');

  // The family page shows the new name on the member's card.
  await page.goto(`${IN}account`);
  await expect(card.getByRole('heading', { level: 2 })).toHaveText(correctedName);
  await expect(card).toContainText('आंशिक रूप से टीका लगा');
  await expect(page.getByRole('heading', { level: 2, name: 'Sunita Sharma', exact: true })).toHaveCount(0);
  await shot(page, 'family with the corrected name');

  // The certificate was reissued: a new id, signed with the new name, and every QR code changed.
  const after = await certificateForms(page.request, reference);
  expect(after.certificate_id, 'a reissued certificate has a new id').not.toBe(before.certificate_id);
  expect(after.vc?.credentialSubject?.name, 'the reissued credential names the member as corrected').toBe(correctedName);
  // A verifier finds the old certificate revoked and the new one genuine.
  expect(before.eu_dcc, 'India issues EU DCCs').toBeTruthy();
  expect((await verify(request, before.eu_dcc!)).result, 'the certificate before the correction').toBe('revoked');
  const genuine = await verify(request, after.eu_dcc!);
  expect(genuine.result, 'the reissued certificate').toBe('genuine');
  expect(genuine.certificate?.name, 'the name a verifier reads').toContain('Devi');
  const reissued = card.getByRole('link', { name: 'प्रमाणपत्र डाउनलोड करें (PDF)' });
  const [reissuedDownload] = await Promise.all([page.waitForEvent('download'), reissued.click()]);
  expect(readFileSync(await reissuedDownload.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expectPdf(page.request, certificateHref!);
  await card.getByRole('link', { name: 'QR कोड दिखाएँ' }).click();
  await expect(page).toHaveURL(new RegExp(`${IN}account/certificate\\?member=${reference}$`));
  await expect(certificateId).toHaveText(after.certificate_id);
  const codesAfter = await qrImages(page);
  expect([...codesAfter.keys()], 'the same signed forms as before').toEqual([...codesBefore.keys()]);
  for (const [source, svg] of codesAfter) {
    expect(svg, `the QR code of ${source} after the correction`).not.toBe(codesBefore.get(source));
  }
  await shot(page, 'reissued certificate QR codes');
  await a11y('Hindi certificate page (reissued)');

  // The member travels: a number that is not a passport's is refused, and stays in the field to be fixed.
  const passportField = page.getByLabel('पासपोर्ट नंबर', { exact: true });
  const addPassport = page.getByRole('button', { name: 'प्रमाणपत्र में जोड़ें' });
  await passportField.fill('J83');
  const [refused] = await Promise.all([
    page.waitForResponse((response) => new URL(response.url()).pathname === `${IN}account/certificate/passport` && response.request().method() === 'POST'),
    addPassport.click(),
  ]);
  expect(refused.status(), 'a refused passport number').toBe(400);
  await expect(page.getByRole('alert')).toContainText('यह पासपोर्ट नंबर नहीं है: पासपोर्ट के फ़ोटो वाले पृष्ठ पर छपा नंबर लिखें (5 से 9 अक्षर और अंक)।');
  await expect(passportField).toHaveValue('J83');
  await expect(passportField).toHaveAttribute('aria-invalid', 'true');
  await expect(certificateId).toHaveText(after.certificate_id);
  await shot(page, 'passport number refused');

  // Typed as printed, with a space and a hyphen, and sent with the Enter key: the number is added and the
  // certificate reissued with it.
  await passportField.fill('j 836-9854');
  await passportField.press('Enter');
  await expect(page).toHaveURL(new RegExp(`${IN}account/certificate\\?member=${reference}&done=passport$`));
  await expect(page.getByRole('status')).toHaveText('पासपोर्ट नंबर जोड़ दिया गया: नीचे नया प्रमाणपत्र है, और पुराना रद्द कर दिया गया है।');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.locator('#certificate-passport')).toHaveText('J8369854');
  const withPassport = await certificateForms(page.request, reference);
  expect(withPassport.certificate_id, 'a certificate with the passport has a new id').not.toBe(after.certificate_id);
  await expect(certificateId).toHaveText(withPassport.certificate_id);
  expect(withPassport.vc?.credentialSubject?.passport?.documentNumber, 'the signed credential carries the passport').toBe('J8369854');
  expect(withPassport.vc?.credentialSubject?.name, 'the corrected name is kept').toBe(correctedName);
  // A verifier finds the certificate before the passport revoked and the new one genuine.
  expect((await verify(request, after.eu_dcc!)).result, 'the certificate before the passport').toBe('revoked');
  expect((await verify(request, withPassport.eu_dcc!)).result, 'the certificate with the passport').toBe('genuine');
  const withPassportPdf = page.getByRole('link', { name: 'प्रमाणपत्र डाउनलोड करें (PDF)' });
  expect(await withPassportPdf.getAttribute('href')).toBe(certificateHref);
  const [withPassportDownload] = await Promise.all([page.waitForEvent('download'), withPassportPdf.click()]);
  expect(readFileSync(await withPassportDownload.path()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await expectPdf(page.request, certificateHref!);
  await shot(page, 'passport added to the certificate');
  await a11y('Hindi certificate page (with a passport)');

  // Signing out is a form too.
  await page.getByRole('button', { name: 'साइन आउट करें' }).click();
  await expect(page).toHaveURL(new RegExp(`${IN}\\?done=signed-out$`));
  await expect(page.getByRole('navigation', { name: 'मुखपृष्ठ' }).getByRole('link', { name: 'साइन इन करें', exact: true })).toBeVisible();
  await shot(page, 'signed out');
}

test('portal: a Hindi citizen in India books, reschedules, is vaccinated, gets the certificate and has it corrected', async ({ page, request, browser }, testInfo) => {
  test.setTimeout(180_000);
  await hindiJourney(page, request, browser, testInfo, { javaScript: true });
});

test('portal: the whole Hindi journey works with JavaScript disabled', async ({ request, browser }, testInfo) => {
  test.setTimeout(180_000);
  const context = await browser.newContext({ javaScriptEnabled: false });
  try {
    await hindiJourney(await context.newPage(), request, browser, testInfo, { javaScript: false });
  } finally {
    await context.close();
  }
});

test('portal: an Egyptian citizen books in Arabic, right to left', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ locale: 'ar-EG' });
  const page = await context.newPage();
  await page.goto(EG);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(heading(page)).toContainText('التطعيم في');
  await expect(heading(page)).toContainText('مصر');

  // Right to left for real: the brand starts at the right edge, the navigation runs from right to left.
  const viewport = page.viewportSize()!;
  const brand = (await page.locator('header .brand').boundingBox())!;
  const links = page.getByRole('navigation', { name: 'الرئيسية' }).getByRole('link');
  const firstLink = (await links.nth(0).boundingBox())!;
  const secondLink = (await links.nth(1).boundingBox())!;
  expect(brand.x + brand.width).toBeGreaterThan(viewport.width * 0.9);
  expect(brand.x).toBeGreaterThan(viewport.width / 2);
  expect(firstLink.x).toBeGreaterThan(secondLink.x);
  expect(firstLink.x + firstLink.width).toBeGreaterThan(viewport.width * 0.9);
  await screenshot(page, testInfo, 'home in Arabic');
  await expectNoSeriousA11yViolations(page, 'Arabic home page');

  await page.getByRole('navigation', { name: 'الرئيسية' }).getByRole('link', { name: 'تسجيل الدخول' }).click();
  await expect(heading(page)).toHaveText('تسجيل الدخول');
  await expect(page.getByLabel('رقم الهاتف المحمول')).toBeVisible();
  await expect.soft(page.locator('#mobile-hint'), 'the hint names the calling code with its plus').toContainText('+20');
  await screenshot(page, testInfo, 'sign-in in Arabic');
  await expectNoSeriousA11yViolations(page, 'Arabic sign-in page');
  const mark = await sendOtp(page, uniqueMobile('010', 11));
  await expect(heading(page)).toHaveText('أدخل رمز التحقق');
  await enterOtp(page, 'eg', mark);
  await expect(heading(page)).toHaveText('عائلتي');
  await expect(page.getByText('لم يُسجَّل أحد بعد. أضف أول فرد من عائلتك.')).toBeVisible();
  await screenshot(page, testInfo, 'empty family in Arabic');

  await page.getByRole('link', { name: 'إضافة فرد' }).click();
  await expect(heading(page)).toHaveText('إضافة فرد من العائلة');
  await expect(page.locator('#id-number-hint')).toContainText('29505120101234');
  await page.getByLabel('الاسم كما هو مكتوب في وثيقة الهوية').fill('منى أحمد حسن');
  await page.getByLabel('سنة الميلاد').fill('1995');
  await page.getByRole('radio', { name: 'أنثى' }).check();
  await page.getByLabel('وثيقة الهوية', { exact: true }).selectOption({ label: 'بطاقة الرقم القومي' });
  await page.getByLabel('رقم الوثيقة').fill(egyptianNationalId());
  await screenshot(page, testInfo, 'member form in Arabic');
  await page.getByRole('button', { name: 'حفظ' }).click();
  await expect(page).toHaveURL(new RegExp(`${EG}account\\?done=added$`));
  await expect(page.getByRole('status')).toHaveText('تمت إضافة فرد العائلة.');
  const reference = await referenceOf(page, 'منى أحمد حسن');
  const card = memberCard(page, reference);
  await expect(card).toContainText('لم يتلقَّ التطعيم');

  await card.getByRole('link', { name: 'احجز موعدًا' }).click();
  await expect(heading(page)).toHaveText('ابحث عن موعد متاح للتطعيم');
  await page.getByLabel('مركز', { exact: true }).selectOption({ label: 'مدينة نصر' });
  await page.getByRole('button', { name: 'بحث', exact: true }).click();
  await expect(page).toHaveURL(/[?&]district=101(&|$)/);
  const session = page.locator('section.card').first();
  await expect(session.getByRole('heading', { level: 3 })).toHaveText('مركز شباب مدينة نصر');
  await screenshot(page, testInfo, 'slots in Nasr City');
  await expectNoSeriousA11yViolations(page, 'Arabic slots page with results');
  await session.getByLabel('لمن الموعد').selectOption(reference);
  await session.getByRole('button', { name: 'احجز', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${EG}account\\?done=booked$`));
  await expect(page.getByRole('status')).toHaveText('تم حجز موعدك. تجد الإيصال في «عائلتي».');
  await expect(card.getByRole('heading', { level: 3 })).toContainText('موعد الجرعة');
  await expect(card).toContainText('مركز شباب مدينة نصر');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The card's text starts at its right edge.
  const cardBox = (await card.boundingBox())!;
  const title = (await card.getByRole('heading', { level: 2 }).boundingBox())!;
  expect(title.x + title.width).toBeGreaterThan(cardBox.x + cardBox.width - 40);
  await screenshot(page, testInfo, 'booked in Arabic');
  await expectNoSeriousA11yViolations(page, 'Arabic account page with an appointment');
  await context.close();
});

test('portal: a 360-pixel phone shows the slots and the family without sideways scrolling', async ({ browser }, testInfo) => {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'hi-IN', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await signIn(page, 'in', uniqueMobile('98765', 10));
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await page.goto(`${IN}account/members/new`);
  await fillMember(page, { name: 'Lakshmi Venkataraman Subramanian', birthYear: 1960, gender: 2, idType: 4, idNumber: indianPassport() });
  await expect(page).toHaveURL(new RegExp(`${IN}account\\?done=added$`));

  await page.goto(`${IN}slots?district=294`);
  await expect(heading(page)).toHaveText('टीकाकरण स्लॉट खोजें');
  await expect(page.locator('section.card').first().getByRole('button', { name: 'बुक करें', exact: true })).toBeVisible();
  await noHorizontalScroll(page, 360, 'the slots page');
  await screenshot(page, testInfo, 'slots on a phone');
  await page.locator('section.card').first().getByRole('button', { name: 'बुक करें', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${IN}account\\?done=booked$`));
  await expect(page.getByRole('heading', { level: 3, name: 'खुराक 1 का अपॉइंटमेंट' })).toBeVisible();
  await noHorizontalScroll(page, 360, 'the account page');
  await screenshot(page, testInfo, 'family on a phone');
  await context.close();
});

test('portal: the statistics page charts the doses and passes axe', async ({ page }, testInfo) => {
  const response = await page.goto(`${IN}statistics`);
  expect(response?.status()).toBe(200);
  await expect(heading(page)).toHaveText('Vaccination statistics');
  const chart = page.getByRole('img', { name: 'Doses per day, last 30 days' });
  await expect(chart).toBeVisible();
  expect(await chart.evaluate((element) => element.tagName.toLowerCase())).toBe('svg');
  const total = Number(await page.locator('.figures div').nth(1).locator('dd').innerText());
  expect(Number.isInteger(total)).toBe(true);
  if (doseRecorded) {
    expect(total).toBeGreaterThanOrEqual(1);
    expect(await chart.locator('rect').count()).toBeGreaterThanOrEqual(1);
  }
  await screenshot(page, testInfo, 'statistics');
  await expectNoSeriousA11yViolations(page, 'statistics page');
});
