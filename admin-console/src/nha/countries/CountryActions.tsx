import { Button, Group } from '@mantine/core';
import { useState } from 'react';
import { useErrorText } from '../../components/ErrorAlert';
import { useNotify } from '../../components/useNotify';
import { useT } from '../../i18n/useT';
import { resumeTenant, type TenantView } from '../api';
import { OffboardDialog } from './OffboardDialog';
import { SuspendDialog } from './SuspendDialog';

/** Suspend or resume, and offboard, for one country; `onChanged` reloads the list. */
export function CountryActions({ tenant, onChanged }: { tenant: TenantView; onChanged: () => void }) {
  const t = useT();
  const errorText = useErrorText();
  const notify = useNotify();
  const [dialog, setDialog] = useState<'suspend' | 'offboard'>();
  const [resuming, setResuming] = useState(false);

  const resume = async () => {
    setResuming(true);
    try {
      await resumeTenant(tenant.code);
      notify({ color: 'green', message: t('console-nha-resumed', { country: tenant.name }) });
      onChanged();
    } catch (error) {
      notify({ color: 'red', message: errorText(error) });
    } finally {
      setResuming(false);
    }
  };

  const finish = (message?: string) => {
    setDialog(undefined);
    if (message) notify({ color: 'green', message });
    onChanged();
  };

  return (
    <Group gap="xs" wrap="nowrap">
      {tenant.status === 'suspended' ? (
        <Button
          size="xs"
          variant="light"
          loading={resuming}
          onClick={() => void resume()}
          aria-label={t('console-nha-resume-country', { country: tenant.name })}
        >
          {t('console-nha-resume')}
        </Button>
      ) : (
        <Button
          size="xs"
          variant="light"
          color="orange"
          onClick={() => setDialog('suspend')}
          aria-label={t('console-nha-suspend-country', { country: tenant.name })}
        >
          {t('console-nha-suspend')}
        </Button>
      )}
      <Button
        size="xs"
        variant="subtle"
        color="red"
        onClick={() => setDialog('offboard')}
        aria-label={t('console-nha-offboard-country', { country: tenant.name })}
      >
        {t('console-nha-offboard')}
      </Button>
      {dialog === 'suspend' && (
        <SuspendDialog
          tenant={tenant}
          onClose={() => setDialog(undefined)}
          onDone={() => finish(t('console-nha-suspended', { country: tenant.name }))}
        />
      )}
      {dialog === 'offboard' && (
        <OffboardDialog tenant={tenant} onClose={() => setDialog(undefined)} onDone={() => finish()} />
      )}
    </Group>
  );
}
