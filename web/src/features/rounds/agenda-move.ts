/**
 * The `afterId` of an agenda move: dropping `activeId` over `overId` puts it where `overId` was,
 * so it goes after the item before that place once the moved item is taken out (null: first).
 */
export function afterIdFor(ids: readonly string[], activeId: string, overId: string): string | null {
  const from = ids.indexOf(activeId);
  const to = ids.indexOf(overId);
  if (from < 0 || to < 0) return null;
  const rest = ids.filter((id) => id !== activeId);
  // Moving down lands after the item dropped on; moving up lands before it.
  const at = from < to ? rest.indexOf(overId) + 1 : rest.indexOf(overId);
  return at === 0 ? null : (rest[at - 1] ?? null);
}
