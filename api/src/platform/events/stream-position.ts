/**
 * Stream positions stamped on the items a query returns. A root resolver reads the position of a
 * stream (`EventFeed.position`) BEFORE it reads the data, then stamps the result; the item's
 * `lastEventId` field hands the stamp to the client, which subscribes `after` it. An item reached
 * any other way (a list, a mutation result, an event) carries no stamp, and its field is null:
 * a position read after the data could hide a change made in between.
 */
// A symbol-keyed own property, not a WeakMap: type-graphql copies a root value into an instance of
// its class (Object.assign) before a field resolver sees it, and the copy keeps symbol properties.
const POSITION = Symbol('streamPosition');

type Stamped = { [POSITION]?: string };

/** Records that `item` was read after its stream stood at `position`; returns the item. */
export function stampPosition<T extends object>(item: T, position: string): T {
  Object.defineProperty(item, POSITION, { value: position, enumerable: true, configurable: true });
  return item;
}

/** The position stamped on `item`, or null when it was not read through a stamping resolver. */
export function positionOf(item: object): string | null {
  return (item as Stamped)[POSITION] ?? null;
}
