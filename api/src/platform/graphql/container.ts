import type { RequestContext } from './context.js';

/** A resolver class, as type-graphql knows it. */
// biome-ignore lint/complexity/noBannedTypes: type-graphql takes resolver classes
export type ResolverClass = Function;

/**
 * The hub's resolver instances, given to type-graphql as its `container`: each resolver is made
 * once, on first use, by the factory its module registered, so it receives its services through
 * its constructor. One container per hub, reached through the request context, so that several
 * hubs in one process (tests) each use their own services.
 */
export class ResolverContainer {
  readonly #instances = new Map<ResolverClass, object>();

  constructor(private readonly factories: ReadonlyMap<ResolverClass, () => object>) {}

  get<T extends object>(type: abstract new (...args: never[]) => T): T;
  get(type: ResolverClass): object;
  get(type: ResolverClass): object {
    let instance = this.#instances.get(type);
    if (!instance) {
      const make = this.factories.get(type);
      if (!make) throw new Error(`No module provides the resolver ${type.name}`);
      instance = make();
      this.#instances.set(type, instance);
    }
    return instance;
  }
}

/** What a subscription's `subscribe` option receives (type-graphql calls it without a resolver instance). */
export interface SubscribeData<Args> {
  args: Args;
  context: RequestContext;
}
