import { Button } from '@mantine/core';
import { IconFileZip } from '@tabler/icons-react';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { useSubmission } from '../../components/useSubmission';
import { useT } from '../../i18n/useT';
import { saveBlob } from '../common/download';
import { useNotify } from '../common/useNotify';

/** Downloads the tenant folder as the configuration in force writes it (tenant.toml, licence, branding files). */
export function ExportButton({ code, version }: { code: string; version: number }) {
  const t = useT();
  const notify = useNotify();
  const submission = useSubmission();

  async function download() {
    await submission.run(async () => {
      try {
        const blob = unwrap(await tenantApi.GET('/api/staff/configuration/export', { parseAs: 'blob' })) as unknown as Blob;
        saveBlob(blob, `${code}-configuration-v${version}.zip`);
      } catch (error) {
        notify.failure(error);
      }
    });
  }

  return (
    <Button variant="default" leftSection={<IconFileZip size={16} />} loading={submission.running} onClick={download}>
      {t('console-ministry-config-export')}
    </Button>
  );
}
