import { Badge, Table, Text } from '@mantine/core';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { isoToApi } from '../common/days';
import type { RuleSet } from './model';
import { TableScroll } from '../common/TableScroll';

/** The version in force on `today`: the last one that has taken effect. */
export function versionInForce(ruleSets: readonly RuleSet[], today: string): number | undefined {
  return [...ruleSets].reverse().find((set) => set.effective_from <= today)?.version;
}

/** A vaccine's rule history, read-only: applied versions never change, a new version follows them. */
export function RuleSetsTable({ vaccine, ruleSets, today }: { vaccine: string; ruleSets: readonly RuleSet[]; today: string }) {
  const t = useT();
  const f = useFormat();
  const inForce = versionInForce(ruleSets, today);
  const ages = (set: RuleSet) =>
    set.max_age == null
      ? t('console-ministry-session-ages-from', { min: set.min_age })
      : t('console-ministry-session-ages-between', { min: set.min_age, max: set.max_age });
  return (
    <TableScroll label={t('console-ministry-rule-table', { vaccine })} minWidth={720}>
      <Table striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('console-ministry-rule-version')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-rule-effective-from')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-rule-ages')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-rule-doses')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-rule-mix-with')}</Table.Th>
            <Table.Th scope="col">{t('console-ministry-rule-booster')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {ruleSets.map((set) => (
            <Table.Tr key={set.version}>
              <Table.Td>
                {set.version}{' '}
                {set.version === inForce && (
                  <Badge size="xs" color="green" variant="light">
                    {t('console-ministry-rule-in-force')}
                  </Badge>
                )}
                {set.effective_from > today && (
                  <Badge size="xs" color="blue" variant="light">
                    {t('console-ministry-rule-scheduled')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{f.day(isoToApi(set.effective_from) ?? set.effective_from)}</Table.Td>
              <Table.Td>{ages(set)}</Table.Td>
              <Table.Td>
                {set.doses.map((dose) => (
                  <Text size="xs" key={dose.dose}>
                    {dose.min_interval_days == null
                      ? t('console-ministry-rule-dose-first', { dose: dose.dose })
                      : dose.max_interval_days == null
                        ? t('console-ministry-rule-dose-after', { dose: dose.dose, min: dose.min_interval_days })
                        : t('console-ministry-rule-dose-between', { dose: dose.dose, min: dose.min_interval_days, max: dose.max_interval_days })}
                  </Text>
                ))}
              </Table.Td>
              <Table.Td>{set.mix_with.length > 0 ? set.mix_with.join(', ') : '—'}</Table.Td>
              <Table.Td>
                {set.booster
                  ? t('console-ministry-rule-booster-summary', { days: set.booster.min_interval_days, vaccines: set.booster.vaccines.join(', ') })
                  : '—'}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
