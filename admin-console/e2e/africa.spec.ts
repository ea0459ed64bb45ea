import { expect, test, type Page, type TestInfo } from '@playwright/test';
import { expectNoSeriousA11yViolations } from './support/axe';
import {
  beneficiaries,
  enterOtp,
  expectPdf,
  kenyanNationalId,
  memberCard,
  portalBase,
  referenceOf,
  sendOtp,
  senegaleseNin,
  uniqueMobile,
} from './support/portal';
import { screenshot } from './support/screenshots';

/**
 * The citizen portals of the two African demo countries, the way portal.spec.ts covers Egypt: a Kenyan citizen in
 * Swahili (chosen with the page's language switcher) and a Senegalese citizen in French (Senegal's only language)
 * sign in with an SMS OTP, add a member with a national document, book a slot and see the appointment. The texts
 * checked are those of locales/sw/portal.ftl and locales/fr/portal.ftl, the place names and documents those of
 * tenant-config/KE and tenant-config/SN. OTPs come from the development SMS provider's lines in the server log
 * (SERVER_LOG); every run signs in with a mobile of its own and a new document number, so the file can run again on
 * the same server.
 */

const heading = (page: Page) => page.getByRole('heading', { level: 1 });

/** What one country's journey types and expects to read, in the page's language. */
interface Journey {
  /** The country's code in the portal's address. */
  country: string;
  /** The page's language (`<html lang>`), and its English name for the screenshots. */
  lang: string;
  language: string;
  /** A new mobile in the country's national form. */
  mobile: () => string;
  /** The home navigation's name and its sign-in link. */
  navigation: string;
  signInLink: string;
  signInTitle: string;
  mobileLabel: string;
  mobileHint: string;
  otpTitle: string;
  otpLabel: string;
  accountTitle: string;
  accountEmpty: string;
  signOut: string;
  addMember: string;
  memberFormTitle: string;
  nameLabel: string;
  birthYearLabel: string;
  female: string;
  documentLabel: string;
  /** The national document as the form lists it, its example (shown in the hint) and a new valid number. */
  document: string;
  documentExample: string;
  documentNumber: (birthYear: number) => string;
  documentNumberLabel: string;
  save: string;
  added: string;
  notVaccinated: string;
  bookLink: string;
  slotsTitle: string;
  /** The district search: its label (the country's second administrative level), the option, its id. */
  districtLabel: string;
  district: string;
  districtId: number;
  search: string;
  results: RegExp;
  /** The centre booked (the district's first by id) and its facility id. */
  centre: string;
  centreId: number;
  memberChoice: string;
  slotChoice: string;
  book: string;
  booked: string;
  appointment: string;
  slip: string;
}

const KENYA: Journey = {
  country: 'ke',
  lang: 'sw',
  language: 'Swahili',
  // 07XX XXX XXX, with the trunk 0 (tenant-config/KE: ^0[17][0-9]{8}$).
  mobile: () => uniqueMobile('0712', 10),
  navigation: 'Mwanzo',
  signInLink: 'Ingia',
  signInTitle: 'Ingia',
  mobileLabel: 'Nambari ya simu',
  mobileHint: 'Bila msimbo wa nchi (+254).',
  otpTitle: 'Ingiza OTP',
  otpLabel: 'Nenosiri la mara moja (OTP)',
  accountTitle: 'Familia yangu',
  accountEmpty: 'Bado hakuna aliyesajiliwa. Ongeza mwanafamilia wa kwanza.',
  signOut: 'Ondoka',
  addMember: 'Ongeza mwanafamilia',
  memberFormTitle: 'Ongeza mwanafamilia',
  nameLabel: 'Jina, kama lilivyo kwenye kitambulisho',
  birthYearLabel: 'Mwaka wa kuzaliwa',
  female: 'Mwanamke',
  documentLabel: 'Kitambulisho',
  document: 'Kitambulisho cha Taifa',
  documentExample: '27145839',
  documentNumber: () => kenyanNationalId(),
  documentNumberLabel: 'Nambari ya kitambulisho',
  save: 'Hifadhi',
  added: 'Mwanafamilia ameongezwa.',
  notVaccinated: 'Hajachanjwa',
  bookLink: 'Weka miadi',
  slotsTitle: 'Tafuta nafasi ya chanjo',
  districtLabel: 'Kaunti ndogo',
  district: 'Kibra',
  districtId: 278,
  search: 'Tafuta',
  results: /^(Kipindi kimoja kimepatikana|Vipindi [0-9]+ vimepatikana)$/,
  centre: 'Hospitali ya Kitaifa ya Kenyatta',
  centreId: 400101,
  memberChoice: 'Nani',
  slotChoice: 'Muda',
  book: 'Weka miadi',
  booked: 'Miadi yako imewekwa. Stakabadhi iko kwenye Familia yangu.',
  appointment: 'Miadi ya dozi ya 1',
  slip: 'Pakua stakabadhi ya miadi (PDF)',
};

