import { useEffect, useState, type ReactNode } from 'react';
import { useUser } from '../../auth/useSession';
import { LoadingBlock } from '../../components/LoadingBlock';
import { useConsole } from '../../console/useConsole';
import { useT } from '../../i18n/useT';
import { deskServicesFor, type DeskServices } from '../offline/deskServices';
import { DeskWithFacility } from './DeskWithFacility';
import { useSyncNotifications } from './useSyncNotifications';
import { DeskAlert } from './DeskAlert';

/**
 * Every desk page sits in this frame: it opens the desk's database (one per country console and staff member), then
 * chooses the facility, then shows the page under the connection and queue bar.
 */
export function DeskFrame({ children }: { children: ReactNode }) {
  const t = useT();
  const user = useUser();
  const { prefix } = useConsole();
  const [opened, setOpened] = useState<{ services?: DeskServices; failed?: boolean }>({});

  useEffect(() => {
    let current = true;
    deskServicesFor(prefix, user.id).then(
      (services) => current && setOpened({ services }),
      () => current && setOpened({ failed: true }),
    );
    return () => {
      current = false;
    };
  }, [prefix, user.id]);

  useSyncNotifications(opened.services);

  if (opened.failed) {
    return (
      <DeskAlert tone="danger" role="alert" title={t('console-desk-storage-failed-title')}>
        {t('console-desk-storage-failed-text')}
      </DeskAlert>
    );
  }
  if (!opened.services) return <LoadingBlock />;
  return <DeskWithFacility services={opened.services}>{children}</DeskWithFacility>;
}
