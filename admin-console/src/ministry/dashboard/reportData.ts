import type { TenantSchema } from '../../api/types';

export type DoseReport = TenantSchema<'DoseReportView'>;
type Area = TenantSchema<'AreaView'>;

/** Chart key of a dose number's series (`dose1`, `dose2`, ...). */
export function doseKey(dose: number): string {
  return `dose${dose}`;
}

/**
 * Doses per vaccine with one column per dose number, for a stacked bar chart:
 * `[{vaccine: 'COVISHIELD', dose1: 10, dose2: 4}]` and the dose numbers present, in order.
 */
export function vaccineDoseMatrix(report: Pick<DoseReport, 'by_vaccine'>): {
  rows: Array<Record<string, string | number>>;
  doses: number[];
} {
  const doses = [...new Set(report.by_vaccine.map((mix) => mix.dose))].sort((a, b) => a - b);
  const byVaccine = new Map<string, Record<string, string | number>>();
  for (const mix of report.by_vaccine) {
    const row = byVaccine.get(mix.vaccine) ?? { vaccine: mix.vaccine, ...Object.fromEntries(doses.map((d) => [doseKey(d), 0])) };
    row[doseKey(mix.dose)] = Number(row[doseKey(mix.dose)] ?? 0) + mix.doses;
    byVaccine.set(mix.vaccine, row);
  }
  const rows = [...byVaccine.values()].sort((a, b) => String(a.vaccine).localeCompare(String(b.vaccine)));
  return { rows, doses };
}

/** Districts with a known population, with coverage as a percentage (unrounded: early coverage is tiny), highest first. */
export function coverageRows(report: Pick<DoseReport, 'by_area'>): Array<Area & { coveragePercent: number }> {
  return report.by_area
    .filter((area) => area.population != null && area.first_dose_coverage != null)
    .map((area) => ({ ...area, coveragePercent: (area.first_dose_coverage ?? 0) * 100 }))
    .sort((a, b) => b.coveragePercent - a.coveragePercent);
}

/** Districts by doses in the period, most first (the "no facility" bucket, id 0, last). */
export function areasByDoses(report: Pick<DoseReport, 'by_area'>): Area[] {
  return [...report.by_area].sort(
    (a, b) => Number(a.district_id === 0) - Number(b.district_id === 0) || b.doses - a.doses || a.district_name.localeCompare(b.district_name),
  );
}
