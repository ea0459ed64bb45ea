import { Alert, Box, Button, Center, Group, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect } from 'react';
import { useErrorText } from '../components/ErrorAlert';
import { useSubmission } from '../components/useSubmission';
import { useConsole } from '../console/useConsole';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { useT } from '../i18n/useT';
import { useSession } from './useSession';

/** E-mail and password; the server answers with cookies, never a token the page keeps. */
export function SignInPage() {
  const t = useT();
  const { signIn } = useSession();
  const { tenant, isPlatform } = useConsole();
  const errorText = useErrorText();
  const submission = useSubmission();
  const failure = submission.failure !== undefined ? errorText(submission.failure) : undefined;
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (/^\S+@\S+$/.test(value.trim()) ? null : t('console-sign-in-email-invalid')),
      password: (value) => (value ? null : t('console-sign-in-password-missing')),
    },
  });
  const heading = isPlatform ? t('console-sign-in-title-nha') : t('console-sign-in-title', { country: tenant?.name ?? '' });

  useEffect(() => {
    document.title = `${heading} · CoWIN`;
  }, [heading]);

  const submit = form.onSubmit(async ({ email, password }) => {
    await submission.run(() => signIn(email.trim(), password));
  });

  return (
    <Center mih="100vh" p="md">
      <Box w="100%" maw={420}>
        <Group justify="flex-end" mb="sm">
          <LanguageSwitcher />
        </Group>
        <Paper component="main" withBorder shadow="sm" p="lg" radius="md">
          <form onSubmit={submit} noValidate>
            <Stack>
              <Title order={1} size="h2">
                {heading}
              </Title>
              {failure && (
                <Alert color="red" role="alert">
                  {failure}
                </Alert>
              )}
              <TextInput
                label={t('console-sign-in-email')}
                type="email"
                autoComplete="username"
                required
                {...form.getInputProps('email')}
              />
              <PasswordInput
                label={t('console-sign-in-password')}
                autoComplete="current-password"
                required
                {...form.getInputProps('password')}
              />
              <Button type="submit" loading={submission.running}>
                {t('console-sign-in-submit')}
              </Button>
            </Stack>
          </form>
        </Paper>
        {tenant?.attribution && (
          <Text size="xs" c="dimmed" ta="center" mt="md">
            {tenant.attribution}
          </Text>
        )}
      </Box>
    </Center>
  );
}
