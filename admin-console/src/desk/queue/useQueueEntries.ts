import { useEffect, useState } from 'react';
import { useDesk } from '../frame/deskContext';
import type { QueuedDose } from '../offline/deskDatabase';

/** Every entry of the desk's queue, oldest first, read again after each change; undefined until first read. */
export function useQueueEntries(): QueuedDose[] | undefined {
  const { services } = useDesk();
  const [entries, setEntries] = useState<QueuedDose[]>();
  useEffect(() => {
    let current = true;
    const read = () => {
      void services.queue.all().then((all) => current && setEntries(all));
    };
    read();
    const unsubscribe = services.queue.subscribe(read);
    return () => {
      current = false;
      unsubscribe();
    };
  }, [services]);
  return entries;
}
