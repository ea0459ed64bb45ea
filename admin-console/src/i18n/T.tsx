import type { MessageArgs } from './bundle';
import { useT } from './useT';

/** A translated text in JSX: `<T id="console-sign-in-title" />`. */
export function T({ id, args }: { id: string; args?: MessageArgs }) {
  return <>{useT()(id, args)}</>;
}
