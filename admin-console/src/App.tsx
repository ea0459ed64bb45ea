import { DirectionProvider, MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { HashRouter } from 'react-router';
import { SessionProvider } from './auth/SessionProvider';
import { ConsoleProvider } from './console/ConsoleProvider';
import { DatesLocale } from './i18n/DatesLocale';
import { ConsoleRoutes } from './shell/ConsoleRoutes';
import { cssVariablesResolver, theme } from './theme';

/**
 * Order matters: the country (its languages) first, then translations, then who is signed in, then pages. A hash
 * router, because the same files are served under several bases and the server answers index.html for any path.
 */
/** `env="test"` turns off Mantine's transitions and portals, for unit tests in jsdom. */
export function App({ env }: { env?: 'default' | 'test' } = {}) {
  return (
    <DirectionProvider>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env={env}>
        <Notifications />
        <ConsoleProvider>
          <DatesLocale>
            <SessionProvider>
              <HashRouter>
                <ConsoleRoutes />
              </HashRouter>
            </SessionProvider>
          </DatesLocale>
        </ConsoleProvider>
      </MantineProvider>
    </DirectionProvider>
  );
}