const SENEGAL: Journey = {
  country: 'sn',
  lang: 'fr',
  language: 'French',
  // 70, 75, 76, 77 or 78 and seven digits, no trunk prefix (tenant-config/SN: ^7[05678][0-9]{7}$).
  mobile: () => uniqueMobile('77', 9),
  navigation: 'Accueil',
  signInLink: 'Se connecter',
  signInTitle: 'Connexion',
  mobileLabel: 'Numéro de mobile',
  mobileHint: 'Sans l’indicatif du pays (+221).',
  otpTitle: 'Saisissez le code OTP',
  otpLabel: 'Code à usage unique (OTP)',
  accountTitle: 'Ma famille',
  accountEmpty: 'Personne n’est encore inscrit. Ajoutez le premier membre de votre famille.',
  signOut: 'Se déconnecter',
  addMember: 'Ajouter un membre',
  memberFormTitle: 'Ajouter un membre de la famille',
  nameLabel: 'Nom, tel qu’il figure sur la pièce d’identité',
  birthYearLabel: 'Année de naissance',
  female: 'Féminin',
  documentLabel: 'Pièce d’identité',
  document: "Carte d'identité biométrique CEDEAO (NIN)",
  documentExample: '1 751 1985 01234',
  documentNumber: (birthYear) => senegaleseNin(birthYear),
  documentNumberLabel: 'Numéro de la pièce d’identité',
  save: 'Enregistrer',
  added: 'Le membre de la famille a été ajouté.',
  notVaccinated: 'Non vacciné(e)',
  bookLink: 'Réserver un créneau',
  slotsTitle: 'Trouver un créneau de vaccination',
  districtLabel: 'Département',
  district: 'Dakar',
  districtId: 101,
  search: 'Rechercher',
  results: /^[0-9]+ séances? trouvées?$/,
  centre: 'Hôpital Principal de Dakar',
  centreId: 500101,
  memberChoice: 'Personne',
  slotChoice: 'Heure',
  book: 'Réserver',
  booked: 'Votre rendez-vous est réservé. La fiche de rendez-vous se trouve dans Ma famille.',
  appointment: 'Rendez-vous pour la dose 1',
  slip: 'Télécharger la fiche de rendez-vous (PDF)',
};

/**
 * From the home page (in the journey's language) on: signs in with a new mobile, adds `name` with a new national
 * document number, books the first session of the journey's centre and checks the family page shows the
 * appointment. Checks `<html lang>` on every page, axe on each kind of page, and takes a screenshot of each step.
 */
