import type { EntityClass } from '@mikro-orm/core';
import type { Visibility } from './change-event.entity.js';

/** How an editable entity appears to clients and in event snapshots. */
export interface EntityView {
  id: string;
  version: number;
  [field: string]: unknown;
}

/** Where a change to an item is recorded: its streams, the patient it belongs to, and who may see it. */
export interface Route {
  streams: string[];
  patientId?: string | null;
  /** TEAM when left out. */
  visibility?: Visibility;
}

/** What a module registers for one entity the write path records. */
export interface EntityViewSpec<T = never> {
  entity: EntityClass<T>;
  /** The name events and CONFLICT errors carry, e.g. `Patient`. */
  entityType: string;
  /** The one function that turns the entity into its client-facing view. */
  toView: (entity: T) => EntityView;
  /** The streams (and patient) a change goes to; `before` is the view before an update, if any. */
  route?: (entity: T, before: EntityView | undefined) => Route;
  /** The GraphQL type that `ChangeEvent.node` takes for this entity; without one, `node` is null. */
  // biome-ignore lint/complexity/noBannedTypes: type-graphql object types are plain classes
  nodeType?: Function;
}

/** Describes one entity for the write path (and, with `nodeType`, for `ChangeEvent.node`). */
export function entityView<T>(
  entity: EntityClass<T>,
  entityType: string,
  toView: (entity: T) => EntityView,
  options: Pick<EntityViewSpec<T>, 'route' | 'nodeType'> = {},
): EntityViewSpec<T> {
  return { entity, entityType, toView, ...options };
}

/**
 * The views of every registered entity, built by the composition root from the modules' lists
 * and handed to the write path. The write path uses them for event snapshots, for routing a
 * change to its streams and for the `current` item of a CONFLICT error, so no module writes
 * those again.
 */
export class EntityViews {
  readonly #byClass = new Map<EntityClass<unknown>, EntityViewSpec<unknown>>();

  constructor(specs: readonly EntityViewSpec<never>[]) {
    for (const spec of specs) {
      const entity = spec.entity as EntityClass<unknown>;
      if (this.#byClass.has(entity)) throw new Error(`${spec.entityType} is registered twice`);
      this.#byClass.set(entity, spec as unknown as EntityViewSpec<unknown>);
    }
  }

  viewOf(entity: object): { entityType: string; view: EntityView } | undefined {
    const spec = this.#spec(entity);
    return spec && { entityType: spec.entityType, view: spec.toView(entity) };
  }

  /** The route the entity's module gave, or undefined when it gave none. */
  routeOf(entity: object, before: EntityView | undefined): Route | undefined {
    return this.#spec(entity)?.route?.(entity, before);
  }

  #spec(entity: object): EntityViewSpec<unknown> | undefined {
    return this.#byClass.get(entity.constructor as EntityClass<unknown>);
  }
}
