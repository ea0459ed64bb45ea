import { Group, Stack, Text } from '@mantine/core';
import { Dropzone, MIME_TYPES } from '@mantine/dropzone';
import { IconFileZip, IconUpload, IconX } from '@tabler/icons-react';
import { useT } from '../../i18n/useT';

/** The largest folder accepted here; configuration folders are a few hundred kilobytes. */
const MAX_BYTES = 20 * 1024 * 1024;

interface Props {
  onFile: (file: File) => void;
  onRejected: () => void;
  disabled?: boolean;
}

/** Drop (or pick with the keyboard: it is a button) the zip of a tenant's configuration folder. */
export function ZipDropzone({ onFile, onRejected, disabled }: Props) {
  const t = useT();
  return (
    <Dropzone
      onDrop={(files) => files[0] && onFile(files[0])}
      onReject={onRejected}
      accept={[MIME_TYPES.zip, 'application/x-zip-compressed', 'application/x-zip']}
      maxFiles={1}
      multiple={false}
      maxSize={MAX_BYTES}
      disabled={disabled}
      aria-label={t('console-nha-onboard-dropzone-label')}
      inputProps={{ 'aria-label': t('console-nha-onboard-dropzone-label') }}
    >
      <Group justify="center" gap="lg" mih={140} style={{ pointerEvents: 'none' }}>
        <Dropzone.Accept>
          <IconUpload size={48} stroke={1.5} />
        </Dropzone.Accept>
        <Dropzone.Reject>
          <IconX size={48} stroke={1.5} />
        </Dropzone.Reject>
        <Dropzone.Idle>
          <IconFileZip size={48} stroke={1.5} />
        </Dropzone.Idle>
        <Stack gap={4}>
          <Text size="lg">{t('console-nha-onboard-dropzone')}</Text>
          <Text size="sm" c="dimmed">
            {t('console-nha-onboard-dropzone-hint')}
          </Text>
        </Stack>
      </Group>
    </Dropzone>
  );
}
