import { Center, Paper, Stack, Text, Title } from '@mantine/core';
import { useT } from '../i18n/useT';
import { SignOutButton } from './SignOutButton';

/** Signed in with a role the console has no screens for. */
export function NoAccessPage() {
  const t = useT();
  return (
    <Center mih="100vh" p="md">
      <Paper component="main" withBorder p="lg" maw={440}>
        <Stack>
          <Title order={1} size="h3">
            {t('console-no-access-title')}
          </Title>
          <Text>{t('console-no-access-text')}</Text>
          <SignOutButton />
        </Stack>
      </Paper>
    </Center>
  );
}
