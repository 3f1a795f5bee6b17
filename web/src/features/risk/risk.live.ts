import { usePatientEvents } from '../../platform/patient-events.js';

/** The items whose events carry the patient's recomputed risk. */
export const RISK_TYPES = ['Patient', 'EmergencyVisitHistory'] as const;

/**
 * The patient's risk, live. Every event that changes a LACE input (the patient record, the
 * reviewed ED history) carries the recomputed `readmissionRisk`, which the platform writes to the
 * cache (ReadmissionRisk:<patient id>): every screen showing it updates, and nothing else is
 * needed here but to follow those items on the patient screen's stream (so a risk read that
 * answers late is brought up to date).
 */
export function useRiskLive(after: string | null | undefined) {
  return usePatientEvents(RISK_TYPES, after, () => undefined);
}
