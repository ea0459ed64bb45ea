import { Alert, Anchor, Box, Group, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useT } from '../../i18n/useT';

/**
 * The specimen certificate PDF the server rendered with the draft branding, shown in a frame from a blob: URL, with
 * a link to open it on its own. Where the page's Content-Security-Policy does not allow blob: frames, the browser
 * reports a violation; the frame then gives way to a note pointing at the link instead of staying blank.
 */
export function CertificatePreview({ url }: { url: string }) {
  const t = useT();
  const [blockedUrl, setBlockedUrl] = useState<string>();

  useEffect(() => {
    const onViolation = (event: SecurityPolicyViolationEvent) => {
      if (event.blockedURI.startsWith('blob:')) setBlockedUrl(url);
    };
    document.addEventListener('securitypolicyviolation', onViolation);
    return () => document.removeEventListener('securitypolicyviolation', onViolation);
  }, [url]);

  const link = (
    <Anchor href={url} target="_blank" rel="noopener" size="sm" download="certificate-preview.pdf">
      {t('console-ministry-branding-preview-open')}
    </Anchor>
  );
  return (
    <Box>
      <Group justify="space-between" mb="xs">
        <Text size="sm" fw={500}>
          {t('console-ministry-branding-preview-title')}
        </Text>
        {link}
      </Group>
      {blockedUrl === url ? (
        <Alert color="blue" variant="light" data-testid="certificate-preview-blocked">
          {t('console-ministry-branding-preview-blocked')}
        </Alert>
      ) : (
        <iframe
          src={url}
          title={t('console-ministry-branding-preview-title')}
          style={{ width: '100%', height: 640, border: '1px solid var(--mantine-color-gray-4)', borderRadius: 4 }}
          data-testid="certificate-preview"
        />
      )}
    </Box>
  );
}
