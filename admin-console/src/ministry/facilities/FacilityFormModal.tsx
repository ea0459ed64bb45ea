import { ActionIcon, Button, Group, Modal, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useId } from 'react';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useSubmission } from '../../components/useSubmission';
import { useConsole } from '../../console/useConsole';
import { nativeLanguageName } from '../../i18n/languageNames';
import { useT } from '../../i18n/useT';
import { districtOptions } from '../common/districtOptions';
import type { DistrictArea } from '../common/useAreas';
import type { Facility } from '../common/useFacilities';
import { useScopeDistricts } from '../common/useScopeDistricts';
import { emptyFacilityForm, facilityBodyOf, facilityFormOf, facilityFormProblems, type FacilityFormValues } from './facilityForm';
import { useNotify } from '../common/useNotify';

/** Creates a facility, or edits one created by staff (those of tenant.toml change there). */
export function FacilityFormModal({
  facility,
  areas,
  onClose,
  onSaved,
}: {
  /** The facility to edit; a new one when undefined. */
  facility: Facility | undefined;
  areas: readonly DistrictArea[];
  onClose: () => void;
  onSaved: () => void;
}) {
  const t = useT();
  const notify = useNotify();
  const { tenant } = useConsole();
  const locales = tenant?.locales ?? ['en'];
  const defaultLocale = tenant?.default_locale ?? 'en';
  const scope = useScopeDistricts();
  const submission = useSubmission();
  const feeTypeLabel = useId();
  const form = useForm<FacilityFormValues>({
    initialValues: facility ? facilityFormOf(facility, locales) : emptyFacilityForm(locales, scope),
    validate: (values) => Object.fromEntries(Object.entries(facilityFormProblems(values, defaultLocale)).map(([k, id]) => [k, t(id)])),
  });

  async function save(values: FacilityFormValues) {
    await submission.run(async () => {
      const body = facilityBodyOf(values);
      if (facility) {
        unwrap(await tenantApi.PUT('/api/staff/facilities/{id}', { params: { path: { id: facility.id } }, body }));
      } else {
        unwrap(await tenantApi.POST('/api/staff/facilities', { body }));
      }
      notify.success(t('console-saved'));
      onSaved();
    });
  }

  const language = (tag: string) => nativeLanguageName(tag);
  return (
    <Modal
      opened
      closeButtonProps={{ 'aria-label': t('console-close') }}
      onClose={onClose}
      size="lg"
      title={facility ? t('console-ministry-facility-edit-title') : t('console-ministry-facility-create-title')}
    >
      <form onSubmit={form.onSubmit(save)} noValidate>
        <Stack gap="sm">
          {locales.map((tag) => (
            <TextInput
              key={`name-${tag}`}
              label={t('console-ministry-facility-name', { language: language(tag) })}
              lang={tag}
              withAsterisk={tag === defaultLocale}
              {...form.getInputProps(`name.${tag}`)}
            />
          ))}
          <Select
            label={t('console-ministry-facility-district')}
            data={districtOptions(areas, scope)}
            searchable
            withAsterisk
            {...form.getInputProps('districtId')}
          />
          {locales.map((tag) => (
            <TextInput
              key={`block-${tag}`}
              label={t('console-ministry-facility-block', { language: language(tag) })}
              lang={tag}
              withAsterisk={tag === defaultLocale}
              {...form.getInputProps(`block.${tag}`)}
            />
          ))}
          <TextInput label={t('console-ministry-facility-address')} withAsterisk {...form.getInputProps('address')} />
          <TextInput label={t('console-ministry-facility-postal-code')} withAsterisk {...form.getInputProps('postalCode')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <NumberInput label={t('console-ministry-facility-lat')} decimalScale={6} min={-90} max={90} withAsterisk {...form.getInputProps('lat')} />
            <NumberInput label={t('console-ministry-facility-long')} decimalScale={6} min={-180} max={180} withAsterisk {...form.getInputProps('long')} />
            <TimeInput label={t('console-ministry-facility-opens')} withAsterisk {...form.getInputProps('opens')} />
            <TimeInput label={t('console-ministry-facility-closes')} withAsterisk {...form.getInputProps('closes')} />
          </SimpleGrid>
          <Stack gap={4}>
            <Text size="sm" fw={500} id={feeTypeLabel}>
              {t('console-ministry-facility-fee-type')}
            </Text>
            <SegmentedControl
              aria-labelledby={feeTypeLabel}
              data={[
                { value: 'Free', label: t('console-ministry-facility-fee-free') },
                { value: 'Paid', label: t('console-ministry-facility-fee-paid') },
              ]}
              {...form.getInputProps('feeType')}
            />
          </Stack>
          {form.values.feeType === 'Paid' && (
            <Stack gap="xs">
              {form.values.fees.map((_, index) => (
                <Group key={index} align="flex-end" gap="xs" wrap="nowrap">
                  <TextInput
                    label={t('console-ministry-facility-fee-vaccine')}
                    style={{ flex: 1 }}
                    {...form.getInputProps(`fees.${index}.vaccine`)}
                  />
                  <NumberInput
                    label={t('console-ministry-facility-fee-amount')}
                    min={0}
                    allowDecimal={false}
                    w={120}
                    {...form.getInputProps(`fees.${index}.fee`)}
                  />
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    size="lg"
                    mb={2}
                    aria-label={t('console-ministry-facility-fee-remove')}
                    onClick={() => form.removeListItem('fees', index)}
                  >
                    <IconTrash size={18} />
                  </ActionIcon>
                </Group>
              ))}
              {form.errors.fees && (
                <Text size="sm" c="red.8">
                  {form.errors.fees}
                </Text>
              )}
              <Group>
                <Button
                  variant="light"
                  size="xs"
                  leftSection={<IconPlus size={16} />}
                  onClick={() => form.insertListItem('fees', { vaccine: '', fee: '' })}
                >
                  {t('console-ministry-facility-fee-add')}
                </Button>
              </Group>
            </Stack>
          )}
          {submission.failure !== undefined && <ErrorAlert error={submission.failure} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('console-cancel')}
            </Button>
            <Button type="submit" loading={submission.running}>
              {t('console-save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
