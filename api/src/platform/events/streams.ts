import type { Visibility } from './change-event.entity.js';
import type { EntityView, Route } from './entity-views.js';

/**
 * Stream names are built here and only here. A stream is an ordered series of change events
 * that subscribers follow with an `after` cursor.
 */
export const Streams = {
  patient: (patientId: string) => `patient:${patientId}`,
  unit: (unitId: string) => `unit:${unitId}`,
  board: (boardId: string) => `board:${boardId}`,
  rounds: (sessionId: string) => `rounds:${sessionId}`,
  conference: (conferenceId: string) => `conference:${conferenceId}`,
  /** Staff accounts and unit staff lists. */
  directory: () => 'directory',
} as const;

/** The bus topic carrying a stream's doorbell messages. */
export const streamTopic = (stream: string) => `carehub:stream:${stream}`;

/**
 * The route of an item that belongs to a patient: the patient's stream, shared with family when the
 * item says so. The change that takes an item back from family (FAMILY before, TEAM now) is itself
 * family-visible, so the portal learns to drop it; the portal shows an item's content only while
 * the item's own visibility is FAMILY.
 */
export function patientItemRoute(item: { patientId: string; visibility?: Visibility }, before?: EntityView): Route {
  const withdrawn = before?.visibility === 'FAMILY' && item.visibility !== 'FAMILY';
  return {
    streams: [Streams.patient(item.patientId)],
    patientId: item.patientId,
    visibility: withdrawn ? 'FAMILY' : item.visibility,
  };
}
