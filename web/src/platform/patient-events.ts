import { useApolloClient } from '@apollo/client/react';
import { PatientScreenEventsDocument, type PatientScreenEventsSubscription } from '@carehub/schema/graphql';
import { createContext, useContext, useEffect, useMemo, useRef } from 'react';
import { serverDataWritten } from './apollo.js';
import { applyEvent, type StreamState, useEventStream } from './event-stream.js';

/** One event of a patient's stream, with every feature's selection of its item. */
export type PatientScreenEvent = PatientScreenEventsSubscription['patientEvents'];

/** What a feature is told of, and how: the item types it follows (`node.__typename`, or the envelope's `entityType`). */
export interface PatientEventHandler<E> {
  types: readonly string[];
  handle(event: E, how: Delivery): void;
}

/** `again`: the event was handed to the feature before, and is applied once more after a late first read. */
export interface Delivery {
  again: boolean;
}

const FIRST: Delivery = { again: false };
const AGAIN: Delivery = { again: true };

interface Registration<E> extends PatientEventHandler<E> {
  readonly id: number;
}

/** Whether a handler follows an event: the type of its item, or of the item it names when it carries none. */
export function follows(
  types: readonly string[],
  event: { entityType: string; node?: { __typename?: string } | null },
) {
  return types.includes(event.node?.__typename ?? event.entityType);
}

/**
 * Hands each event of one stream to the features that follow its kind of item, in stream order,
 * and keeps the last `keep` events, so a feature whose first read answers after the stream has
 * moved past that read's position is given what it missed (see `since`). One handler that throws
 * does not keep the event from the others; the first error is thrown once all have been told.
 */
export class PatientEventDispatcher<
  E extends { id: string; entityType: string; node?: { __typename?: string } | null },
> {
  private readonly handlers = new Map<number, Registration<E>>();
  private readonly recent: E[] = [];
  private next = 0;

  constructor(private readonly keep = 500) {}

  /** Adds a handler; returns what removes it. */
  register(handler: PatientEventHandler<E>): () => void {
    const id = ++this.next;
    this.handlers.set(id, { ...handler, id });
    return () => {
      this.handlers.delete(id);
    };
  }

  /** How many handlers follow the stream (for the screen's own checks and tests). */
  get size() {
    return this.handlers.size;
  }

  /** Tells every handler following the event's kind of item, once. */
  dispatch(event: E) {
    this.recent.push(event);
    if (this.recent.length > this.keep) this.recent.splice(0, this.recent.length - this.keep);
    let failure: unknown;
    for (const handler of [...this.handlers.values()]) {
      if (!follows(handler.types, event)) continue;
      try {
        handler.handle(event, FIRST);
      } catch (error) {
        failure ??= error;
      }
    }
    if (failure !== undefined) throw failure;
  }

  /**
   * The kept events after `after` that follow `types`, oldest first. An `after` older than every
   * kept event gives all kept ones: such a position comes from a cached first read, which a read
   * from the hub replaces at once (screens read cache-and-network).
   */
  since(after: string | null, types: readonly string[]): E[] {
    const from = after === null ? -1n : BigInt(after);
    return this.recent.filter((event) => BigInt(event.id) > from && follows(types, event));
  }
}

interface PatientStream {
  patientId: string;
  state: StreamState;
  dispatcher: PatientEventDispatcher<PatientScreenEvent>;
}

const PatientStreamContext = createContext<PatientStream | null>(null);

/** Provides the patient screen's one stream to every feature on the screen. */
export const PatientStreamProvider = PatientStreamContext.Provider;

/**
 * The patient screen's one subscription to `patientEvents`, from `after` — the position of the
 * screen's first read (`patient(id) { lastEventId }`), so nothing written after that read is missed.
 * Each event's item is written to the cache once (newer versions kept, as `useEventStream` does),
 * then handed to the features that follow its kind of item. Resubscribes from the last id after a
 * dropped connection or a RESYNC_REQUIRED; `after` undefined waits for the first read.
 */
export function usePatientStream(patientId: string, after: string | null | undefined): PatientStream {
  const dispatcher = useMemo(() => new PatientEventDispatcher<PatientScreenEvent>(), []);
  const state = useEventStream(
    PatientScreenEventsDocument,
    { patientId },
    after,
    (data) => data.patientEvents,
    (data) => dispatcher.dispatch(data.patientEvents),
  );
  return useMemo(() => ({ patientId, state, dispatcher }), [patientId, state, dispatcher]);
}

/**
 * Follows the patient screen's stream for the item types `types` (a feature's `*.live.ts`).
 * `after` is the position of the feature's own first read (undefined while it has none): events the
 * stream applied after that position, before the read answered, are applied again for this
 * feature, so a read that answered late neither hides an item nor brings an older version back.
 * Returns the stream's state, for the feature's live indicator.
 */
export function usePatientEvents<E = PatientScreenEvent>(
  types: readonly string[],
  after: string | null | undefined,
  handle: (event: E, how: Delivery) => void,
): StreamState {
  const stream = useContext(PatientStreamContext);
  if (!stream) throw new Error('usePatientEvents needs the patient screen’s PatientStreamProvider');
  const client = useApolloClient();
  const handler = useRef(handle);
  handler.current = handle;
  const key = types.join(',');
  const { dispatcher, patientId } = stream;

  useEffect(
    () =>
      dispatcher.register({
        types: key.split(','),
        handle: (event, how) => handler.current(event as E, how),
      }),
    [dispatcher, key],
  );

  useEffect(() => {
    if (after === undefined) return;
    let applied = false;
    for (const event of dispatcher.since(after, key.split(','))) {
      const data = { patientEvents: event };
      const variables = { patientId, after: event.id };
      const one = () => handler.current(event as E, AGAIN);
      applied = applyEvent(client.cache, PatientScreenEventsDocument, variables, data, event, one) || applied;
    }
    if (applied) serverDataWritten();
  }, [after, dispatcher, key, client, patientId]);

  return stream.state;
}
