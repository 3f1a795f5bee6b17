/**
 * The doorbell between API instances. Messages say "stream S has new events up to id N";
 * the event log in the database stays the truth, so a lost message costs latency, never data.
 */
export interface Bus {
  /** Delivers `message` (JSON-serialisable) to every listener of `topic` on every instance. Never throws: an outage is logged. */
  publish(topic: string, message: object): Promise<void>;
  /**
   * Calls `listener` for each message on `topic`, and with `null` when messages may have been
   * missed (the connection to the broker came back), so listeners re-read the event log.
   * Returns the function that stops listening, whose `ready` says when messages flow.
   */
  subscribe<T = BusMessage>(topic: string, listener: BusListener<T>): Subscription;
  close(): Promise<void>;
}

/** A listener's hold on a topic: call it to stop listening. */
export interface Subscription {
  (): void;
  /**
   * Settles once the broker has confirmed the subscription, so every message published from then
   * on reaches the listener; or at once when the broker is unreachable, since the listener is then
   * told to resync (`null`) when the connection comes back. Never rejects.
   */
  readonly ready: Promise<void>;
}

/** A published change: the event itself plus the id of the stream's previous event. */
export interface BusMessage {
  /** Id of the event before this one in the same stream (`'0'` for the first), to detect gaps without a read. */
  previousId: string;
  event: ChangeEventPayload;
}

export type BusListener<T = BusMessage> = (message: T | null) => void;

/** The wire form of a `ChangeEvent` (dates as ISO strings, ids as decimal strings). */
export interface ChangeEventPayload {
  id: string;
  stream: string;
  kind: string;
  entityType: string;
  entityId: string;
  version: number;
  actorId: string;
  actorName: string;
  at: string;
  visibility: string;
  patientId: string | null;
  snapshot: Record<string, unknown>;
}
