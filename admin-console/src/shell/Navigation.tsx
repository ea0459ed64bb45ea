import { NavLink, Stack } from '@mantine/core';
import { NavLink as RouterNavLink } from 'react-router';
import { useUser } from '../auth/useSession';
import { useT } from '../i18n/useT';
import { navItemsFor } from './registry';

/** The pages the signed-in role may open. */
export function Navigation({ onNavigate }: { onNavigate: () => void }) {
  const t = useT();
  const { role } = useUser();
  return (
    <Stack gap={2}>
      {navItemsFor(role).map(({ to, labelId, icon: Icon }) => (
        <NavLink
          key={to}
          component={RouterNavLink}
          to={to}
          end={to === '/'}
          label={t(labelId)}
          leftSection={Icon ? <Icon size={18} stroke={1.6} /> : undefined}
          onClick={onNavigate}
        />
      ))}
    </Stack>
  );
}
