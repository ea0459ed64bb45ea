import { Button, Card, Group, Stack, Tabs, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { tenantApi } from '../../api/clients';
import { unwrap } from '../../api/errors';
import { useApiQuery } from '../../api/useApiQuery';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useT } from '../../i18n/useT';
import { useTenantDay } from '../common/useTenantDay';
import { BeneficiaryCorrectionForm } from './BeneficiaryCorrectionForm';
import { CorrectionTrail } from './CorrectionTrail';
import { DoseCorrectionForm } from './DoseCorrectionForm';

/** Corrections of beneficiaries and doses, and the trail of any record's corrections. */
export function CorrectionsPage() {
  const t = useT();
  const today = useTenantDay();
  const [subjectInput, setSubjectInput] = useState('');
  const [subject, setSubject] = useState('');
  const staff = useApiQuery(async () => unwrap(await tenantApi.GET('/api/staff/members')).staff, []);
  const trail = useApiQuery(async () => {
    if (!subject) return undefined;
    return unwrap(await tenantApi.GET('/api/staff/corrections', { params: { query: { subject_id: subject } } })).corrections;
  }, [subject]);
  const staffName = (id: string) => staff.data?.find((member) => member.id === id)?.name ?? id;

  const showTrail = (id: string) => {
    setSubjectInput(id);
    if (id === subject) trail.reload();
    else setSubject(id);
  };

  return (
    <Stack gap="md">
      <PageTitle>{t('console-ministry-corrections-title')}</PageTitle>
      <Card withBorder padding="md" radius="md">
        <Tabs defaultValue="beneficiary" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="beneficiary">{t('console-ministry-correction-beneficiary')}</Tabs.Tab>
            <Tabs.Tab value="dose">{t('console-ministry-correction-dose')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="beneficiary" pt="md">
            <BeneficiaryCorrectionForm thisYear={Number(today.slice(0, 4))} onCorrected={showTrail} />
          </Tabs.Panel>
          <Tabs.Panel value="dose" pt="md">
            <DoseCorrectionForm today={today} onCorrected={showTrail} />
          </Tabs.Panel>
        </Tabs>
      </Card>
      <Card withBorder padding="md" radius="md" component="section" aria-labelledby="ministry-trail-heading">
        <Stack gap="sm">
          <Title order={2} size="h4" id="ministry-trail-heading">
            {t('console-ministry-correction-trail')}
          </Title>
          <form
            onSubmit={(event) => {
              event.preventDefault();
              if (subjectInput.trim()) showTrail(subjectInput.trim());
            }}
          >
            <Group align="flex-end" gap="sm" wrap="wrap">
              <TextInput
                label={t('console-ministry-correction-subject')}
                value={subjectInput}
                onChange={(event) => setSubjectInput(event.currentTarget.value)}
                w={360}
                maw="100%"
              />
              <Button type="submit">{t('console-ministry-correction-show-trail')}</Button>
            </Group>
          </form>
          {subject && <QueryState query={trail}>{(list) => <CorrectionTrail corrections={list ?? []} staffName={staffName} />}</QueryState>}
        </Stack>
      </Card>
    </Stack>
  );
}
