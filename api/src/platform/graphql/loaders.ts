import DataLoader from 'dataloader';

/** Loads many keys in one call, answering in the keys' order (null or an Error for a missing one). */
export type BatchLoad<K, V> = (keys: readonly K[]) => Promise<ArrayLike<V | Error>>;

/**
 * One request's batching loaders. A resolver asks `load(batch, key)`; every key asked for the
 * same `batch` function during one tick of the request goes to it in one call. `batch` must be
 * a stable function (a service's arrow property), since it is the loader's identity.
 */
export class RequestLoaders {
  readonly #loaders = new Map<BatchLoad<never, unknown>, DataLoader<unknown, unknown>>();

  load<K, V>(batch: BatchLoad<K, V>, key: K): Promise<V> {
    let loader = this.#loaders.get(batch as BatchLoad<never, unknown>) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V>(batch);
      this.#loaders.set(batch as BatchLoad<never, unknown>, loader as DataLoader<unknown, unknown>);
    }
    return loader.load(key);
  }
}
