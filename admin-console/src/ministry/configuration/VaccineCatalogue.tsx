import { Accordion, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useT } from '../../i18n/useT';
import { withRuleSet, type RuleSet, type TenantConfig, type Vaccine } from './model';
import { NewRuleVersionModal } from './NewRuleVersionModal';
import { RuleSetsTable } from './RuleSetsTable';
import type { SaveOutcome } from './saveConfiguration';

/** Each vaccine with its rule history (read-only) and a form for the next version. */
export function VaccineCatalogue({
  config,
  today,
  save,
  reload,
}: {
  config: TenantConfig;
  today: string;
  save: (config: TenantConfig) => Promise<SaveOutcome>;
  reload: () => void;
}) {
  const t = useT();
  const [editing, setEditing] = useState<Vaccine>();
  const codes = config.vaccines.map((vaccine) => vaccine.code);
  return (
    <Stack gap="sm">
      <Accordion multiple variant="separated">
        {config.vaccines.map((vaccine) => (
          <Accordion.Item key={vaccine.code} value={vaccine.code}>
            <Accordion.Control>
              <Group gap="xs">
                <Text fw={600}>{vaccine.name}</Text>
                <Badge variant="light">{vaccine.code}</Badge>
                <Text size="xs" c="dimmed">
                  {t('console-ministry-rule-versions', { count: vaccine.rule_sets.length })}
                </Text>
              </Group>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="sm">
                <Text size="sm" c="dimmed">
                  {vaccine.manufacturer}
                </Text>
                <RuleSetsTable vaccine={vaccine.name} ruleSets={vaccine.rule_sets} today={today} />
                <Group>
                  <Button size="xs" leftSection={<IconPlus size={16} />} onClick={() => setEditing(vaccine)}>
                    {t('console-ministry-rule-new', { vaccine: vaccine.code })}
                  </Button>
                </Group>
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      {editing && (
        <NewRuleVersionModal
          vaccine={editing}
          vaccineCodes={codes}
          today={today}
          onSave={(ruleSet: RuleSet) => save(withRuleSet(config, editing.code, ruleSet))}
          onReload={() => {
            setEditing(undefined);
            reload();
          }}
          onClose={() => setEditing(undefined)}
        />
      )}
    </Stack>
  );
}
