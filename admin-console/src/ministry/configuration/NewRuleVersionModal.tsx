import { ActionIcon, Button, Group, Modal, MultiSelect, NumberInput, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useSubmission } from '../../components/useSubmission';
import { useT } from '../../i18n/useT';
import type { RuleSet, Vaccine } from './model';
import { ruleSetFormFrom, ruleSetOf, ruleSetProblems, type RuleSetValues } from './ruleSetForm';
import type { SaveOutcome } from './saveConfiguration';
import { SaveOutcomeAlert } from './SaveOutcomeAlert';

/**
 * A new version of a vaccine's rules, taking effect on a day not in the past. Starts from the version in force; the
 * applied versions are never edited.
 */
export function NewRuleVersionModal({
  vaccine,
  vaccineCodes,
  today,
  onSave,
  onReload,
  onClose,
}: {
  vaccine: Vaccine;
  vaccineCodes: readonly string[];
  today: string;
  onSave: (ruleSet: RuleSet) => Promise<SaveOutcome>;
  onReload: () => void;
  onClose: () => void;
}) {
  const t = useT();
  const [outcome, setOutcome] = useState<SaveOutcome>();
  const submission = useSubmission();
  const form = useForm<RuleSetValues>({
    initialValues: ruleSetFormFrom(vaccine),
    validate: (values) => Object.fromEntries(Object.entries(ruleSetProblems(values, vaccine, today)).map(([k, id]) => [k, t(id)])),
  });

  async function save(values: RuleSetValues) {
    await submission.run(async () => {
      const result = await onSave(ruleSetOf(values, vaccine));
      setOutcome(result);
      if (result.kind === 'saved') onClose();
    });
  }

  const others = vaccineCodes.filter((code) => code !== vaccine.code);
  return (
    <Modal opened closeButtonProps={{ 'aria-label': t('console-close') }} onClose={onClose} size="lg" title={t('console-ministry-rule-new-title', { vaccine: vaccine.name })}>
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('console-ministry-rule-new-hint')}
          </Text>
          <DatePickerInput
            label={t('console-ministry-rule-effective-from')}
            minDate={today}
            withAsterisk
            {...form.getInputProps('effectiveFrom')}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NumberInput label={t('console-ministry-session-min-age')} min={0} max={255} allowDecimal={false} withAsterisk {...form.getInputProps('minAge')} />
            <NumberInput
              label={t('console-ministry-session-max-age')}
              description={t('console-ministry-session-max-age-hint')}
              min={0}
              max={255}
              allowDecimal={false}
              {...form.getInputProps('maxAge')}
            />
          </SimpleGrid>
          <Text size="sm" fw={500}>
            {t('console-ministry-rule-doses')}
          </Text>
          {form.values.doses.map((_, index) => (
            <Group key={index} gap="xs" align="flex-end" wrap="wrap">
              <Text size="sm" w={80} pb={8}>
                {t('console-ministry-report-dose-number', { dose: index + 1 })}
              </Text>
              {index === 0 ? (
                <Text size="xs" c="dimmed" pb={8}>
                  {t('console-ministry-rule-first-dose-hint')}
                </Text>
              ) : (
                <>
                  <NumberInput
                    label={t('console-ministry-rule-min-interval', { dose: index + 1 })}
                    min={0}
                    allowDecimal={false}
                    w={170}
                    withAsterisk
                    {...form.getInputProps(`doses.${index}.minInterval`)}
                  />
                  <NumberInput
                    label={t('console-ministry-rule-max-interval', { dose: index + 1 })}
                    min={0}
                    allowDecimal={false}
                    w={170}
                    {...form.getInputProps(`doses.${index}.maxInterval`)}
                  />
                  {index === form.values.doses.length - 1 && (
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      size="lg"
                      mb={2}
                      onClick={() => form.removeListItem('doses', index)}
                      aria-label={t('console-ministry-rule-remove-dose', { dose: index + 1 })}
                    >
                      <IconTrash size={18} />
                    </ActionIcon>
                  )}
                </>
              )}
            </Group>
          ))}
          <Group>
            <Button
              size="xs"
              variant="light"
              leftSection={<IconPlus size={16} />}
              onClick={() => form.insertListItem('doses', { minInterval: '', maxInterval: '' })}
            >
              {t('console-ministry-rule-add-dose')}
            </Button>
          </Group>
          <MultiSelect
            label={t('console-ministry-rule-mix-with')}
            description={t('console-ministry-rule-mix-with-hint')}
            data={others}
            {...form.getInputProps('mixWith')}
          />
          <Switch label={t('console-ministry-rule-booster-offered')} {...form.getInputProps('booster', { type: 'checkbox' })} />
          {form.values.booster && (
            <SimpleGrid cols={{ base: 1, xs: 2 }}>
              <NumberInput
                label={t('console-ministry-rule-booster-interval')}
                min={0}
                allowDecimal={false}
                withAsterisk
                {...form.getInputProps('boosterInterval')}
              />
              <MultiSelect
                label={t('console-ministry-rule-booster-vaccines')}
                data={[...vaccineCodes]}
                withAsterisk
                {...form.getInputProps('boosterVaccines')}
              />
            </SimpleGrid>
          )}
          <SaveOutcomeAlert outcome={outcome} onReload={onReload} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('console-cancel')}
            </Button>
            <Button type="submit" loading={submission.running}>
              {t('console-ministry-rule-save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
