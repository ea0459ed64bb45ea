import { Button } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useState } from 'react';
import { useSession } from '../auth/useSession';
import { useT } from '../i18n/useT';

export function SignOutButton({ fullWidth }: { fullWidth?: boolean }) {
  const t = useT();
  const { signOut } = useSession();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      variant="default"
      size="sm"
      fullWidth={fullWidth}
      leftSection={<IconLogout size={16} />}
      loading={busy}
      onClick={() => {
        setBusy(true);
        void signOut().finally(() => setBusy(false));
      }}
    >
      {t('console-sign-out')}
    </Button>
  );
}
