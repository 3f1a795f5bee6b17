import type { TestHub } from '@carehub/api/testing';
import type { Locator, Page } from 'playwright-core';

/** The unit board of the demo unit (4W), read as `token`: its id and columns by name. */
export async function unitBoard(hub: TestHub, token: string) {
  const me = await hub.read<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, token);
  const unitId = me.me.units[0]?.id;
  if (!unitId) throw new Error('the user is on no unit');
  const read = await hub.read<{
    unit: { taskBoard: { id: string; columns: { id: string; name: string }[] } };
  }>('query($id: ID!) { unit(id: $id) { taskBoard { id columns { id name } } } }', { id: unitId }, token);
  const board = read.unit.taskBoard;
  const column = (name: string) => {
    const found = board.columns.find((c) => c.name === name);
    if (!found) throw new Error(`no column ${name}`);
    return found.id;
  };
  return { id: board.id, column };
}

/** Creates cards on a board (in the order given, each at the end of its column); returns their ids by title. */
export async function createCards(
  hub: TestHub,
  token: string,
  boardId: string,
  cards: { title: string; columnId: string; labels: string[] }[],
): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const card of cards) {
    const result = await hub.read<{ createTask: { id: string } }>(
      'mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }',
      { i: { boardId, ...card } },
      token,
    );
    ids.set(card.title, result.createTask.id);
  }
  return ids;
}

/** The board's cards per column, in order, as the hub holds them (throws on a failed read). */
export async function cardsByColumn(hub: TestHub, token: string, boardId: string, label: string) {
  const read = await hub.read<{
    taskBoard: {
      columns: { id: string; name: string }[];
      tasks: { id: string; title: string; columnId: string; position: string; labels: string[] }[];
    };
  }>(
    'query($id: ID!) { taskBoard(id: $id) { columns { id name } tasks { id title columnId position labels } } }',
    { id: boardId },
    token,
  );
  const { columns, tasks } = read.taskBoard;
  const order = (a: { position: string; id: string }, b: { position: string; id: string }) =>
    a.position !== b.position ? (a.position < b.position ? -1 : 1) : a.id < b.id ? -1 : 1;
  return Object.fromEntries(
    columns.map((c) => [
      c.name,
      tasks
        .filter((t) => t.columnId === c.id && t.labels.includes(label))
        .sort(order)
        .map((t) => t.title),
    ]),
  );
}

/** One column's cell on the board (no rows by patient), e.g. `In progress`. */
export const column = (page: Page, name: string): Locator => page.locator(`section.task-cell[aria-label^="${name},"]`);

/** A card by its title, within `scope`. */
export const card = (scope: Page | Locator, title: string): Locator =>
  scope.locator(`article.task-card[aria-label="${title}"]`);

/** The titles of the cards a page shows in each column, in order. */
export async function shownByColumn(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const result: Record<string, string[]> = {};
    for (const cell of document.querySelectorAll('section.task-cell')) {
      const name = (cell.getAttribute('aria-label') ?? '').replace(/, \d+ tasks?$/, '');
      const cards = [...cell.querySelectorAll('article.task-card')]
        .map((card) => ({ title: card.getAttribute('aria-label') ?? '', top: card.getBoundingClientRect().top }))
        .sort((a, b) => a.top - b.top)
        .map((c) => c.title);
      result[name] = cards;
    }
    return result;
  });
}

/**
 * Drags `card` onto `target` with the mouse the way a person does: press, move past the
 * activation distance, travel in steps, release.
 */
export async function dragByMouse(page: Page, card: Locator, target: Locator): Promise<void> {
  const from = await card.boundingBox();
  const to = await target.boundingBox();
  if (!from || !to) throw new Error('card or target is not on screen');
  await page.mouse.move(from.x + from.width / 2, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 10, from.y + 20, { steps: 3 });
  await page.mouse.move(to.x + to.width / 2, to.y + Math.min(to.height / 2, 40), { steps: 12 });
  await page.mouse.up();
}
