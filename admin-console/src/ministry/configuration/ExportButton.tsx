import { Button } from '@mantine/core';
import { IconFileZip } from '@tabler/icons-react';
import { useState } from 'react';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { useT } from '../../i18n/useT';
import { saveBlob } from '../common/download';
import { useNotify } from '../common/useNotify';

/** Downloads the tenant folder as the configuration in force writes it (tenant.toml, licence, branding files). */
export function ExportButton({ code, version }: { code: string; version: number }) {
  const t = useT();
  const notify = useNotify();
  const [busy, setBusy] = useState(false);

  async function download() {
    setBusy(true);
    try {
      const blob = unwrap(await tenantApi.GET('/api/staff/configuration/export', { parseAs: 'blob' })) as unknown as Blob;
      saveBlob(blob, `${code}-configuration-v${version}.zip`);
    } catch (error) {
      notify.failure(error);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button variant="default" leftSection={<IconFileZip size={16} />} loading={busy} onClick={download}>
      {t('console-ministry-config-export')}
    </Button>
  );
}
