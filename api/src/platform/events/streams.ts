import type { Visibility } from './change-event.entity.js';
import type { Route } from './entity-views.js';

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

/** The route of an item that belongs to a patient: the patient's stream, shared with family when the item says so. */
export function patientItemRoute(item: { patientId: string; visibility?: Visibility }): Route {
  return { streams: [Streams.patient(item.patientId)], patientId: item.patientId, visibility: item.visibility };
}
