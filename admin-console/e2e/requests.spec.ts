import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import { beneficiaries, citizenRequests, fillMember, indianPassport, portalBase, signIn, uniqueMobile } from './support/portal';
import { screenshot } from './support/screenshots';
import { chooseLanguage, consoleUrl, signInAsStaff } from './support/session';

/**
 * Citizens' requests in India: a citizen files a name correction, a gender correction and a grievance through the
 * citizen API (signed in on the portal, OTP from SERVER_LOG); the ministry's administrator sees them on the console's
 * "Citizen requests" page, approves the name correction (the record is corrected), rejects the gender one and finds
 * both under their new status. Each run uses a new mobile and member, so it can run again on the same server.
 */

const IN = portalBase('in');

/** The axe check once the last action's toasts have gone (a toast fading out fails the contrast rule). */
async function checkA11y(page: Page, context: string) {
  await expect(page.locator('.mantine-Notification-root')).toHaveCount(0, { timeout: 15_000 });
  await expectNoSeriousA11yViolations(page, context);
}

/** POSTs JSON with the portal's session cookie, which the API takes with `x-csrf-token` = the `cowin_csrf` cookie. */
async function citizenPost(context: BrowserContext, page: Page, path: string, data: unknown) {
  const csrf = (await context.cookies()).find((cookie) => cookie.name === 'cowin_csrf')?.value;
  expect(csrf, 'the portal sets a cowin_csrf cookie').toBeTruthy();
  return page.request.post(`${IN}${path}`, { data, headers: { 'x-csrf-token': csrf ?? '' } });
}

async function fileRequest(context: BrowserContext, page: Page, body: Record<string, unknown>): Promise<string> {
  const answer = await citizenPost(context, page, 'api/citizen/requests', body);
  expect(answer.status(), `POST api/citizen/requests ${JSON.stringify(body)}: ${await answer.text()}`).toBe(201);
  const { tracking_number } = (await answer.json()) as { tracking_number: string };
  expect(tracking_number).toBeTruthy();
  return tracking_number;
}

