import { createClient, type RedisClientType } from 'redis';
import type { Logger } from '../logging/logger.js';
import type { Bus, BusListener } from './bus.js';

/**
 * Redis pub/sub bus for several API instances. While Redis is unreachable, publishes fail fast
 * (and are logged); when the subscriber connection comes back every listener is told to resync
 * from the event log, so nothing committed during the outage is missed.
 */
export class RedisBus implements Bus {
  readonly #listeners = new Map<string, Set<BusListener<unknown>>>();
  #lostConnection = false;

  private constructor(
    private readonly publisher: RedisClientType,
    private readonly subscriber: RedisClientType,
    private readonly logger: Logger,
  ) {}

  static async connect(url: string, logger: Logger): Promise<RedisBus> {
    const options = {
      url,
      socket: { reconnectStrategy: (retries: number) => Math.min(50 * 2 ** retries, 2_000) },
    };
    const publisher: RedisClientType = createClient({ ...options, disableOfflineQueue: true });
    const subscriber: RedisClientType = createClient(options);
    const bus = new RedisBus(publisher, subscriber, logger);
    publisher.on('error', (error: Error) => logger.warn({ err: error.message }, 'redis publisher error'));
    subscriber.on('error', (error: Error) => {
      if (!bus.#lostConnection) logger.warn({ err: error.message }, 'redis subscriber connection lost');
      bus.#lostConnection = true;
    });
    subscriber.on('ready', () => {
      if (!bus.#lostConnection) return;
      bus.#lostConnection = false;
      logger.info('redis subscriber reconnected; listeners resync from the event log');
      for (const listeners of bus.#listeners.values()) for (const listener of listeners) listener(null);
    });
    await Promise.all([publisher.connect(), subscriber.connect()]);
    return bus;
  }

  /** The publishing connection, for other shared counters (it fails fast while Redis is down). */
  get client(): RedisClientType {
    return this.publisher;
  }

  async publish(topic: string, message: object): Promise<void> {
    try {
      await this.publisher.publish(topic, JSON.stringify(message));
    } catch (error) {
      this.logger.warn({ err: (error as Error).message, topic }, 'publish failed; subscribers will resync');
    }
  }

  subscribe<T>(topic: string, listener: BusListener<T>): () => void {
    const untyped = listener as BusListener<unknown>;
    let listeners = this.#listeners.get(topic);
    if (!listeners) {
      const created = new Set<BusListener<unknown>>();
      listeners = created;
      this.#listeners.set(topic, created);
      this.subscriber
        .subscribe(topic, (raw: string) => {
          // Parsed per listener: each gets its own copy, as with the in-process bus.
          for (const l of created) l(JSON.parse(raw) as unknown);
        })
        // A subscription made while disconnected is restored by the client on reconnect.
        .catch((error: Error) => this.logger.warn({ err: error.message, topic }, 'redis subscribe failed'));
    }
    listeners.add(untyped);
    return () => {
      listeners.delete(untyped);
      if (listeners.size === 0 && this.#listeners.get(topic) === listeners) {
        this.#listeners.delete(topic);
        this.subscriber.unsubscribe(topic).catch(() => undefined);
      }
    };
  }

  async close(): Promise<void> {
    this.#listeners.clear();
    await Promise.allSettled([this.publisher.close(), this.subscriber.close()]);
  }
}
