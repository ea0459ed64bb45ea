import { Badge, Group, Stack, Tabs, Text } from '@mantine/core';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { useTenantDay } from '../common/useTenantDay';
import { AreasEditor } from './AreasEditor';
import { BrandingEditor } from './BrandingEditor';
import { ExportButton } from './ExportButton';
import { MessageOverridesEditor } from './MessageOverridesEditor';
import type { TenantConfig } from './model';
import { ReadOnlySettings } from './ReadOnlySettings';
import { saveConfiguration } from './saveConfiguration';
import { VaccineCatalogue } from './VaccineCatalogue';
import { useNotify } from '../common/useNotify';

/**
 * The country's configuration, edited by its ministry: each save is checked by the rules of `cowin tenant check`,
 * becomes a new version with an audit entry, and can be exported as the tenant folder.
 */
export function ConfigurationPage() {
  const t = useT();
  const notify = useNotify();
  const today = useTenantDay();
  const answer = useApiQuery(async () => unwrap(await tenantApi.GET('/api/staff/configuration')), []);

  const loaded = answer.data;
  return (
    <Stack gap="md">
      <PageTitle actions={loaded && <ExportButton code={(loaded.config as { code?: string }).code ?? ''} version={loaded.version} />}>
        {t('console-ministry-config-title')}
      </PageTitle>
      <QueryState query={answer}>
      {({ version, config: raw, read_only }) => {
        const config = raw as unknown as TenantConfig;
        const save = async (changed: TenantConfig) => {
          const outcome = await saveConfiguration(version, changed);
          if (outcome.kind === 'saved') {
            notify.success(t('console-ministry-config-saved', { version: outcome.version }));
            answer.reload();
          }
          return outcome;
        };
        // Editors start from the version shown; a new version gives them fresh drafts.
        const key = `v${version}`;
        return (
          <Stack gap="md">
            <Group gap="xs">
              <Badge variant="light" size="lg" data-testid="configuration-version">
                {t('console-ministry-config-version', { version })}
              </Badge>
              <Text size="sm" c="dimmed">
                {t('console-ministry-config-hint')}
              </Text>
            </Group>
            <Tabs defaultValue="vaccines" keepMounted={false}>
              <Tabs.List>
                <Tabs.Tab value="vaccines">{t('console-ministry-config-tab-vaccines')}</Tabs.Tab>
                <Tabs.Tab value="areas">{t('console-ministry-config-tab-areas')}</Tabs.Tab>
                <Tabs.Tab value="branding">{t('console-ministry-config-tab-branding')}</Tabs.Tab>
                <Tabs.Tab value="messages">{t('console-ministry-config-tab-messages')}</Tabs.Tab>
                <Tabs.Tab value="locked">{t('console-ministry-config-tab-locked')}</Tabs.Tab>
              </Tabs.List>
              <Tabs.Panel value="vaccines" pt="md">
                <VaccineCatalogue key={key} config={config} today={today} save={save} reload={answer.reload} />
              </Tabs.Panel>
              <Tabs.Panel value="areas" pt="md">
                <AreasEditor key={key} config={config} save={save} reload={answer.reload} />
              </Tabs.Panel>
              <Tabs.Panel value="branding" pt="md">
                <BrandingEditor key={key} config={config} readOnly={read_only} save={save} reload={answer.reload} />
              </Tabs.Panel>
              <Tabs.Panel value="messages" pt="md">
                <MessageOverridesEditor key={key} config={config} save={save} reload={answer.reload} />
              </Tabs.Panel>
              <Tabs.Panel value="locked" pt="md">
                <ReadOnlySettings config={config} readOnly={read_only} />
              </Tabs.Panel>
            </Tabs>
          </Stack>
        );
      }}
      </QueryState>
    </Stack>
  );
}