test('a ministry administrator approves and rejects citizens’ requests', async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);

  // A citizen signs in on the portal, adds a member and files three requests about them.
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await signIn(citizen, 'in', uniqueMobile('98764', 10));
  await citizen.goto(`${IN}account/members/new`);
  await fillMember(citizen, { name: 'Old Name', birthYear: 1988, gender: 1, idType: 4, idNumber: indianPassport() });
  await expect(citizen).toHaveURL(new RegExp(`${IN}account\\?done=added$`));
  const member = (await beneficiaries(citizen.request, 'in')).find((candidate) => candidate.name === 'Old Name');
  expect(member, 'the new member in the citizen API').toBeDefined();
  const reference = member!.beneficiary_reference_id;
  const nameRequest = await fileRequest(citizenContext, citizen, { beneficiary_reference_id: reference, kind: 'name', value: 'New Name' });
  const genderRequest = await fileRequest(citizenContext, citizen, { beneficiary_reference_id: reference, kind: 'gender', value: '2' });
  const grievance = await fileRequest(citizenContext, citizen, {
    beneficiary_reference_id: reference,
    kind: 'wrong_dose',
    details: 'The vaccine written on my certificate is not the one I was given.',
  });

  // The ministry sees the open requests, named in its language: the gender by its name, the grievance by its words.
  await signInAsStaff(page, 'in', 'ministry', '/requests');
  await expect(page.getByRole('heading', { level: 1, name: 'Citizen requests' })).toBeVisible();
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Citizen requests' })).toBeVisible();
  const row = (tracking: string) => page.getByRole('row').filter({ hasText: tracking });
  await expect(row(nameRequest)).toContainText(reference);
  await expect(row(nameRequest)).toContainText('Name correction');
  await expect(row(nameRequest)).toContainText('New Name');
  await expect(row(nameRequest).getByText('Open', { exact: true })).toBeVisible();
  await expect(row(genderRequest)).toContainText('Gender correction');
  await expect(row(genderRequest)).toContainText('Female');
  await expect(row(grievance)).toContainText('Wrong dose recorded');
  await expect(row(grievance)).toContainText('The vaccine written on my certificate');
  await expect(row(grievance).getByRole('button', { name: `Resolve request ${grievance}` })).toBeVisible();
  await screenshot(page, testInfo, 'open requests');
  await checkA11y(page, 'citizen requests (open)');

  // Approve the name correction, with a note for the citizen.
  await row(nameRequest).getByRole('button', { name: `Approve request ${nameRequest}` }).click();
  const approveDialog = page.getByRole('dialog', { name: `Approve request ${nameRequest}` });
  await expect(approveDialog).toBeVisible();
  await expect(approveDialog).toContainText('certificates are reissued');
  await approveDialog.getByLabel('Note to the citizen').fill('Corrected as on your passport.');
  await screenshot(page, testInfo, 'approve dialog');
  await checkA11y(page, 'approve dialog');
  await approveDialog.getByRole('button', { name: 'Approve', exact: true }).click();
  await expect(approveDialog).toBeHidden();
  await expect(page.getByText(`Request ${nameRequest} approved: the record is corrected and the certificates are reissued.`)).toBeVisible();
  await expect(row(nameRequest)).toHaveCount(0);
  await screenshot(page, testInfo, 'approved');

  // Reject the gender correction.
  await row(genderRequest).getByRole('button', { name: `Reject request ${genderRequest}` }).click();
  const rejectDialog = page.getByRole('dialog', { name: `Reject request ${genderRequest}` });
  await rejectDialog.getByLabel('Note to the citizen').fill('Please bring a document that shows the gender.');
  await rejectDialog.getByRole('button', { name: 'Reject', exact: true }).click();
  await expect(rejectDialog).toBeHidden();
  await expect(page.getByText(`Request ${genderRequest} rejected.`)).toBeVisible();
  await expect(row(genderRequest)).toHaveCount(0);
  await expect(row(grievance)).toBeVisible();

  // Deciding again is refused by the server, whatever the page shows.
  const staffCsrf = (await page.context().cookies()).find((cookie) => cookie.name === 'cowin_csrf')?.value ?? '';
  const again = await page.request.post(`/t/in/api/staff/requests/${nameRequest}/decision`, {
    data: { accept: false, note: 'again' },
    headers: { 'x-csrf-token': staffCsrf },
  });
  expect(again.status(), await again.text()).toBe(409);
  expect(((await again.json()) as { errorCode: string }).errorCode).toBe('REQUEST_DECIDED');

  // The approved one is listed under "Approved", with the answer.
  await page.getByRole('textbox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Approved', exact: true }).click();
  await expect(row(nameRequest)).toContainText('Approved');
  await expect(row(nameRequest)).toContainText('Answer: Corrected as on your passport.');
  await expect(row(nameRequest).getByRole('button')).toHaveCount(0);
  await screenshot(page, testInfo, 'approved filter');
  await checkA11y(page, 'citizen requests (approved)');

  // "All" shows every status.
  await page.getByRole('textbox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'All', exact: true }).click();
  await expect(row(genderRequest)).toContainText('Rejected');
  await expect(row(grievance)).toContainText('Open');
  await screenshot(page, testInfo, 'all requests');

  // In Hindi (one of India's console languages): the page's own words and the gender's name are translated.
  await chooseLanguage(page, 'Language', 'हिन्दी');
  await expect(page.locator('html')).toHaveAttribute('lang', 'hi');
  await expect(page.getByRole('heading', { level: 1, name: 'नागरिकों के अनुरोध' })).toBeVisible();
  await expect(row(genderRequest)).toContainText('लिंग में सुधार');
  await expect(row(genderRequest)).toContainText('महिला');
  await expect(row(genderRequest)).toContainText('अस्वीकार किया गया');
  await expect(row(grievance).getByRole('button', { name: `अनुरोध ${grievance} को हल हुआ चिह्नित करें` })).toBeVisible();
  await screenshot(page, testInfo, 'all requests in Hindi');
  await checkA11y(page, 'citizen requests in Hindi');

  // The citizen sees the decisions, and the member's record has its new name.
  const mine = await citizenRequests(citizen.request, 'in');
  expect(mine.find((request) => request.tracking_number === nameRequest)).toMatchObject({ status: 'approved', staff_note: 'Corrected as on your passport.' });
  expect(mine.find((request) => request.tracking_number === genderRequest)).toMatchObject({ status: 'rejected' });
  expect(mine.find((request) => request.tracking_number === grievance)).toMatchObject({ status: 'open' });
  const corrected = (await beneficiaries(citizen.request, 'in')).find((candidate) => candidate.beneficiary_reference_id === reference);
  expect(corrected?.name).toBe('New Name');
  await citizenContext.close();
});

test('the requests page is the tenant administrator’s only', async ({ page }) => {
  await signInAsStaff(page, 'in', 'district', '/dashboard');
  await expect(page.getByRole('navigation').getByRole('link', { name: 'Citizen requests' })).toHaveCount(0);
  await page.goto(consoleUrl('in', '/requests'));
  await expect(page.getByText('Not available for your role')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Citizen requests' })).toHaveCount(0);
});
