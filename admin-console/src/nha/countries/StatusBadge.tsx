import { Badge } from '@mantine/core';
import { useT } from '../../i18n/useT';
import { labelOf, tenantStatusLabel } from '../labels';

export function StatusBadge({ status }: { status: string }) {
  const t = useT();
  return (
    <Badge
      color={status === 'active' ? 'green' : 'orange'}
      variant="light"
      tt="none"
      // Mantine cuts long labels with an ellipsis; a status must be read whole.
      styles={{ root: { maxWidth: 'none' }, label: { overflow: 'visible' } }}
    >
      {labelOf(t, tenantStatusLabel(status), status)}
    </Badge>
  );
}
