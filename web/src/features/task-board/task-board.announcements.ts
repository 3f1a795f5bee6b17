/**
 * What a screen reader says while a card is dragged (dnd-kit's live region) and when a move by
 * someone else arrives: plain words, names not ids, "position 2 of 5".
 */

export const quote = (title: string) => `‘${title.length > 60 ? `${title.slice(0, 57)}…` : title}’`;

export const DRAG_INSTRUCTIONS =
  'To move a task, press space or enter to pick it up. Use the arrow keys to move it: up and down within a column, ' +
  'left and right to another column. Press space or enter again to drop it, or escape to cancel.';

export const pickedUp = (title: string, column: string, position: number, of: number) =>
  `Picked up ${quote(title)} in ${column}, position ${position} of ${of}.`;

export const over = (title: string, column: string, position: number, of: number) =>
  `${quote(title)} is over ${column}, position ${position} of ${of}.`;

export const moved = (title: string, column: string, position: number, of: number) =>
  `Moved ${quote(title)} to ${column}, position ${position} of ${of}.`;

export const cancelled = (title: string, column: string) => `Move cancelled. ${quote(title)} stays in ${column}.`;

export const notOverColumn = (title: string) => `${quote(title)} is not over a column.`;

/** A move the hub refused: the card went back, and why. */
export const refused = (title: string, column: string, reason: string) =>
  `${quote(title)} went back to ${column}: ${reason}`;

/** Someone else's move, as it arrives live. */
export const movedBy = (who: string, title: string, column: string) => `${who} moved ${quote(title)} to ${column}.`;