async function signInAddMemberAndBook(page: Page, testInfo: TestInfo, journey: Journey, name: string, birthYear: number): Promise<void> {
  const base = portalBase(journey.country);
  const { lang, language } = journey;
  const inLanguage = async () => expect(page.locator('html')).toHaveAttribute('lang', lang);
  const shot = (step: string) => screenshot(page, testInfo, `${step} in ${language}`);
  const a11y = (context: string) => expectNoSeriousA11yViolations(page, `${language} ${context}`);

  // Sign in with a new mobile: the OTP arrives by (logged) SMS.
  await page.getByRole('navigation', { name: journey.navigation }).getByRole('link', { name: journey.signInLink, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${base}sign-in$`));
  await inLanguage();
  await expect(heading(page)).toHaveText(journey.signInTitle);
  await expect(page.getByLabel(journey.mobileLabel)).toBeVisible();
  await expect.soft(page.locator('#mobile-hint'), 'the hint names the calling code with its plus').toHaveText(journey.mobileHint);
  await shot('sign-in');
  await a11y('sign-in page');
  const mark = await sendOtp(page, journey.mobile());
  await inLanguage();
  await expect(heading(page)).toHaveText(journey.otpTitle);
  await expect(page.getByLabel(journey.otpLabel)).toBeVisible();
  await shot('OTP form');
  await enterOtp(page, journey.country, mark);
  await inLanguage();
  await expect(heading(page)).toHaveText(journey.accountTitle);
  await expect(page.getByText(journey.accountEmpty)).toBeVisible();
  await expect(page.getByRole('button', { name: journey.signOut })).toBeVisible();
  await shot('empty family');
  await a11y('account page (empty)');

  // Add a member with the national document (documents are unique per country, so a new number each run).
  await page.getByRole('link', { name: journey.addMember, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${base}account/members/new$`));
  await inLanguage();
  await expect(heading(page)).toHaveText(journey.memberFormTitle);
  await expect(page.locator('#id-number-hint')).toContainText(journey.documentExample);
  await page.getByLabel(journey.nameLabel).fill(name);
  await page.getByLabel(journey.birthYearLabel).fill(String(birthYear));
  await page.getByRole('radio', { name: journey.female }).check();
  await page.getByLabel(journey.documentLabel, { exact: true }).selectOption({ label: journey.document });
  await page.getByLabel(journey.documentNumberLabel).fill(journey.documentNumber(birthYear));
  await shot('member form filled');
  await a11y('member form');
  await page.getByRole('button', { name: journey.save }).click();
  await expect(page).toHaveURL(new RegExp(`${base}account\\?done=added$`));
  await inLanguage();
  await expect(page.getByRole('status')).toHaveText(journey.added);
  const reference = await referenceOf(page, name);
  const card = memberCard(page, reference);
  await expect(card).toContainText(journey.notVaccinated);
  await shot('member added');

  // Search the district of the centre from the member's card.
  await card.getByRole('link', { name: journey.bookLink, exact: true }).click();
  await inLanguage();
  await expect(heading(page)).toHaveText(journey.slotsTitle);
  await page.getByLabel(journey.districtLabel, { exact: true }).selectOption({ label: journey.district });
  await page.getByRole('button', { name: journey.search, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`[?&]district=${journey.districtId}(&|$)`));
  await expect(page.locator('#results')).toHaveText(journey.results);
  const session = page.locator('section.card').filter({ has: page.getByRole('heading', { level: 3, name: journey.centre, exact: true }) }).first();
  await expect(session).toBeVisible();
  await shot(`slots in ${journey.district}`);
  await a11y('slots page with results');

  // Book the centre's first session, at its first slot.
  await session.getByLabel(journey.memberChoice, { exact: true }).selectOption(reference);
  await expect(session.getByLabel(journey.slotChoice, { exact: true })).toBeVisible();
  await session.getByRole('button', { name: journey.book, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${base}account\\?done=booked$`));
  await inLanguage();
  await expect(page.getByRole('status')).toHaveText(journey.booked);
  await expect(card.getByRole('heading', { level: 3, name: journey.appointment })).toBeVisible();
  await expect(card).toContainText(journey.centre);
  const slip = card.getByRole('link', { name: journey.slip });
  await expect(slip).toBeVisible();
  await shot('booked');
  await a11y('account page with an appointment');

  // The citizen API agrees: one appointment, at that centre; its slip is a PDF.
  const member = (await beneficiaries(page.request, journey.country)).find((candidate) => candidate.beneficiary_reference_id === reference);
  expect(member?.appointments).toHaveLength(1);
  expect(member!.appointments[0]).toMatchObject({ center_id: journey.centreId, dose: 1 });
  await expectPdf(page.request, (await slip.getAttribute('href'))!);
}

test('portal: a Kenyan citizen books in Swahili', async ({ browser }, testInfo) => {
  // An English browser: Kenya's portal opens in English, and the citizen chooses Swahili with the switcher.
  const context = await browser.newContext({ locale: 'en-KE' });
  const page = await context.newPage();
  const home = await page.goto(portalBase('ke'));
  expect(home?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(heading(page)).toHaveText('Vaccination in Kenya');
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Kiswahili' }).click();
  await expect(page).toHaveURL(new RegExp(`${portalBase('ke')}$`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'sw');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(heading(page)).toHaveText('Chanjo nchini Kenya');
  await expect(page.getByRole('link', { name: 'Jisajili au uingie' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Lugha' }).locator('[aria-current="true"]')).toHaveText('Kiswahili');
  await screenshot(page, testInfo, 'home in Swahili');
  await expectNoSeriousA11yViolations(page, 'Swahili home page');

  await signInAddMemberAndBook(page, testInfo, KENYA, 'Wanjiku Achieng Otieno', 1990);
  await context.close();
});

test('portal: a Senegalese citizen books in French', async ({ browser }, testInfo) => {
  // A French browser (Accept-Language); French is Senegal's only language, so there is no switcher.
  const context = await browser.newContext({ locale: 'fr-SN' });
  const page = await context.newPage();
  const home = await page.goto(portalBase('sn'));
  expect(home?.status()).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
  await expect(page.locator('html')).toHaveAttribute('dir', 'ltr');
  await expect(heading(page)).toHaveText('Vaccination — Sénégal');
  await expect(page.getByRole('link', { name: 'S’inscrire ou se connecter' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Langue' })).toHaveCount(0);
  await screenshot(page, testInfo, 'home in French');
  await expectNoSeriousA11yViolations(page, 'French home page');

  await signInAddMemberAndBook(page, testInfo, SENEGAL, 'Aminata Diop Ndiaye', 1988);
  await context.close();
});
