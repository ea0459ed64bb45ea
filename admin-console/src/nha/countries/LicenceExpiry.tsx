import { Text } from '@mantine/core';
import { useState } from 'react';
import { useFormat } from '../../i18n/useFormat';
import { useT } from '../../i18n/useT';

const DAY_SECONDS = 86_400;
/** A licence this close to its end is flagged, so NHA renews it in time. */
const SOON_DAYS = 30;

/**
 * The licence's expiry date, flagged when it is near. A valid licence without a date does not expire (development
 * licences); for a refused one the date could not be read.
 */
export function LicenceExpiry({ expiresAt, state }: { expiresAt: number | null | undefined; state: string }) {
  const t = useT();
  // The page's opening time is close enough to judge "soon" in days.
  const [now] = useState(() => Date.now());
  const f = useFormat();
  if (expiresAt == null) {
    return (
      <Text size="sm" c="dimmed">
        {state === 'valid' ? t('console-nha-licence-no-expiry') : t('console-nha-not-given')}
      </Text>
    );
  }
  const daysLeft = Math.floor((expiresAt - now / 1000) / DAY_SECONDS);
  const date = f.date(expiresAt);
  return (
    <Text size="sm" c={daysLeft < SOON_DAYS ? 'red' : undefined} fw={daysLeft < SOON_DAYS ? 600 : undefined}>
      {daysLeft < SOON_DAYS ? t('console-nha-licence-expires-soon', { date, days: Math.max(daysLeft, 0) }) : date}
    </Text>
  );
}
