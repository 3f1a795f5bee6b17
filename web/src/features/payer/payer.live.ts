import { type PayerEventFragment, PayerUnitEventsDocument } from '@carehub/schema/graphql';
import { useEventStream } from '../../platform/event-stream.js';
import { usePatientEvents } from '../../platform/patient-events.js';

/** The items whose events the payer section follows. */
export const PAYER_TYPES = ['UtilizationReview', 'Authorization'] as const;

/**
 * The one place a patient's review and authorization events reach the payer section (through the
 * patient screen's one stream). The platform writes the changed item to the cache; a new review or
 * authorization joins a list, so the section is read again when one arrives that it does not hold.
 */
export function usePayerLive(after: string | null | undefined, holds: (id: string) => boolean, reread: () => void) {
  return usePatientEvents<PayerEventFragment>(PAYER_TYPES, after, (event) => {
    const node = event.payerNode;
    if ((node?.__typename === 'UtilizationReview' || node?.__typename === 'Authorization') && !holds(node.id)) {
      reread();
    }
  });
}

/** The payer worklist's live feed: any review or authorization change on the unit reads the list again. */
export function usePayerUnitLive(unitId: string | null, reread: () => void) {
  return useEventStream(
    PayerUnitEventsDocument,
    unitId ? { unitId } : null,
    null,
    (data) => data.unitEvents,
    (data) => {
      const type = data.unitEvents.node?.__typename;
      if (type === 'UtilizationReview' || type === 'Authorization') reread();
    },
  );
}
