import { DirectionProvider, MantineProvider } from '@mantine/core';
import { render, screen, type RenderResult } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter } from 'react-router';
import type { TenantSchema } from '../api/types';
import { SessionContext, type Session, type SignedInUser } from '../auth/context';
import { ConsoleContext } from '../console/context';
import { I18nProvider } from '../i18n/I18nProvider';
import { cssVariablesResolver, theme } from '../theme';

export interface ConsoleRenderOptions {
  /** The country of the console; omit for the NHA console. */
  tenant?: TenantSchema<'TenantInfo'>;
  /** Language of the page (default English). */
  language?: string;
  /** Signed-in user (default: a tenant administrator, or NHA in the NHA console). */
  user?: Partial<SignedInUser>;
  /** Where the hash router starts. */
  route?: string;
}

/**
 * Renders a piece of the console with everything around it that pages expect: Mantine (no transitions), the
 * console's country, real English (or other) messages from locales/, a signed-in user and a router. Waits until
 * translations are loaded. `await renderWithConsole(<CountriesTable tenants={…} onChanged={…} />)`.
 */
export async function renderWithConsole(ui: ReactNode, options: ConsoleRenderOptions = {}): Promise<RenderResult> {
  const language = options.language ?? 'en';
  localStorage.setItem(`cowin-console:${options.tenant ? '/' : '/platform'}:language`, language);
  const user: SignedInUser = {
    id: 'user-1',
    name: 'Test User',
    role: options.tenant ? 'tenant_admin' : 'nha_admin',
    districtIds: [],
    facilityIds: [],
    ...options.user,
  };
  const session: Session = { status: 'signed-in', user, signIn: async () => {}, signOut: async () => {} };
  const prefix = options.tenant ? '' : '/platform';
  const result = render(
    <DirectionProvider>
      <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} env="test">
        <ConsoleContext.Provider value={{ prefix, isPlatform: !options.tenant, tenant: options.tenant }}>
          <I18nProvider languages={[language, 'en']} defaultLanguage={language}>
            <SessionContext.Provider value={session}>
              <MemoryRouter initialEntries={[options.route ?? '/']}>
                <div data-testid="rendered-with-console">{ui}</div>
              </MemoryRouter>
            </SessionContext.Provider>
          </I18nProvider>
        </ConsoleContext.Provider>
      </MantineProvider>
    </DirectionProvider>,
  );
  await screen.findByTestId('rendered-with-console');
  return result;
}
