import { Streams } from '@carehub/api';
import { type Collected, collect, collectLive, freshDatabaseUrl, hubClient } from '@carehub/api/testing';
import { type Client, createClient } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { residentBytes } from '../bench/support/memory.js';
import { type ApiProcess, startApiProcess } from '../harness/api-process.js';
import { demoUnitOf } from '../harness/demo-unit.js';
import { newestEventId } from '../harness/event-log.js';

const EVENTS = `subscription($patientId: ID!, $after: ID) {
  patientEvents(patientId: $patientId, after: $after) { id node { ... on Patient { bed conditions { description } } } }
}`;
const UPDATE = 'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { version } }';
/** A problem list of 100 entries of 300 characters: each event is about 32 kB on the wire. */
const CONDITIONS = 100;
/** The hub's bounds for this test, small so a few hundred edits reach them (defaults: 256 events, 4 MiB). */
const MAX_BEHIND = 32;
const SOCKET_MAX_BUFFERED_KB = 1024;
/** Subscriptions on the socket that stops reading but stays under the byte bound (24 × 32 kB < 1 MiB). */
const READER_SUBSCRIPTIONS = 24;
/** Subscriptions on the socket that stops reading and goes past it (40 × 32 kB > 1 MiB). */
const HOARDER_SUBSCRIPTIONS = 40;
/**
 * Enough edits to fill both stalled sockets' kernel buffers on loopback (a few MB each) and then
 * leave the reader's subscriptions more than MAX_BEHIND events behind.
 */
const EDITS = 70;

interface Event {
  patientEvents: { id: string; node: { bed: string | null; conditions: { description: string }[] } | null };
}

/** A graphql-ws client whose socket the test can stop reading (and read again), as a frozen screen would. */
function stallableClient(url: string, token: string) {
  let socket: WebSocket | undefined;
  const client: Client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols);
        socket = this;
      }
    },
    connectionParams: { token },
    retryAttempts: 0,
  });
  const tcp = () => {
    // ws keeps the TCP socket it reads from here; pausing it stops reading at the kernel.
    const inner = (socket as unknown as { _socket?: { pause(): void; resume(): void } } | undefined)?._socket;
    if (!inner) throw new Error('the client has no socket yet');
    return inner;
  };
  return {
    client,
    stopReading: () => tcp().pause(),
    readAgain: () => tcp().resume(),
    closed: () => socket?.readyState === WebSocket.CLOSED,
  };
}

const firstOf = (problemList: { description: string }[] | undefined) => problemList?.[0]?.description.split('-')[0];

/**
 * Screens that stop reading their websocket (a frozen tab, a congested link) while a patient's
 * stream is busy: the others get every event meanwhile, the hub's memory stays bounded, and the
 * stalled ones are told to resync from their cursor (a subscription too far behind) or are dropped
 * (a socket past the byte bound) — either way they end up with every event once.
 */
