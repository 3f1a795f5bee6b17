import { createClient, type RedisClientType } from 'redis';
import type { Logger } from '../logging/logger.js';
import type { Bus, BusListener, Subscription } from './bus.js';

/**
 * Redis pub/sub bus for several API instances. While Redis is unreachable, publishes fail fast
 * (and are logged) and the newest failed message of each topic is sent again once the publishing
 * connection is back; when the subscriber connection comes back every listener is told to resync
 * from the event log. So nothing committed during an outage is missed, and no change waits for
 * the next one to be heard of on other instances.
 */
export class RedisBus implements Bus {
  readonly #listeners = new Map<string, Set<BusListener<unknown>>>();
  /** Per topic: settles when Redis confirmed SUBSCRIBE (or the connection dropped meanwhile). */
  readonly #confirmed = new Map<string, Promise<void>>();
  /** Waiters for a confirmation, released early when the subscriber connection drops. */
  readonly #onConnectionLost = new Set<() => void>();
  #lostConnection = false;
  /** Per topic, the newest message whose publish failed; sent again when the publisher is ready. */
  readonly #unsent = new Map<string, object>();

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
    publisher.on('ready', () => bus.#sendUnsent());
    subscriber.on('error', (error: Error) => {
      if (!bus.#lostConnection) logger.warn({ err: error.message }, 'redis subscriber connection lost');
      bus.#lostConnection = true;
      for (const release of [...bus.#onConnectionLost]) release();
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
    await this.#send(topic, message, 'newest');
  }

  /**
   * Publishes; on failure keeps the message to send again when the publisher is ready. One
   * message per topic is enough: its previousId makes subscribers elsewhere read the log.
   */
  async #send(topic: string, message: object, age: 'newest' | 'retry'): Promise<void> {
    try {
      await this.publisher.publish(topic, JSON.stringify(message));
    } catch (error) {
      // A retry that fails again must not replace a newer message that failed meanwhile.
      if (age === 'newest' || !this.#unsent.has(topic)) this.#unsent.set(topic, message);
      this.logger.warn({ err: (error as Error).message, topic }, 'publish failed; sent again when Redis is back');
    }
  }

  #sendUnsent(): void {
    const unsent = [...this.#unsent];
    this.#unsent.clear();
    for (const [topic, message] of unsent) void this.#send(topic, message, 'retry');
  }

  subscribe<T>(topic: string, listener: BusListener<T>): Subscription {
    const untyped = listener as BusListener<unknown>;
    let listeners = this.#listeners.get(topic);
    if (!listeners) {
      const created = new Set<BusListener<unknown>>();
      listeners = created;
      this.#listeners.set(topic, created);
      const subscribed = this.subscriber
        .subscribe(topic, (raw: string) => {
          // Parsed per listener: each gets its own copy, as with the in-process bus.
          for (const l of created) l(JSON.parse(raw) as unknown);
        })
        // A subscription made while disconnected is restored by the client on reconnect.
        .catch((error: Error) => this.logger.warn({ err: error.message, topic }, 'redis subscribe failed'));
      this.#confirmed.set(topic, this.#confirmation(subscribed));
    }
    listeners.add(untyped);
    const stop = () => {
      listeners.delete(untyped);
      if (listeners.size === 0 && this.#listeners.get(topic) === listeners) {
        this.#listeners.delete(topic);
        this.#confirmed.delete(topic);
        this.subscriber.unsubscribe(topic).catch(() => undefined);
      }
    };
    return Object.assign(stop, { ready: this.#confirmed.get(topic) ?? Promise.resolve() });
  }

  /**
   * Settles with `subscribed`, or at once while Redis is down: the SUBSCRIBE then waits in the
   * client's queue, and listeners are told to resync when the connection is back, so nobody
   * should wait for the confirmation meanwhile.
   */
  #confirmation(subscribed: Promise<unknown>): Promise<void> {
    if (this.#lostConnection || !this.subscriber.isReady) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const release = () => {
        this.#onConnectionLost.delete(release);
        resolve();
      };
      this.#onConnectionLost.add(release);
      void subscribed.then(release);
    });
  }

  /**
   * Closes both connections. A connection that is not ready (Redis down, reconnecting) is
   * destroyed at once: a graceful close would wait for commands queued for a server that may
   * never come back.
   */
  async close(): Promise<void> {
    this.#listeners.clear();
    await Promise.allSettled(
      [this.publisher, this.subscriber].map(async (client) => {
        if (client.isReady) await client.close();
        else client.destroy();
      }),
    );
  }
}
