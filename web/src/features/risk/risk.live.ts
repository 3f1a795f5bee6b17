import { RiskEventsDocument } from '@carehub/schema/graphql';
import { useEventStream } from '../../platform/event-stream.js';

/**
 * The patient's risk, live. Every event that changes a LACE input (the patient record, the
 * reviewed ED history) carries the recomputed `readmissionRisk`, which the platform writes to the
 * cache (ReadmissionRisk:<patient id>): every screen showing it updates, and nothing else is
 * needed here.
 */
export function useRiskLive(patientId: string, after: string | null | undefined) {
  return useEventStream(
    RiskEventsDocument,
    { patientId },
    after,
    (data) => data.patientEvents,
    () => undefined,
  );
}
