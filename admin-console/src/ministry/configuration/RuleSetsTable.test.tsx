import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderWithConsole } from '../../test/renderWithConsole';
import type { RuleSet } from './model';
import { RuleSetsTable, versionInForce } from './RuleSetsTable';

const tenant = { code: 'IN', name: 'India', default_locale: 'en', locales: ['en'], locale: 'en', time_zone: 'Asia/Kolkata', attribution: '' };
const set = (version: number, effective_from: string, min_age = 18): RuleSet => ({
  version,
  effective_from,
  min_age,
  max_age: null,
  mix_with: [],
  doses: [
    { dose: 1, min_interval_days: null, max_interval_days: null },
    { dose: 2, min_interval_days: 28, max_interval_days: 42 },
  ],
  booster: null,
});

describe('rule history', () => {
  const history = [set(1, '2021-01-16'), set(2, '2022-01-03', 15), set(3, '2027-01-01', 12)];

  it('finds the version in force on a day', () => {
    expect(versionInForce(history, '2026-12-04')).toBe(2);
    expect(versionInForce(history, '2027-01-01')).toBe(3);
    expect(versionInForce(history, '2020-01-01')).toBeUndefined();
  });

  it('marks the version in force and the scheduled one', async () => {
    await renderWithConsole(<RuleSetsTable vaccine="COVAXIN" ruleSets={history} today="2026-12-04" />, { tenant });
    const rows = screen.getAllByRole('row').slice(1);
    expect(within(rows[1] as HTMLElement).getByText('In force')).toBeInTheDocument();
    expect(within(rows[2] as HTMLElement).getByText('Scheduled')).toBeInTheDocument();
    expect(rows[1]).toHaveTextContent('15+');
    expect(rows[0]).toHaveTextContent('Dose 2: 28 to 42 days after the previous dose');
  });
});
