import { Badge, Button, Code, FileInput, Group, Modal, Stack, Table, Text } from '@mantine/core';
import { IconFileTypeCsv } from '@tabler/icons-react';
import { useState } from 'react';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import type { TenantSchema } from '../../api/types';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../components/useSubmission';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { TableScroll } from '../common/TableScroll';

type ImportReport = TenantSchema<'ImportReport'>;

/** The columns the server reads, in order (names and blocks in the country's default language). */
export const IMPORT_HEADER = 'name,district_id,block,address,postal_code,lat,long,opens,closes,fee_type';

/**
 * Creates many facilities from a CSV file; each line is created or refused on its own by the configuration's
 * rules, and the report says which, line by line.
 */
export function FacilityImportModal({ onClose, onImported }: { onClose: () => void; onImported: () => void }) {
  const t = useT();
  const f = useFormat();
  const [file, setFile] = useState<File | null>(null);
  const submission = useSubmission();
  const [report, setReport] = useState<ImportReport>();

  async function upload() {
    if (!file) return;
    await submission.run(async () => {
      const csv = await file.text();
      const answer = unwrap(
        await tenantApi.POST('/api/staff/facilities/import', {
          body: csv,
          bodySerializer: (body: string) => body,
          headers: { 'Content-Type': 'text/csv' },
        }),
      );
      setReport(answer);
      if (answer.imported > 0) onImported();
    });
  }

  return (
    <Modal opened closeButtonProps={{ 'aria-label': t('console-close') }} onClose={onClose} size="xl" title={t('console-ministry-facility-import-title')}>
      <Stack gap="sm">
        <Text size="sm">{t('console-ministry-facility-import-hint')}</Text>
        <Code block>{IMPORT_HEADER}</Code>
        <FileInput
          label={t('console-ministry-facility-import-file')}
          accept=".csv,text/csv"
          leftSection={<IconFileTypeCsv size={16} />}
          value={file}
          onChange={(chosen) => {
            setFile(chosen);
            setReport(undefined);
          }}
        />
        {submission.failure !== undefined && <ErrorAlert error={submission.failure} />}
        {report && (
          <Stack gap="xs" data-testid="facility-import-report">
            <Text size="sm" fw={500} role="status">
              {t('console-ministry-facility-import-summary', { imported: report.imported, refused: report.refused })}
            </Text>
            <TableScroll label={t('console-ministry-facility-import-report')} minWidth={480} maxHeight={360}>
              <Table striped verticalSpacing={4}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('console-ministry-facility-import-line')}</Table.Th>
                    <Table.Th scope="col">{t('console-ministry-facility-import-outcome')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.lines.map((line) => (
                    <Table.Tr key={line.line}>
                      <Table.Td>{f.number(line.line)}</Table.Td>
                      <Table.Td>
                        {line.center_id != null ? (
                          <Badge color="green" variant="light">
                            {t('console-ministry-facility-import-created', { id: String(line.center_id) })}
                          </Badge>
                        ) : (
                          <Group gap="xs" wrap="nowrap" align="flex-start">
                            <Badge color="red" variant="light" style={{ flexShrink: 0 }}>
                              {t('console-ministry-facility-import-refused')}
                            </Badge>
                            <Text size="sm">{line.refused}</Text>
                          </Group>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </TableScroll>
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('console-close')}
          </Button>
          <Button onClick={upload} loading={submission.running} disabled={!file}>
            {t('console-ministry-facility-import-run')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
