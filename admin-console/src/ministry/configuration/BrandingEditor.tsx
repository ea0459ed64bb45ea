import { Button, ColorInput, Group, Image, MultiSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useState } from 'react';
import { useSubmission } from '../../components/useSubmission';
import { nativeLanguageName } from '../../i18n/languageNames';
import { useT } from '../../i18n/useT';
import { CertificatePreview } from './CertificatePreview';
import { LocalisedFields } from './LocalisedFields';
import { withBranding, type Branding, type TenantConfig } from './model';
import type { SaveOutcome } from './saveConfiguration';
import { SaveOutcomeAlert } from './SaveOutcomeAlert';
import { usePdfPreview } from './usePdfPreview';

/** A branding file's content as an image source (SVG text or a data: URL), shown but not changed here. */
function assetSource(content: string | undefined): string | undefined {
  if (!content) return undefined;
  return content.startsWith('data:') ? content : `data:image/svg+xml;charset=utf-8,${encodeURIComponent(content)}`;
}

/** The certificate's branding: issuer, signatory, colours and languages, with a specimen certificate to check. */
export function BrandingEditor({
  config,
  readOnly,
  save,
  reload,
}: {
  config: TenantConfig;
  readOnly: readonly string[];
  save: (config: TenantConfig) => Promise<SaveOutcome>;
  reload: () => void;
}) {
  const t = useT();
  const [branding, setBranding] = useState<Branding>(config.branding);
  const [outcome, setOutcome] = useState<SaveOutcome>();
  const submission = useSubmission();
  const pdf = usePdfPreview();
  const changed = JSON.stringify(branding) !== JSON.stringify(config.branding);
  const update = (change: Partial<Branding>) => setBranding((old) => ({ ...old, ...change }));
  const languages = [...new Set([...config.locales, 'en'])];
  const filesLocked = readOnly.includes('assets');

  async function submit() {
    await submission.run(async () => {
      setOutcome(await save(withBranding(config, branding)));
    });
  }

  return (
    <Stack gap="sm">
      <LocalisedFields
        label={(language) => t('console-ministry-branding-issuer', { language })}
        value={branding.issuer}
        locales={config.locales}
        required={config.default_locale}
        onChange={(issuer) => update({ issuer })}
      />
      <LocalisedFields
        label={(language) => t('console-ministry-branding-signatory', { language })}
        value={branding.signatory}
        locales={config.locales}
        required={config.default_locale}
        onChange={(signatory) => update({ signatory })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <ColorInput
          label={t('console-ministry-branding-primary')}
          format="hex"
          withEyeDropper={false}
          value={branding.primary_colour}
          onChange={(primary_colour) => update({ primary_colour: primary_colour.toUpperCase() })}
        />
        <ColorInput
          label={t('console-ministry-branding-accent')}
          format="hex"
          withEyeDropper={false}
          value={branding.accent_colour}
          onChange={(accent_colour) => update({ accent_colour: accent_colour.toUpperCase() })}
        />
      </SimpleGrid>
      <MultiSelect
        label={t('console-ministry-branding-languages')}
        description={t('console-ministry-branding-languages-hint')}
        data={languages.map((tag) => ({ value: tag, label: nativeLanguageName(tag) }))}
        value={branding.certificate_locales}
        onChange={(certificate_locales) => update({ certificate_locales })}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {(['logo', 'signature'] as const).map((key) => (
          <Stack gap={4} key={key}>
            <TextInput
              label={key === 'logo' ? t('console-ministry-branding-logo') : t('console-ministry-branding-signature')}
              description={filesLocked ? t('console-ministry-branding-files-hint') : undefined}
              value={branding[key]}
              disabled={filesLocked}
              onChange={(event) => update({ [key]: event.currentTarget.value })}
            />
            {assetSource(config.assets?.[branding[key]]) && (
              <Image src={assetSource(config.assets?.[branding[key]])} alt="" h={64} w="auto" fit="contain" />
            )}
          </Stack>
        ))}
      </SimpleGrid>
      <SaveOutcomeAlert outcome={outcome ?? pdf.problem} onReload={reload} />
      <Group>
        <Button variant="light" leftSection={<IconEye size={16} />} loading={pdf.busy} onClick={() => pdf.preview(withBranding(config, branding))}>
          {t('console-ministry-branding-preview')}
        </Button>
        <Button onClick={submit} loading={submission.running} disabled={!changed}>
          {t('console-ministry-branding-save')}
        </Button>
      </Group>
      {pdf.url ? (
        <CertificatePreview url={pdf.url} />
      ) : (
        <Text size="xs" c="dimmed">
          {t('console-ministry-branding-preview-hint')}
        </Text>
      )}
    </Stack>
  );
}
