/** Who is asking: resolved once per request or websocket connection from the session token. */
export interface Viewer {
  userId: string;
  name: string;
  kind: 'STAFF' | 'FAMILY';
  discipline: string | null;
  role: 'MEMBER' | 'LEAD' | 'ADMIN';
  sessionId: string;
}

/** The author of a change as written to the event log. */
export interface Actor {
  id: string;
  name: string;
}

/** The actor used by the hub itself (seeding, maintenance jobs). */
export const SYSTEM_ACTOR: Actor = { id: 'system', name: 'CareHub' };

export const actorOf = (viewer: Viewer): Actor => ({ id: viewer.userId, name: viewer.name });
