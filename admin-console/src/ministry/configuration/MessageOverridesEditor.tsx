import { ActionIcon, Button, Group, Paper, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useSubmission } from '../../components/useSubmission';
import { nativeLanguageName } from '../../i18n/languageNames';
import { useT } from '../../i18n/useT';
import { overrideProblems, overrideRows, overridesOf, type OverrideRow } from './messagesForm';
import { withMessages, type TenantConfig } from './model';
import type { SaveOutcome } from './saveConfiguration';
import { SaveOutcomeAlert } from './SaveOutcomeAlert';

/** The country's own wording of platform messages, per language (`[messages.<tag>]` of tenant.toml). */
export function MessageOverridesEditor({
  config,
  save,
  reload,
}: {
  config: TenantConfig;
  save: (config: TenantConfig) => Promise<SaveOutcome>;
  reload: () => void;
}) {
  const t = useT();
  const [outcome, setOutcome] = useState<SaveOutcome>();
  const submission = useSubmission();
  const form = useForm<{ rows: OverrideRow[] }>({
    initialValues: { rows: overrideRows(config.messages) },
    validate: (values) => Object.fromEntries(Object.entries(overrideProblems(values.rows)).map(([k, id]) => [k, t(id)])),
  });

  async function submit(values: { rows: OverrideRow[] }) {
    await submission.run(async () => {
      setOutcome(await save(withMessages(config, overridesOf(values.rows))));
    });
  }

  const locales = config.locales.map((tag) => ({ value: tag, label: nativeLanguageName(tag) }));
  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {t('console-ministry-messages-hint')}
        </Text>
        {form.values.rows.length === 0 && <Text size="sm">{t('console-ministry-messages-none')}</Text>}
        {form.values.rows.map((_, index) => (
          <Paper withBorder p="sm" key={index}>
            <Group align="flex-start" gap="sm" wrap="wrap">
              <Select label={t('console-ministry-messages-language')} data={locales} w={160} withAsterisk {...form.getInputProps(`rows.${index}.locale`)} />
              <TextInput label={t('console-ministry-messages-id')} w={240} withAsterisk ff="monospace" {...form.getInputProps(`rows.${index}.id`)} />
              <Textarea
                label={t('console-ministry-messages-text')}
                autosize
                minRows={1}
                style={{ flex: 1, minWidth: 220 }}
                withAsterisk
                {...form.getInputProps(`rows.${index}.text`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={24}
                onClick={() => form.removeListItem('rows', index)}
                aria-label={t('console-ministry-messages-remove')}
              >
                <IconTrash size={18} />
              </ActionIcon>
            </Group>
          </Paper>
        ))}
        <Group>
          <Button
            variant="light"
            leftSection={<IconPlus size={16} />}
            onClick={() => form.insertListItem('rows', { locale: config.default_locale, id: '', text: '' })}
          >
            {t('console-ministry-messages-add')}
          </Button>
        </Group>
        <SaveOutcomeAlert outcome={outcome} onReload={reload} />
        <Group>
          <Button type="submit" loading={submission.running} disabled={!form.isDirty()}>
            {t('console-ministry-messages-save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
