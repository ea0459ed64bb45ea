import { Button, Card, Collapse, Group, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useId, type ReactNode } from 'react';
import { useT } from '../../i18n/useT';

/**
 * One report on the dashboard: a title, its CSV export, the chart, and the same figures as a table behind a toggle
 * (charts say little to a screen reader; the table says everything).
 */
export function ReportSection({
  title,
  note,
  exportButton,
  chart,
  table,
}: {
  title: string;
  note?: string;
  exportButton?: ReactNode;
  chart: ReactNode;
  table: ReactNode;
}) {
  const t = useT();
  const [tableShown, { toggle }] = useDisclosure(false);
  const tableId = useId();
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-label={title}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" wrap="wrap">
          <Title order={2} size="h4">
            {title}
          </Title>
          {exportButton}
        </Group>
        {note && (
          <Text size="sm" c="dimmed">
            {note}
          </Text>
        )}
        {chart}
        <Group>
          <Button variant="subtle" size="xs" onClick={toggle} aria-expanded={tableShown} aria-controls={tableId}>
            {tableShown ? t('console-ministry-report-hide-table') : t('console-ministry-report-show-table')}
          </Button>
        </Group>
        <Collapse in={tableShown} id={tableId}>
          {table}
        </Collapse>
      </Stack>
    </Card>
  );
}
