import type { DischargeEventFragment } from '@carehub/schema/graphql';
import { usePatientEvents } from '../../platform/patient-events.js';

/** The items whose events the discharge plan follows. */
export const DISCHARGE_TYPES = [
  'DischargePlan',
  'DischargeChecklistItem',
  'DischargeBarrier',
  'EducationRecord',
] as const;

/**
 * The one place discharge events reach the screen. The platform writes the changed item; since a
 * new item joins a list and any checklist change moves the plan's readiness (worked out by the
 * hub), the plan is read again after each event.
 */
export function useDischargeLive(after: string | null | undefined, reread: () => void) {
  return usePatientEvents<DischargeEventFragment>(DISCHARGE_TYPES, after, (event) => {
    if (event.dischargeNode) reread();
  });
}
