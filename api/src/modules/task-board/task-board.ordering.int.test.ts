import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Streams } from '../../platform/events/streams.js';
import { CASEY, codeOf, collect, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import { compareKeyed } from './task-board.ordering.js';

const BOARD = `query($id: ID!) { taskBoard(id: $id) { columns { id } tasks { id columnId position version } } }`;
const MOVE = 'mutation($i: MoveTaskInput!) { moveTask(input: $i) { id columnId position version } }';
const REPLAY = `subscription($b: ID!, $after: ID) { boardEvents(boardId: $b, after: $after) {
  id entityType node { ... on Task { id columnId position archivedAt } } } }`;
const CARDS = 10;

interface Card {
  id: string;
  columnId: string;
  position: string;
  version: number;
}
interface Board {
  columns: { id: string }[];
  tasks: Card[];
}

/** The board as lists of card ids, one list per column, in column order. */
const layout = (board: Board) =>
  board.columns.map((c) => board.tasks.filter((t) => t.columnId === c.id).map((t) => t.id));

/**
 * The ordering under real concurrency: moves sent at the same moment (Promise.all over HTTP),
 * on the database of the test project (SQLite, and PostgreSQL, where transactions truly overlap).
 */
describe('card order under concurrent moves', () => {
  let hub: TestHub;
  let tokens: [string, string];
  let boardId: string;

  beforeAll(async () => {
    hub = await startTestHub();
    tokens = [await hub.login(CASEY), await hub.login(RILEY)];
    // A patient of its own: no demo card or recurring card lands on this board while the test runs.
    const me = await hub.read<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, tokens[0]);
    const created = await hub.read<{ createPatient: { id: string } }>(
      'mutation($i: CreatePatientInput!) { createPatient(input: $i) { id } }',
      {
        i: {
          mrn: 'MRN-ORDER-1',
          name: 'Order Patient',
          dateOfBirth: '1950-05-05',
          unitId: me.me.units[0]?.id,
          admittedAt: new Date(Date.now() - 3_600_000).toISOString(),
        },
      },
      tokens[0],
    );
    const patientId = created.createPatient.id;
    const board = await hub.read<{ patient: { taskBoard: { id: string; columns: { id: string }[] } } }>(
      'query($id: ID!) { patient(id: $id) { taskBoard { id columns { id } } } }',
      { id: patientId },
      tokens[0],
    );
    boardId = board.patient.taskBoard.id;
    for (let i = 0; i < CARDS; i++) {
      await hub.read(
        'mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }',
        { i: { boardId, title: `Card ${i}`, columnId: board.patient.taskBoard.columns[i % 3]?.id } },
        tokens[i % 2] ?? null,
      );
    }
  });
  afterAll(() => hub?.stop());

  const read = async () => (await hub.read<{ taskBoard: Board }>(BOARD, { id: boardId }, tokens[0])).taskBoard;

  /** The board rebuilt from boardEvents replayed from the start: each card's latest snapshot, in (position, id) order. */
  const replayed = async (columns: { id: string }[]) => {
    const newest = await hub.newestEventId(Streams.board(boardId));
    type Item = {
      boardEvents: { id: string; entityType: string; node: (Card & { archivedAt: string | null }) | null };
    };
    const feed = collect<Item>(hub.ws(tokens[1]), REPLAY, { b: boardId, after: '0' });
    const deadline = Date.now() + 20_000;
    while (feed.items.at(-1)?.boardEvents.id !== newest) {
      if (Date.now() > deadline || feed.errors.length > 0)
        throw new Error(`replay stalled: ${JSON.stringify(feed.errors)}`);
      await feed.until(feed.items.length + 1, 1_000).catch(() => undefined);
    }
    feed.stop();
    const cards = new Map<string, Card>();
    for (const { boardEvents: e } of feed.items) {
      if (e.entityType !== 'Task' || !e.node) continue;
      if (e.node.archivedAt) cards.delete(e.node.id);
      else cards.set(e.node.id, e.node);
    }
    const all = [...cards.values()].sort(compareKeyed);
    return columns.map((c) => all.filter((t) => t.columnId === c.id).map((t) => t.id));
  };

  it('moves of two cards into the same gap at the same moment keep both, in one order for every reader', async () => {
    const board = await read();
    const [target] = board.columns;
    const anchor = board.tasks.find((t) => t.columnId === target?.id);
    const movers = board.tasks.filter((t) => t.columnId !== target?.id).slice(0, 2);
    const results = await Promise.all(
      movers.map((card, i) =>
        hub.gql(
          MOVE,
          { i: { id: card.id, expectedVersion: card.version, columnId: target?.id, afterId: anchor?.id } },
          tokens[i % 2] ?? null,
        ),
      ),
    );
    expect(results.map(codeOf)).toEqual([undefined, undefined]);
    const [first, second] = [await read(), await read()];
    expect(layout(second)).toEqual(layout(first));
    const column = layout(first)[0] ?? [];
    const at = column.indexOf(anchor?.id ?? '');
    expect(new Set(column.slice(at + 1, at + 3))).toEqual(new Set(movers.map((m) => m.id)));
    expect(await replayed(first.columns)).toEqual(layout(first));
  });

  it('under random concurrent moves no card is lost or duplicated, and reads and event replay agree on the order', async () => {
    const command = fc.record({
      card: fc.nat({ max: CARDS - 1 }),
      column: fc.nat({ max: 3 }),
      anchor: fc.option(fc.nat({ max: CARDS - 1 }), { nil: null }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(command, { minLength: 2, maxLength: 8 }), async (commands) => {
        const before = await read();
        const ids = before.tasks.map((t) => t.id).sort();
        const cards = [...before.tasks].sort((a, b) => (a.id < b.id ? -1 : 1));
        const inputs = commands.map((c) => {
          const card = cards[c.card] as Card;
          const columnId = before.columns[c.column]?.id ?? '';
          const anchor = c.anchor === null ? null : cards[c.anchor];
          const afterId = anchor && anchor.id !== card.id && anchor.columnId === columnId ? anchor.id : null;
          return { id: card.id, expectedVersion: card.version, columnId, afterId };
        });
        const results = await Promise.all(
          inputs.map((i, n) => hub.gql<{ moveTask: Card }>(MOVE, { i }, tokens[n % 2] ?? null)),
        );
        // A card named twice moves once (the other is CONFLICT); an anchor that moved away meanwhile is BAD_USER_INPUT.
        for (const r of results) expect([undefined, 'CONFLICT', 'BAD_USER_INPUT']).toContain(codeOf(r));
        const [first, second] = await Promise.all([read(), read()]);
        expect(layout(second)).toEqual(layout(first));
        expect(first.tasks.map((t) => t.id).sort()).toEqual(ids);
        expect(layout(first).flat()).toHaveLength(ids.length);
        // Of the moves of one card sent at once, exactly one wins; the winner's card is where it asked.
        const winners = new Set<string>();
        results.forEach((r, n) => {
          if (!r.data) return;
          expect(winners.has(r.data.moveTask.id)).toBe(false);
          winners.add(r.data.moveTask.id);
          expect(first.tasks.find((t) => t.id === inputs[n]?.id)?.columnId).toBe(inputs[n]?.columnId);
        });
        expect(await replayed(first.columns)).toEqual(layout(first));
      }),
      { numRuns: 20 },
    );
  }, 300_000);
});
