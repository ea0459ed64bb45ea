import { useEffect, useMemo, useState } from 'react';
import { useConsole } from '../../console/useConsole';
import { tenantToday } from '../offline/tenantDay';

/** The country's today (`DD-MM-YYYY`), checked every minute so a desk left open past midnight moves on. */
export function useTenantToday(): string {
  const { tenant } = useConsole();
  const timeZone = tenant?.time_zone;
  const [minute, setMinute] = useState(0);
  useEffect(() => {
    const timer = setInterval(() => setMinute((n) => n + 1), 60_000);
    return () => clearInterval(timer);
  }, []);
  // `minute` only makes the day be worked out again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => tenantToday(timeZone), [timeZone, minute]);
}
