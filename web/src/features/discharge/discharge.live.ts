import { DischargeEventsDocument } from '@carehub/schema/graphql';
import { useEventStream } from '../../platform/event-stream.js';

/**
 * The one place discharge events reach the screen. The platform writes the changed item; since a
 * new item joins a list and any checklist change moves the plan's readiness (worked out by the
 * hub), the plan is read again after each event.
 */
export function useDischargeLive(patientId: string, after: string | null | undefined, reread: () => void) {
  return useEventStream(
    DischargeEventsDocument,
    { patientId },
    after,
    (data) => data.patientEvents,
    (data) => {
      if (data.patientEvents.node) reread();
    },
  );
}
