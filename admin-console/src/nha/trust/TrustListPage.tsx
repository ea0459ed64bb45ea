import { Anchor, Code, Group, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useApiQuery } from '../../api/useApiQuery';
import { PageTitle } from '../../components/PageTitle';
import { QueryState } from '../../components/QueryState';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';
import { readTrustList, readTrustListKeys } from '../api';
import { decodeTrustList, type TrustListView } from './decodeTrustList';

function Fact({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

function TrustListDetails({ list, keyIds }: { list: TrustListView; keyIds: string[] }) {
  const t = useT();
  const f = useFormat();
  const none = t('console-nha-not-given');
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
        <Fact label={t('console-nha-trust-issuer')}>{list.issuer ?? none}</Fact>
        <Fact label={t('console-nha-trust-issued')}>{list.issuedAt ? f.dateTime(list.issuedAt) : none}</Fact>
        <Fact label={t('console-nha-trust-expires')}>{list.expiresAt ? f.dateTime(list.expiresAt) : none}</Fact>
        <Fact label={t('console-nha-trust-key')}>
          <Code>{list.keyId ?? none}</Code>
          {list.keyId && !keyIds.includes(list.keyId) && (
            <Text size="xs" c="red">
              {t('console-nha-trust-key-unknown')}
            </Text>
          )}
        </Fact>
      </SimpleGrid>
      {list.countries.length === 0 ? (
        <Text>{t('console-nha-trust-empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table striped verticalSpacing="sm">
            <Table.Caption>{t('console-nha-trust-caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('console-nha-country')}</Table.Th>
                <Table.Th scope="col">{t('console-nha-trust-country-issuer')}</Table.Th>
                <Table.Th scope="col">{t('console-nha-licence')}</Table.Th>
                <Table.Th scope="col">{t('console-nha-trust-dcc')}</Table.Th>
                <Table.Th scope="col">{t('console-nha-trust-shc')}</Table.Th>
                <Table.Th scope="col">{t('console-nha-trust-vc')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.countries.map((country) => (
                <Table.Tr key={country.country}>
                  <Table.Th scope="row">{country.country}</Table.Th>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{country.issuer ?? none}</Table.Td>
                  <Table.Td>{country.licenceId ?? none}</Table.Td>
                  <Table.Td>
                    {t('console-nha-trust-dcc-count', {
                      count: country.dccSigners,
                      retired: country.dccSignersRetired,
                    })}
                  </Table.Td>
                  <Table.Td>{f.number(country.shcKeys)}</Table.Td>
                  <Table.Td>{f.number(country.vcMethods)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** The signed list of licensed countries and their keys, as verifiers download it. */
export function TrustListPage() {
  const t = useT();
  const trust = useApiQuery(async () => {
    const [jws, keys] = await Promise.all([readTrustList(), readTrustListKeys()]);
    return { list: decodeTrustList(jws), keyIds: keys.map((key) => key.kid) };
  }, []);
  return (
    <Stack>
      <PageTitle>{t('console-nha-trust-title')}</PageTitle>
      <Text>{t('console-nha-trust-explain')}</Text>
      <Group gap="md">
        <Anchor href="/platform/trust-list" download="trust-list.jws">
          {t('console-nha-trust-download')}
        </Anchor>
        <Anchor href="/platform/.well-known/jwks.json" target="_blank">
          {t('console-nha-trust-keys-link')}
        </Anchor>
      </Group>
      <QueryState query={trust}>{(data) => <TrustListDetails list={data.list} keyIds={data.keyIds} />}</QueryState>
    </Stack>
  );
}
