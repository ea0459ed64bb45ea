import type { TenantSchema } from '../../api/types';

type FacilityView = TenantSchema<'FacilityView'>;
export type FacilityBody = TenantSchema<'FacilityBody'>;

/** The facility form's fields: texts per language as the country writes them, numbers as typed. */
export interface FacilityFormValues {
  name: Record<string, string>;
  block: Record<string, string>;
  districtId: string | null;
  address: string;
  postalCode: string;
  lat: number | string;
  long: number | string;
  opens: string;
  closes: string;
  feeType: 'Free' | 'Paid';
  fees: Array<{ vaccine: string; fee: number | string }>;
}

const byLocale = (locales: readonly string[], text?: Readonly<Record<string, string>>) =>
  Object.fromEntries(locales.map((tag) => [tag, text?.[tag] ?? '']));

/** An empty form, with a field per enabled language (and the district preselected when there is only one). */
export function emptyFacilityForm(locales: readonly string[], districtIds: readonly number[] = []): FacilityFormValues {
  return {
    name: byLocale(locales),
    block: byLocale(locales),
    districtId: districtIds.length === 1 ? String(districtIds[0]) : null,
    address: '',
    postalCode: '',
    lat: '',
    long: '',
    opens: '09:00',
    closes: '17:00',
    feeType: 'Free',
    fees: [],
  };
}

/** The form of an existing facility. */
export function facilityFormOf(facility: FacilityView, locales: readonly string[]): FacilityFormValues {
  return {
    name: byLocale(locales, facility.name),
    block: byLocale(locales, facility.block),
    districtId: String(facility.district_id),
    address: facility.address,
    postalCode: facility.postal_code,
    lat: facility.lat,
    long: facility.long,
    opens: facility.opens,
    closes: facility.closes,
    feeType: facility.fee_type === 'Paid' ? 'Paid' : 'Free',
    fees: facility.vaccine_fees.map((fee) => ({ vaccine: fee.vaccine, fee: fee.fee })),
  };
}

/** Only the languages actually written: an empty field is "not translated", not an empty name. */
function written(text: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(text)
      .map(([tag, value]) => [tag, value.trim()] as const)
      .filter(([, value]) => value !== ''),
  );
}

/** The request body of a valid form. */
export function facilityBodyOf(values: FacilityFormValues): FacilityBody {
  return {
    name: written(values.name),
    block: written(values.block),
    district_id: Number(values.districtId),
    address: values.address.trim(),
    postal_code: values.postalCode.trim(),
    lat: Number(values.lat),
    long: Number(values.long),
    opens: values.opens,
    closes: values.closes,
    fee_type: values.feeType,
    vaccine_fees:
      values.feeType === 'Paid'
        ? values.fees.map((fee) => ({ vaccine: fee.vaccine.trim().toUpperCase(), fee: Number(fee.fee) }))
        : [],
  };
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const VACCINE_CODE = /^[A-Z][A-Z0-9_-]{1,31}$/;

function inRange(value: number | string, min: number, max: number): boolean {
  if (value === '' || value === null) return false;
  const number = Number(value);
  return Number.isFinite(number) && number >= min && number <= max;
}

/**
 * What is wrong with the form, as message ids by field path (Mantine's form keys). The server checks again with the
 * configuration's own rules (postal code of the district, and so on) and answers in the user's language.
 */
export function facilityFormProblems(values: FacilityFormValues, defaultLocale: string): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!values.name[defaultLocale]?.trim()) problems[`name.${defaultLocale}`] = 'console-required';
  if (!values.block[defaultLocale]?.trim()) problems[`block.${defaultLocale}`] = 'console-required';
  if (!values.districtId) problems.districtId = 'console-required';
  if (!values.address.trim()) problems.address = 'console-required';
  if (!values.postalCode.trim()) problems.postalCode = 'console-required';
  if (!inRange(values.lat, -90, 90)) problems.lat = 'console-ministry-facility-lat-invalid';
  if (!inRange(values.long, -180, 180)) problems.long = 'console-ministry-facility-long-invalid';
  if (!TIME.test(values.opens)) problems.opens = 'console-ministry-facility-time-invalid';
  if (!TIME.test(values.closes)) problems.closes = 'console-ministry-facility-time-invalid';
  else if (TIME.test(values.opens) && values.closes <= values.opens) problems.closes = 'console-ministry-facility-closes-early';
  if (values.feeType === 'Paid') {
    if (values.fees.length === 0) problems.fees = 'console-ministry-facility-fees-missing';
    values.fees.forEach((fee, index) => {
      if (!VACCINE_CODE.test(fee.vaccine.trim().toUpperCase())) problems[`fees.${index}.vaccine`] = 'console-ministry-vaccine-code-invalid';
      if (!inRange(fee.fee, 0, 1_000_000_000) || !Number.isInteger(Number(fee.fee))) problems[`fees.${index}.fee`] = 'console-ministry-facility-fee-invalid';
    });
  }
  return problems;
}
