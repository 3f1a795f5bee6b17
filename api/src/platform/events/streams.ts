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
