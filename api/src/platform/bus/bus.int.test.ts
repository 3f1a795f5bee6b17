import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { testRedisUrl } from '../../testing/test-hub.js';
import { createLogger } from '../logging/logger.js';
import type { Bus, BusMessage } from './bus.js';
import { MemoryBus } from './memory-bus.js';
import { RedisBus } from './redis-bus.js';

const logger = createLogger('silent');
const redisUrl = testRedisUrl;

const message = (id: string): BusMessage => ({
  previousId: String(Number(id) - 1),
  event: {
    id,
    stream: 'patient:p',
    kind: 'UPDATED',
    entityType: 'Patient',
    entityId: 'p',
    version: Number(id),
    actorId: 'u',
    actorName: 'U',
    at: new Date(0).toISOString(),
    visibility: 'TEAM',
    patientId: 'p',
    snapshot: { id: 'p', bed: id },
  },
});

/**
 * A listener that records what it receives; `until` resolves as soon as `count` messages are in
 * (woken by each delivery) and fails after two seconds without them.
 */
const received = <T>(bus: Bus, topic: string) => {
  const items: (T | null)[] = [];
  let wake = () => {};
  const subscription = bus.subscribe<T>(topic, (m) => {
    items.push(m);
    wake();
  });
  const until = (count: number) =>
    new Promise<(T | null)[]>((resolve, reject) => {
      const timeout = setTimeout(() => reject(new Error(`got ${items.length} of ${count} messages`)), 2_000);
      wake = () => {
        if (items.length < count) return;
        clearTimeout(timeout);
        resolve(items);
      };
      wake();
    });
  return { items, stop: subscription, ready: subscription.ready, until };
};

const buses: Bus[] = [];
afterEach(async () => {
  await Promise.all(buses.splice(0).map((b) => b.close()));
});

// The api:sqlite and api:postgres projects run this file at the same time against one Redis:
// every test publishes under a prefix of its own, so neither sees the other's messages.
let prefix = '';
beforeEach(() => {
  prefix = `bus-test:${randomUUID()}`;
});
const topic = (name: string) => `${prefix}:${name}`;

describe.each([
  ['in-process', async () => new MemoryBus()],
  ['Redis', async () => RedisBus.connect(redisUrl(), logger)],
])('%s bus', (_name, make) => {
  it('delivers each message to every listener of the topic, in order, and to no other topic', async () => {
    const bus = await make();
    buses.push(bus);
    const a = received<BusMessage>(bus, topic('1'));
    const b = received<BusMessage>(bus, topic('1'));
    const other = received<BusMessage>(bus, topic('2'));
    await Promise.all([a.ready, b.ready, other.ready]);
    for (const id of ['1', '2', '3']) await bus.publish(topic('1'), message(id));
    expect((await a.until(3)).map((m) => m?.event.id)).toEqual(['1', '2', '3']);
    expect((await b.until(3)).map((m) => m?.event.id)).toEqual(['1', '2', '3']);
    // The other topic's listener shares the connection, so had it been sent anything it would be here by now.
    expect(other.items).toEqual([]);
  });

  it('stops delivering after unsubscribe', async () => {
    const bus = await make();
    buses.push(bus);
    const stopped = received<BusMessage>(bus, topic('3'));
    const still = received<BusMessage>(bus, topic('3'));
    await Promise.all([stopped.ready, still.ready]);
    stopped.stop();
    await bus.publish(topic('3'), message('1'));
    // The listener that stayed got the message, so it was delivered, just not to the one that left.
    expect((await still.until(1)).map((m) => m?.event.id)).toEqual(['1']);
    expect(stopped.items).toEqual([]);
  });

  it('listeners get their own copy of a message', async () => {
    const bus = await make();
    buses.push(bus);
    const a = received<BusMessage>(bus, topic('4'));
    const b = received<BusMessage>(bus, topic('4'));
    await Promise.all([a.ready, b.ready]);
    await bus.publish(topic('4'), message('1'));
    const [first] = await a.until(1);
    if (first) first.event.snapshot.bed = 'mutated';
    const [second] = await b.until(1);
    expect(second?.event.snapshot.bed).toBe('1');
  });
});

describe('Redis bus across instances', () => {
  it('once a subscription is ready, a message published by another instance reaches it', async () => {
    const one = await RedisBus.connect(redisUrl(), logger);
    const two = await RedisBus.connect(redisUrl(), logger);
    buses.push(one, two);
    const listener = received<BusMessage>(two, topic('x'));
    await listener.ready;
    await one.publish(topic('x'), message('7'));
    expect((await listener.until(1))[0]?.event.id).toBe('7');
  });

  it('a message whose publish failed while the connection was down is sent once it is back', async () => {
    const one = await RedisBus.connect(redisUrl(), logger);
    const two = await RedisBus.connect(redisUrl(), logger);
    buses.push(one, two);
    const listener = received<BusMessage>(two, topic('z'));
    await listener.ready;
    // Redis drops the publishing connection of `one` only; `two` stays subscribed throughout.
    const admin = createClient({ url: redisUrl() });
    await admin.connect();
    try {
      const dropped = new Promise((resolve) => one.client.once('error', resolve));
      await admin.sendCommand(['CLIENT', 'KILL', 'ID', String(await one.client.clientId())]);
      await dropped;
    } finally {
      await admin.close();
    }
    // Fails now (the publisher is reconnecting); without a retry this doorbell would be lost and
    // `two`'s subscribers would hear of the change only with the next one.
    await one.publish(topic('z'), message('9'));
    expect((await listener.until(1)).map((m) => m?.event.id)).toEqual(['9']);
  });

  it('publishing while Redis is unreachable does not throw', async () => {
    const bus = await RedisBus.connect(redisUrl(), logger);
    buses.push(bus);
    await bus.client.disconnect();
    await expect(bus.publish(topic('y'), message('1'))).resolves.toBeUndefined();
  });
});
