import { Stack, Text } from '@mantine/core';
import { PageTitle } from '../components/PageTitle';

/** A page that only says something: not found, not for your role, nothing here yet. */
export function MessagePage({ title, text }: { title: string; text: string }) {
  return (
    <Stack>
      <PageTitle>{title}</PageTitle>
      <Text>{text}</Text>
    </Stack>
  );
}
