import { Navigate } from 'react-router';
import { useUser } from '../auth/useSession';
import { useT } from '../i18n/useT';
import { MessagePage } from './MessagePage';
import { navItemsFor } from './registry';

/** `#/` opens the first page the role has. */
export function HomeRedirect() {
  const t = useT();
  const { role } = useUser();
  const first = navItemsFor(role)[0];
  if (first && first.to !== '/') return <Navigate to={first.to} replace />;
  return <MessagePage title={t('console-home-title')} text={t('console-home-empty')} />;
}
