import { Badge } from '@mantine/core';
import { useT } from '../../i18n/useT';
import { labelOf, licenceStateLabel } from '../labels';

export function LicenceBadge({ state }: { state: string }) {
  const t = useT();
  return (
    <Badge
      color={state === 'valid' ? 'green' : 'red'}
      variant="light"
      tt="none"
      // Mantine cuts long labels with an ellipsis; a status must be read whole.
      styles={{ root: { maxWidth: 'none' }, label: { overflow: 'visible' } }}
    >
      {labelOf(t, licenceStateLabel(state), state)}
    </Badge>
  );
}
