import type { MouseEvent } from 'react';
import { useT } from '../i18n/useT';
import classes from './SkipLink.module.css';

export const MAIN_ID = 'main-content';

/**
 * "Skip to main content". A plain `href="#main"` would be taken as a route by the hash router, so the link moves
 * focus itself.
 */
export function SkipLink() {
  const t = useT();
  const skip = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    document.getElementById(MAIN_ID)?.focus();
  };
  return (
    <a className={classes.skipLink} href={`#${MAIN_ID}`} onClick={skip}>
      {t('console-skip-to-content')}
    </a>
  );
}
