import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { useSubmission } from '../../components/useSubmission';
import { useT } from '../../i18n/useT';
import { saveBlob } from '../common/download';
import { useNotify } from '../common/useNotify';

export type ReportTable = 'by-day' | 'by-area' | 'by-vaccine';

/** Downloads one table of the dose report as CSV, for the period shown (`from`/`to` in the API's `DD-MM-YYYY`). */
export function CsvExportButton({ table, from, to, label }: { table: ReportTable; from: string; to: string; label: string }) {
  const t = useT();
  const notify = useNotify();
  const submission = useSubmission();

  async function download() {
    await submission.run(async () => {
      try {
        const blob = unwrap(
          await tenantApi.GET('/api/staff/reports/doses/{table}.csv', {
            params: { path: { table }, query: { from, to } },
            parseAs: 'blob',
          }),
        ) as unknown as Blob;
        saveBlob(blob, `doses-${table}-${from}-${to}.csv`);
      } catch (error) {
        notify.failure(error);
      }
    });
  }

  return (
    <Button
      variant="light"
      size="xs"
      leftSection={<IconDownload size={16} />}
      loading={submission.running}
      onClick={download}
      aria-label={t('console-ministry-report-export', { table: label })}
    >
      {t('console-export-csv')}
    </Button>
  );
}
