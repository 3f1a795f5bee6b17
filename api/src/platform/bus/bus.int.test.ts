import { afterEach, describe, expect, it } from 'vitest';
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

const received = <T>(bus: Bus, topic: string) => {
  const items: (T | null)[] = [];
  const stop = bus.subscribe<T>(topic, (m) => items.push(m));
  const until = async (count: number) => {
    for (let i = 0; i < 200 && items.length < count; i++) await new Promise((r) => setTimeout(r, 10));
    return items;
  };
  return { items, stop, until };
};

const buses: Bus[] = [];
afterEach(async () => {
  await Promise.all(buses.splice(0).map((b) => b.close()));
});

describe.each([
  ['in-process', async () => new MemoryBus()],
  ['Redis', async () => RedisBus.connect(redisUrl(), logger)],
])('%s bus', (_name, make) => {
  it('delivers each message to every listener of the topic, in order, and to no other topic', async () => {
    const bus = await make();
    buses.push(bus);
    const a = received<BusMessage>(bus, 't:1');
    const b = received<BusMessage>(bus, 't:1');
    const other = received<BusMessage>(bus, 't:2');
    await new Promise((r) => setTimeout(r, 50));
    for (const id of ['1', '2', '3']) await bus.publish('t:1', message(id));
    expect((await a.until(3)).map((m) => m?.event.id)).toEqual(['1', '2', '3']);
    expect((await b.until(3)).map((m) => m?.event.id)).toEqual(['1', '2', '3']);
    expect(other.items).toEqual([]);
  });

  it('stops delivering after unsubscribe', async () => {
    const bus = await make();
    buses.push(bus);
    const a = received<BusMessage>(bus, 't:3');
    await new Promise((r) => setTimeout(r, 50));
    a.stop();
    await bus.publish('t:3', message('1'));
    await new Promise((r) => setTimeout(r, 100));
    expect(a.items).toEqual([]);
  });

  it('listeners get their own copy of a message', async () => {
    const bus = await make();
    buses.push(bus);
    const a = received<BusMessage>(bus, 't:4');
    const b = received<BusMessage>(bus, 't:4');
    await new Promise((r) => setTimeout(r, 50));
    await bus.publish('t:4', message('1'));
    const [first] = await a.until(1);
    if (first) first.event.snapshot.bed = 'mutated';
    const [second] = await b.until(1);
    expect(second?.event.snapshot.bed).toBe('1');
  });
});

describe('Redis bus across instances', () => {
  it('a message published by one instance reaches listeners on another', async () => {
    const one = await RedisBus.connect(redisUrl(), logger);
    const two = await RedisBus.connect(redisUrl(), logger);
    buses.push(one, two);
    const listener = received<BusMessage>(two, 't:x');
    await new Promise((r) => setTimeout(r, 100));
    await one.publish('t:x', message('7'));
    expect((await listener.until(1))[0]?.event.id).toBe('7');
  });

  it('publishing while Redis is unreachable does not throw', async () => {
    const bus = await RedisBus.connect(redisUrl(), logger);
    buses.push(bus);
    await bus.client.disconnect();
    await expect(bus.publish('t:y', message('1'))).resolves.toBeUndefined();
  });
});
