/**
 * Where a dropped card goes. The screen shows cells (a lane's part of a column, possibly
 * filtered), the hub orders whole columns: a drop between two visible cards is said to the hub as
 * "after this card" in the full column, so hidden cards keep their places.
 */

export interface DropTarget {
  columnId: string;
  /** The card it goes after in the full column; null: first. */
  afterId: string | null;
  /** 1-based place among the cards the user sees in the target cell, and how many there are then. */
  position: number;
  of: number;
}

/**
 * The target of dropping `activeId` at visible index `index` of `visible` (the target cell's
 * cards as shown, which may include the card itself when it moves within its cell). `column` is
 * the target column's full order.
 */
export function dropTarget(
  activeId: string,
  columnId: string,
  visible: readonly string[],
  index: number,
  column: readonly string[],
): DropTarget {
  const others = visible.filter((id) => id !== activeId);
  const at = Math.max(0, Math.min(index, others.length));
  const full = column.filter((id) => id !== activeId);
  let afterId: string | null;
  if (at > 0) afterId = others[at - 1] ?? null;
  else if (others.length > 0) {
    // Top of what is shown: right before the first shown card, after whatever hidden card precedes it.
    const first = full.indexOf(others[0] as string);
    afterId = first > 0 ? (full[first - 1] ?? null) : null;
  } else afterId = full.at(-1) ?? null; // An empty cell: the end of the column.
  return { columnId, afterId, position: at + 1, of: others.length + 1 };
}

/**
 * The visible index a drop over `overId` means. Within the card's own cell, the card takes the
 * place of the one it is over (sortable semantics); in another cell, it goes before the card it is
 * over, or after it when it is past the card's middle.
 */
export function dropIndex(
  activeId: string,
  visible: readonly string[],
  overId: string | null,
  pastMiddle: boolean,
): number {
  const others = visible.filter((id) => id !== activeId);
  if (overId === null || overId === activeId) {
    const own = visible.indexOf(activeId);
    return own >= 0 ? own : others.length;
  }
  const over = others.indexOf(overId);
  if (over < 0) return others.length;
  const from = visible.indexOf(activeId);
  if (from >= 0) {
    // Same cell: sortable's arrayMove — moving down lands after the card, up lands before it.
    const overInVisible = visible.indexOf(overId);
    return from < overInVisible ? over + 1 : over;
  }
  return pastMiddle ? over + 1 : over;
}

/** Whether a drop changes anything (same column, same card before it). */
export function isNoOp(target: DropTarget, fromColumnId: string, column: readonly string[], activeId: string): boolean {
  if (target.columnId !== fromColumnId) return false;
  const index = column.indexOf(activeId);
  const before = index > 0 ? (column[index - 1] ?? null) : null;
  return before === target.afterId;
}
