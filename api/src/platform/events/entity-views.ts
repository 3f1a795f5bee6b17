import type { EntityClass } from '@mikro-orm/core';

/** How an editable entity appears to clients and in event snapshots. */
export interface EntityView {
  id: string;
  version: number;
  [field: string]: unknown;
}

interface ViewRegistration {
  entityType: string;
  toView: (entity: never) => EntityView;
}

const registry = new Map<EntityClass<unknown>, ViewRegistration>();

/**
 * Registers the one function that turns an entity into its client-facing view. The write path
 * uses it for event snapshots and for the `current` item of a CONFLICT error, so every module
 * gets both without writing them again.
 */
export function registerEntityView<T>(
  entityClass: EntityClass<T>,
  entityType: string,
  toView: (entity: T) => EntityView,
): void {
  registry.set(entityClass as EntityClass<unknown>, { entityType, toView: toView as (e: never) => EntityView });
}

export function viewOf(entity: object): { entityType: string; view: EntityView } | undefined {
  const registration = registry.get(entity.constructor as EntityClass<unknown>);
  if (!registration) return undefined;
  return { entityType: registration.entityType, view: registration.toView(entity as never) };
}
