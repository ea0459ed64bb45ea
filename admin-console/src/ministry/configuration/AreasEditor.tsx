import { Accordion, Button, Fieldset, Group, NumberInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useSubmission } from '../../components/useSubmission';
import { useI18n, useT } from '../../i18n/useT';
import { localText } from '../common/localText';
import { LocalisedFields } from './LocalisedFields';
import { withStates, type District, type State, type TenantConfig } from './model';
import type { SaveOutcome } from './saveConfiguration';
import { SaveOutcomeAlert } from './SaveOutcomeAlert';

/** States and districts: their names in every language and each district's population (for coverage). */
export function AreasEditor({
  config,
  save,
  reload,
}: {
  config: TenantConfig;
  save: (config: TenantConfig) => Promise<SaveOutcome>;
  reload: () => void;
}) {
  const t = useT();
  const { language } = useI18n();
  const [states, setStates] = useState<State[]>(config.states);
  const [outcome, setOutcome] = useState<SaveOutcome>();
  const submission = useSubmission();
  const changed = JSON.stringify(states) !== JSON.stringify(config.states);

  const updateState = (index: number, change: Partial<State>) =>
    setStates((old) => old.map((state, at) => (at === index ? { ...state, ...change } : state)));
  const updateDistrict = (stateIndex: number, districtIndex: number, change: Partial<District>) =>
    setStates((old) =>
      old.map((state, at) =>
        at === stateIndex
          ? { ...state, districts: state.districts.map((district, d) => (d === districtIndex ? { ...district, ...change } : district)) }
          : state,
      ),
    );

  async function submit() {
    await submission.run(async () => {
      setOutcome(await save(withStates(config, states)));
    });
  }

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('console-ministry-areas-hint')}
      </Text>
      <Accordion multiple variant="separated">
        {states.map((state, stateIndex) => (
          <Accordion.Item key={state.id} value={String(state.id)}>
            <Accordion.Control>{localText(state.name, language, config.default_locale)}</Accordion.Control>
            <Accordion.Panel>
              <Stack gap="sm">
                <LocalisedFields
                  label={(name) => t('console-ministry-areas-state-name', { language: name })}
                  value={state.name}
                  locales={config.locales}
                  required={config.default_locale}
                  onChange={(name) => updateState(stateIndex, { name })}
                />
                {state.districts.map((district, districtIndex) => (
                  <Fieldset key={district.id} legend={`${localText(district.name, language, config.default_locale)} (#${district.id})`}>
                    <Stack gap="xs">
                      <LocalisedFields
                        label={(name) => t('console-ministry-areas-district-name', { language: name })}
                        value={district.name}
                        locales={config.locales}
                        required={config.default_locale}
                        onChange={(name) => updateDistrict(stateIndex, districtIndex, { name })}
                      />
                      <NumberInput
                        label={t('console-ministry-areas-population')}
                        description={t('console-ministry-areas-population-hint')}
                        min={0}
                        allowDecimal={false}
                        thousandSeparator
                        value={district.population ?? ''}
                        onChange={(value) =>
                          updateDistrict(stateIndex, districtIndex, { population: value === '' ? null : Number(value) })
                        }
                        maw={280}
                      />
                    </Stack>
                  </Fieldset>
                ))}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
      <SaveOutcomeAlert outcome={outcome} onReload={reload} />
      <Group>
        <Button onClick={submit} loading={submission.running} disabled={!changed}>
          {t('console-ministry-areas-save')}
        </Button>
      </Group>
    </Stack>
  );
}
