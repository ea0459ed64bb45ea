import { useConsole } from '../../console/useConsole';
import { todayIn } from './days';

/** Today in the country, `YYYY-MM-DD`. */
export function useTenantDay(): string {
  const { tenant } = useConsole();
  return todayIn(tenant?.time_zone);
}
