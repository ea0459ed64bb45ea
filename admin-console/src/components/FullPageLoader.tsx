import { Center, Loader } from '@mantine/core';

/** Shown before translations exist, so it has no words; role=status lets screen readers know something happens. */
export function FullPageLoader() {
  return (
    <Center h="100vh" role="status" aria-busy="true">
      <Loader />
    </Center>
  );
}
