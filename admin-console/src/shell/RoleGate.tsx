import type { ReactNode } from 'react';
import type { Role } from '../auth/roles';
import { useUser } from '../auth/useSession';
import { useT } from '../i18n/useT';
import { MessagePage } from './MessagePage';

/** Shows `children` only to `roles`; the server checks too, this only keeps people from dead ends. */
export function RoleGate({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const t = useT();
  const { role } = useUser();
  if (!(roles as readonly string[]).includes(role)) {
    return <MessagePage title={t('console-forbidden-title')} text={t('console-forbidden-text')} />;
  }
  return <>{children}</>;
}
