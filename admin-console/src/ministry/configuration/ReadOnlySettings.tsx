import { Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useConsole } from '../../console/useConsole';
import { useT } from '../../i18n/useT';
import type { TenantConfig } from './model';

/** A configuration value as one line of text for a disabled field. */
export function summarise(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ');
  return JSON.stringify(value);
}

/**
 * What the ministry cannot change here: the keys the server names read-only (its code, hostnames, certificate
 * formats, files) and the platform attribution the MoU fixes. Shown disabled so nobody looks for them elsewhere.
 */
export function ReadOnlySettings({ config, readOnly }: { config: TenantConfig; readOnly: readonly string[] }) {
  const t = useT();
  const { tenant } = useConsole();
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('console-ministry-config-read-only-hint')}
      </Text>
      {readOnly.map((key) =>
        key === 'assets' ? (
          <Textarea
            key={key}
            label={key}
            value={Object.keys(config.assets ?? {}).join('\n')}
            disabled
            autosize
            minRows={1}
            ff="monospace"
          />
        ) : (
          <TextInput key={key} label={key} value={summarise(config[key])} disabled ff="monospace" />
        ),
      )}
      {tenant && <Textarea label={t('console-ministry-config-attribution')} value={tenant.attribution} disabled autosize minRows={1} />}
    </Stack>
  );
}
