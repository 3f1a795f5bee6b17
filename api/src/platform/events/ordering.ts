import type { EntityClass, EntityManager, FilterQuery } from '@mikro-orm/core';
import { generateKeyBetween } from 'fractional-indexing';
import { badInput } from '../errors.js';

/** An item kept in order among its siblings by a fractional index. */
export interface Ordered {
  id: string;
  version: number;
  /** Fractional index: moving an item rewrites only that item. */
  position: string;
}

/** The position after the last of `siblings`, for an item added at the end of its list. */
export async function positionAtEnd<T extends Ordered>(
  em: EntityManager,
  entity: EntityClass<T>,
  siblings: FilterQuery<T>,
): Promise<string> {
  const last = await em.findOne(entity, siblings, { orderBy: { position: 'desc' } as never });
  return generateKeyBetween(last?.position ?? null, null);
}

/**
 * The position right after sibling `afterId` (first when null), between it and the next one.
 * `siblings` are in order and leave out the item being moved.
 */
export function positionAfter(siblings: readonly Ordered[], afterId: string | null | undefined): string {
  let index = 0;
  if (afterId) {
    index = siblings.findIndex((s) => s.id === afterId) + 1;
    if (index === 0) throw badInput('afterId must be another item in the same list.', 'afterId');
  }
  return generateKeyBetween(siblings[index - 1]?.position ?? null, siblings[index]?.position ?? null);
}