describe('a slow subscriber', () => {
  let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
  let hub: ApiProcess;
  beforeAll(async () => {
    database = await freshDatabaseUrl('postgres');
    hub = await startApiProcess({
      DATABASE_URL: database.url,
      SEED_DEMO: 'true',
      SUBSCRIPTION_MAX_BEHIND: String(MAX_BEHIND),
      SOCKET_MAX_BUFFERED_KB: String(SOCKET_MAX_BUFFERED_KB),
      // The stalled sockets read nothing, pongs included: the default 12 s keep-alive would end them
      // before the test lets them read again on a busy machine.
      SOCKET_KEEPALIVE_SECONDS: '120',
    });
  });
  afterAll(async () => {
    await hub?.stop();
    await database?.drop();
  });

  it('holds back no other screen nor grows the hub’s memory; it is told to resync (or dropped) and resumes from its cursor with every event once', async () => {
    const api = hubClient(hub.url);
    const { casey, riley, first: patient } = await demoUnitOf(api);
    const variables = { patientId: patient.id };
    const newest = await newestEventId(database.url, Streams.patient(patient.id));
    const live = (client: Client) => collectLive<Event>(client, EVENTS, variables, newest);

    const others = await Promise.all([0, 1, 2].map(() => live(api.ws(casey))));
    const reader = stallableClient(hub.url, casey);
    const hoarder = stallableClient(hub.url, casey);
    const readerFeeds = await Promise.all(Array.from({ length: READER_SUBSCRIPTIONS }, () => live(reader.client)));
    const hoarderFeeds = await Promise.all(Array.from({ length: HOARDER_SUBSCRIPTIONS }, () => live(hoarder.client)));
    const memoryBefore = residentBytes(hub.pid);
    reader.stopReading();
    hoarder.stopReading();

    let version = patient.version;
    let peak = memoryBefore;
    for (let i = 1; i <= EDITS; i++) {
      const conditions = Array.from({ length: CONDITIONS }, (_, k) => ({ description: `${i}-${k}-`.padEnd(300, 'x') }));
      const result = await api.gql<{ updatePatient: { version: number } }>(
        UPDATE,
        { i: { id: patient.id, expectedVersion: version, conditions } },
        riley,
      );
      if (!result.data) throw new Error(JSON.stringify(result.errors));
      version = result.data.updatePatient.version;
      if (i % 10 === 0) peak = Math.max(peak, residentBytes(hub.pid));
    }
    const edits = Array.from({ length: EDITS }, (_, i) => String(i + 1));
    // Every other screen has every edit, in order, while the two stalled ones still read nothing.
    await Promise.all(others.map((o) => o.until(EDITS, 30_000)));
    for (const other of others)
      expect(other.items.map((e) => firstOf(e.patientEvents.node?.conditions))).toEqual(edits);

    // What the stalled sockets were owed: far more than the hub's memory grew by.
    const owed = EDITS * 32_000 * (READER_SUBSCRIPTIONS + HOARDER_SUBSCRIPTIONS);
    expect(owed).toBeGreaterThan(128 * 2 ** 20);
    expect(peak - memoryBefore).toBeLessThan(64 * 2 ** 20);

    // The reader reads again: what was on its way arrives, then each subscription is told to resync
    // from the last event it was sent; resubscribing from there brings the rest, nothing twice.
    reader.readAgain();
    await Promise.all(readerFeeds.map((f) => f.done));
    for (const feed of readerFeeds) {
      expect(feed.errors).toHaveLength(1);
      // graphql-ws hands a subscription's error message over as the list of its errors.
      const [error] = feed.errors[0] as { extensions?: { code?: string; after?: string } }[];
      expect(error?.extensions?.code).toBe('RESYNC_REQUIRED');
      const seen = feed.items.map((e) => e.patientEvents.id);
      expect(error?.extensions?.after).toBe(seen.at(-1));
      expect(seen.length).toBeLessThan(EDITS - MAX_BEHIND);
    }
    const [resumed] = readerFeeds;
    const cursor = (resumed?.errors[0] as { extensions: { after: string } }[] | undefined)?.[0]?.extensions.after;
    expect(cursor).toBeDefined();
    const rest = collect<Event>(reader.client, EVENTS, { ...variables, after: cursor });
    await rest.until(EDITS - (resumed?.items.length ?? 0), 30_000);
    expect([...(resumed?.items ?? []), ...rest.items].map((e) => firstOf(e.patientEvents.node?.conditions))).toEqual(
      edits,
    );

    // The hoarder went past the byte bound: the hub dropped its socket; it resumes from its cursor.
    hoarder.readAgain();
    await Promise.all(hoarderFeeds.map((f) => f.done));
    expect(hoarder.closed()).toBe(true);
    const cut = hoarderFeeds[0] as Collected<Event>;
    expect(cut.items.length).toBeLessThan(EDITS);
    const after = cut.items.at(-1)?.patientEvents.id ?? newest;
    const again = collect<Event>(api.ws(casey), EVENTS, { ...variables, after });
    await again.until(EDITS - cut.items.length, 30_000);
    expect([...cut.items, ...again.items].map((e) => firstOf(e.patientEvents.node?.conditions))).toEqual(edits);
    expect(hub.logs()).toContain('socket dropped: its client stopped reading');
  });
});
