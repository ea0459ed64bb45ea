import { useEffect, useState } from 'react';
import { tenantApi } from '../../api/clients';
import { toApiError } from '../../api/errors';
import { useSubmission } from '../../components/useSubmission';
import { asApiObject } from './saveConfiguration';
import { problemsOf, type TenantConfig } from './model';
import type { SaveOutcome } from './saveConfiguration';

/**
 * Asks the server for a specimen certificate of a proposed configuration and keeps it as a blob: URL, released when
 * replaced or when the page closes.
 */
export function usePdfPreview(): {
  url: string | undefined;
  busy: boolean;
  problem: SaveOutcome | undefined;
  preview: (config: TenantConfig) => Promise<void>;
} {
  const [url, setUrl] = useState<string>();
  const submission = useSubmission();
  // The server's refusal of the proposed configuration; a call that threw is the submission's failure.
  const [refusal, setRefusal] = useState<SaveOutcome>();
  const problem: SaveOutcome | undefined =
    refusal ?? (submission.failure !== undefined ? { kind: 'failed', error: submission.failure } : undefined);

  useEffect(() => {
    return () => {
      if (url) URL.revokeObjectURL(url);
    };
  }, [url]);

  async function preview(config: TenantConfig) {
    setRefusal(undefined);
    await submission.run(async () => {
      const result = await tenantApi.POST('/api/staff/configuration/preview', { body: { config: asApiObject(config) }, parseAs: 'blob' });
      if (result.response.ok && result.data) {
        setUrl(URL.createObjectURL(new Blob([result.data as unknown as Blob], { type: 'application/pdf' })));
      } else {
        // An error body comes back as a blob too: read it as the JSON it is.
        const body: unknown = await (result.error instanceof Blob ? result.error.text().then((text) => JSON.parse(text) as unknown).catch(() => undefined) : result.error);
        const error = toApiError(body, result.response.status);
        setRefusal(result.response.status === 422 ? { kind: 'invalid', message: error.message, problems: problemsOf(body) } : { kind: 'failed', error });
      }
    });
  }

  return { url, busy: submission.running, problem, preview };
}
