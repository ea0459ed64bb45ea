import { useContext } from 'react';
import { ConsoleContext, type ConsoleInfo } from './context';

/** Where this console runs: prefix, platform or country, and the country's public information. */
export function useConsole(): ConsoleInfo {
  const info = useContext(ConsoleContext);
  if (!info) throw new Error('useConsole outside <ConsoleProvider>');
  return info;
}
