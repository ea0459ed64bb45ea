import { ActionIcon, Button, Group, SegmentedControl, Select, VisuallyHidden } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { useId } from 'react';
import { useI18n, useT } from '../../i18n/useT';

export type CalendarView = 'week' | 'day';

/** Which facility, week or day, and moving through time. */
export function SessionsToolbar({
  facilityOptions,
  facilityId,
  onFacilityChange,
  view,
  onViewChange,
  onPrevious,
  onToday,
  onNext,
}: {
  facilityOptions: Array<{ value: string; label: string }>;
  facilityId: string | null;
  onFacilityChange: (id: string | null) => void;
  view: CalendarView;
  onViewChange: (view: CalendarView) => void;
  onPrevious: () => void;
  onToday: () => void;
  onNext: () => void;
}) {
  const t = useT();
  const { direction } = useI18n();
  const viewLabel = useId();
  // In a right-to-left layout "previous" points right.
  const Back = direction === 'rtl' ? IconChevronRight : IconChevronLeft;
  const Forward = direction === 'rtl' ? IconChevronLeft : IconChevronRight;
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <Select
        label={t('console-ministry-session-facility')}
        placeholder={t('console-ministry-sessions-all-facilities')}
        data={facilityOptions}
        value={facilityId}
        onChange={onFacilityChange}
        clearable
        searchable
        w={260}
      />
      <div>
        <VisuallyHidden id={viewLabel}>{t('console-ministry-sessions-view')}</VisuallyHidden>
        <SegmentedControl
          aria-labelledby={viewLabel}
          value={view}
          onChange={(value) => onViewChange(value as CalendarView)}
          data={[
            { value: 'week', label: t('console-ministry-sessions-week') },
            { value: 'day', label: t('console-ministry-sessions-day') },
          ]}
        />
      </div>
      <Group gap={4}>
        <ActionIcon variant="default" size="lg" onClick={onPrevious} aria-label={view === 'week' ? t('console-ministry-sessions-previous-week') : t('console-ministry-sessions-previous-day')}>
          <Back size={18} />
        </ActionIcon>
        <Button variant="default" onClick={onToday}>
          {t('console-ministry-sessions-today')}
        </Button>
        <ActionIcon variant="default" size="lg" onClick={onNext} aria-label={view === 'week' ? t('console-ministry-sessions-next-week') : t('console-ministry-sessions-next-day')}>
          <Forward size={18} />
        </ActionIcon>
      </Group>
    </Group>
  );
}
