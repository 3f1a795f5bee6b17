import { useApolloClient } from '@apollo/client/react';
import { Button, Text } from '@mantine/core';
import { useState } from 'react';
import { apiError } from '../../platform/errors.js';

/** "Download FHIR bundle": the patient's care picture as a FHIR R4 file; the download code loads on first use. */
export function FhirDownloadButton({ patientId, mrn }: { patientId: string; mrn: string }) {
  const client = useApolloClient();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const download = async () => {
    setBusy(true);
    setFailed(null);
    try {
      const { downloadFhirBundle } = await import('./download-bundle.js');
      await downloadFhirBundle(client, patientId, mrn);
    } catch (error) {
      setFailed(apiError(error)?.message ?? 'The download failed. Try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="default" loading={busy} onClick={() => void download()}>
        Download FHIR bundle
      </Button>
      {failed ? (
        <Text c="danger" size="sm" role="alert">
          {failed}
        </Text>
      ) : null}
    </>
  );
}
