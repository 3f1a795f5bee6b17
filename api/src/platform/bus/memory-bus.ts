import type { Bus, BusListener, Subscription } from './bus.js';

/** In-process bus for a single instance: delivery is asynchronous and each listener gets its own copy. */
export class MemoryBus implements Bus {
  readonly #listeners = new Map<string, Set<BusListener<unknown>>>();

  async publish(topic: string, message: object): Promise<void> {
    const listeners = this.#listeners.get(topic);
    if (!listeners) return;
    const wire = JSON.stringify(message);
    queueMicrotask(() => {
      for (const listener of listeners) listener(JSON.parse(wire) as unknown);
    });
  }

  subscribe<T>(topic: string, listener: BusListener<T>): Subscription {
    const untyped = listener as BusListener<unknown>;
    let listeners = this.#listeners.get(topic);
    if (!listeners) {
      listeners = new Set();
      this.#listeners.set(topic, listeners);
    }
    listeners.add(untyped);
    // In-process delivery needs no broker: the listener receives from this moment on.
    const stop = () => {
      listeners.delete(untyped);
      if (listeners.size === 0) this.#listeners.delete(topic);
    };
    return Object.assign(stop, { ready: Promise.resolve() });
  }

  async close(): Promise<void> {
    this.#listeners.clear();
  }
}
