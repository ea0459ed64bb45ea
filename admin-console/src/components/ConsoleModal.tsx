import { Modal, type ModalProps } from '@mantine/core';
import { useT } from '../i18n/useT';

/**
 * Mantine's Modal with a translated name on its close button (Mantine's own has none: axe's "button-name").
 * Use it instead of Modal everywhere.
 */
export function ConsoleModal({ closeButtonProps, ...props }: ModalProps) {
  const t = useT();
  return <Modal {...props} closeButtonProps={{ 'aria-label': t('console-close'), ...closeButtonProps }} />;
}
