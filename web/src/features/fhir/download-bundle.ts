import type { ApolloClient } from '@apollo/client';
import { FhirBundleDocument } from '@carehub/schema/graphql';

/**
 * Fetches the patient's FHIR R4 Bundle (a fresh read, audited on the server) and hands it to the
 * browser as a file download. Loaded only when someone asks for it.
 */
export async function downloadFhirBundle(client: ApolloClient, patientId: string, mrn: string): Promise<void> {
  const { data, error } = await client.query({
    query: FhirBundleDocument,
    variables: { patientId },
    fetchPolicy: 'no-cache',
  });
  if (error) throw error;
  const blob = new Blob([JSON.stringify(data?.fhirBundle, null, 2)], { type: 'application/fhir+json' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = `${mrn}-fhir-bundle.json`;
  document.body.append(link);
  link.click();
  link.remove();
  // The click has handed the blob to the browser's download; the object URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
