import { useMemo, type ReactNode } from 'react';
import { tenantApi } from '../api/clients';
import { unwrap } from '../api/errors';
import { apiPrefix, isPlatformConsole } from '../api/prefix';
import { useApiQuery } from '../api/useApiQuery';
import { BootProblem } from '../components/BootProblem';
import { FullPageLoader } from '../components/FullPageLoader';
import { consoleLanguages } from '../i18n/catalogue';
import { I18nProvider } from '../i18n/I18nProvider';
import { ConsoleContext, type ConsoleInfo } from './context';

/**
 * Loads what the console must know before anything else: in a country's console, the country (its name and enabled
 * languages, which bound the language switcher); the NHA console offers every language the console has.
 */
export function ConsoleProvider({ children }: { children: ReactNode }) {
  const tenant = useApiQuery(
    async () => (isPlatformConsole ? undefined : unwrap(await tenantApi.GET('/api/tenant'))),
    [],
  );
  const info = useMemo<ConsoleInfo>(
    () => ({ prefix: apiPrefix, isPlatform: isPlatformConsole, tenant: tenant.data }),
    [tenant.data],
  );
  if (tenant.loading && !tenant.data) return <FullPageLoader />;
  if (tenant.error || (!isPlatformConsole && !tenant.data)) {
    return (
      <ConsoleContext.Provider value={info}>
        <I18nProvider languages={consoleLanguages} defaultLanguage="en">
          <BootProblem error={tenant.error} onRetry={tenant.reload} />
        </I18nProvider>
      </ConsoleContext.Provider>
    );
  }
  const languages = info.tenant ? info.tenant.locales : consoleLanguages;
  const defaultLanguage = info.tenant ? info.tenant.default_locale : 'en';
  return (
    <ConsoleContext.Provider value={info}>
      <I18nProvider languages={languages} defaultLanguage={defaultLanguage}>
        {children}
      </I18nProvider>
    </ConsoleContext.Provider>
  );
}
