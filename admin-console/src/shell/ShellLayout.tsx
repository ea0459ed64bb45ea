import { AppShell, Burger, Divider, Group, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useUser } from '../auth/useSession';
import { PageErrorBoundary } from '../components/PageErrorBoundary';
import { LanguageSwitcher } from '../i18n/LanguageSwitcher';
import { useT } from '../i18n/useT';
import { Attribution } from './Attribution';
import { ConsoleTitle } from './ConsoleTitle';
import { Navigation } from './Navigation';
import { SignOutButton } from './SignOutButton';
import { MAIN_ID, SkipLink } from './SkipLink';

/**
 * Header, navigation and main area. Below the `sm` breakpoint (phones, 360 px) the navigation folds behind a burger
 * and the language switcher and sign-out move into it.
 */
export function ShellLayout() {
  const t = useT();
  const user = useUser();
  const [opened, { toggle, close }] = useDisclosure(false);
  const location = useLocation();
  const firstRender = useRef(true);

  // After navigating, close the phone menu and move focus to the new page, as a full page load would.
  useEffect(() => {
    close();
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.getElementById(MAIN_ID)?.focus();
  }, [location.pathname, close]);

  return (
    <AppShell
      header={{ height: 60 }}
      navbar={{ width: 250, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <SkipLink />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t(opened ? 'console-menu-close' : 'console-menu-open')}
              aria-expanded={opened}
              aria-controls="shell-navigation"
            />
            <ConsoleTitle />
          </Group>
          <Group gap="sm" wrap="nowrap" visibleFrom="sm">
            <LanguageSwitcher />
            <Text size="sm" c="dimmed" truncate="end" maw={200}>
              {user.name}
            </Text>
            <SignOutButton />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" id="shell-navigation" component="nav" aria-label={t('console-navigation-label')}>
        <AppShell.Section grow>
          <Navigation onNavigate={close} />
        </AppShell.Section>
        <AppShell.Section hiddenFrom="sm">
          <Divider my="sm" />
          <Stack gap="sm">
            <Text size="sm" c="dimmed">
              {user.name}
            </Text>
            <LanguageSwitcher />
            <SignOutButton fullWidth />
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main id={MAIN_ID} tabIndex={-1} style={{ outline: 'none' }}>
        <PageErrorBoundary key={location.pathname}>
          <Outlet />
        </PageErrorBoundary>
        <Attribution />
      </AppShell.Main>
    </AppShell>
  );
}
