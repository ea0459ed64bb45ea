import { Route, Routes } from 'react-router';
import { isConsoleRole } from '../auth/roles';
import { SignInPage } from '../auth/SignInPage';
import { useSession } from '../auth/useSession';
import { useT } from '../i18n/useT';
import { HomeRedirect } from './HomeRedirect';
import { MessagePage } from './MessagePage';
import { NoAccessPage } from './NoAccessPage';
import { allRoutes } from './registry';
import { RoleGate } from './RoleGate';
import { ShellLayout } from './ShellLayout';

function NotFound() {
  const t = useT();
  return <MessagePage title={t('console-not-found-title')} text={t('console-not-found-text')} />;
}

/** Sign-in when nobody is signed in; otherwise the shell with every area's pages. */
export function ConsoleRoutes() {
  const { user } = useSession();
  if (!user) return <SignInPage />;
  if (!isConsoleRole(user.role)) return <NoAccessPage />;
  return (
    <Routes>
      <Route element={<ShellLayout />}>
        <Route index element={<HomeRedirect />} />
        {allRoutes.map((route) => (
          <Route key={route.path} path={route.path} element={<RoleGate roles={route.roles}>{route.element}</RoleGate>} />
        ))}
        <Route path="*" element={<NotFound />} />
      </Route>
    </Routes>
  );
}
