import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Streams } from '../../platform/events/streams.js';
import { CASEY, codeOf, collectLive, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';

const TASK_FIELDS = `id boardId columnId patientId title description position version discipline dueAt priority labels
  completedAt archivedAt overdue dueToday recurring commentCount goalId interventionId
  assignee { id name } checklist { id text done doneByName }`;
const BOARD = `query($id: ID!) { taskBoard(id: $id) { id kind name unitId patientId timeZone lastEventId version
  columns { id name position completes wipLimit version } tasks { ${TASK_FIELDS} } } }`;
const UNIT_BOARD = `query($id: ID!) { unit(id: $id) { taskBoard { id kind lastEventId columns { id name completes } } } }`;
const PATIENT_BOARD = `query($id: ID!) { patient(id: $id) { taskBoard { id kind patientId lastEventId columns { id name completes } } } }`;
const CREATE = `mutation($i: CreateTaskInput!) { createTask(input: $i) { ${TASK_FIELDS} } }`;
const UPDATE = `mutation($i: UpdateTaskInput!) { updateTask(input: $i) { ${TASK_FIELDS} } }`;
const MOVE = `mutation($i: MoveTaskInput!) { moveTask(input: $i) { ${TASK_FIELDS} } }`;
const EVENTS = `subscription($b: ID!, $after: ID) { boardEvents(boardId: $b, after: $after) {
  id kind entityType entityId node { __typename ... on Task { id title columnId position version } } } }`;

interface TaskRow {
  id: string;
  boardId: string;
  columnId: string;
  patientId: string | null;
  title: string;
  position: string;
  version: number;
  completedAt: string | null;
  dueAt: string | null;
  overdue: boolean;
  dueToday: boolean;
}
interface Board {
  id: string;
  kind: string;
  lastEventId: string;
  timeZone: string;
  columns: { id: string; name: string; completes: boolean }[];
  tasks: TaskRow[];
}

describe('task boards', () => {
  let hub: TestHub;
  let casey: string;
  let riley: string;
  let unitId: string;
  let patientIds: string[];
  let unitBoard: Board;

  beforeAll(async () => {
    hub = await startTestHub();
    casey = await hub.login(CASEY);
    riley = await hub.login(RILEY);
    const me = await hub.read<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey);
    unitId = me.me.units[0]?.id ?? '';
    const list = await hub.read<{ patients: { id: string }[] }>('{ patients { id } }', {}, casey);
    patientIds = list.patients.map((p) => p.id);
    const { unit } = await hub.read<{ unit: { taskBoard: { id: string } } }>(UNIT_BOARD, { id: unitId }, casey);
    unitBoard = await readBoard(unit.taskBoard.id);
  });
  afterAll(() => hub?.stop());

  const readBoard = async (id: string, token = casey) =>
    (await hub.read<{ taskBoard: Board }>(BOARD, { id }, token)).taskBoard;
  const mutate = async <T>(doc: string, i: Record<string, unknown>, token = casey): Promise<T> => {
    const r = await hub.gql<T>(doc, { i }, token);
    if (!r.data) throw new Error(JSON.stringify(r.errors));
    return r.data;
  };
  const create = async (i: Record<string, unknown>, token = casey) =>
    (await mutate<{ createTask: TaskRow }>(CREATE, { boardId: unitBoard.id, ...i }, token)).createTask;
  const column = (board: Board, name: string) => {
    const c = board.columns.find((col) => col.name === name);
    if (!c) throw new Error(`no column ${name}`);
    return c;
  };
  const titlesIn = (board: Board, columnId: string) =>
    board.tasks.filter((t) => t.columnId === columnId).map((t) => t.title);

  it('gives the unit a board with the default columns, the same board to every reader', async () => {
    expect(unitBoard.kind).toBe('UNIT');
    expect(unitBoard.columns.map((c) => c.name)).toEqual(['To do', 'In progress', 'Blocked', 'Done']);
    expect(unitBoard.columns.map((c) => c.completes)).toEqual([false, false, false, true]);
    const again = await hub.read<{ unit: { taskBoard: { id: string } } }>(UNIT_BOARD, { id: unitId }, riley);
    expect(again.unit.taskBoard.id).toBe(unitBoard.id);
  });

  it("makes a patient's board on first read, once even when two readers ask at the same moment", async () => {
    const patientId = patientIds[5] ?? '';
    const [a, b] = await Promise.all([
      hub.read<{ patient: { taskBoard: Board & { patientId: string } } }>(PATIENT_BOARD, { id: patientId }, casey),
      hub.read<{ patient: { taskBoard: Board & { patientId: string } } }>(PATIENT_BOARD, { id: patientId }, riley),
    ]);
    expect(a.patient.taskBoard.id).toBe(b.patient.taskBoard.id);
    expect(a.patient.taskBoard).toMatchObject({ kind: 'PATIENT', patientId });
    expect(a.patient.taskBoard.columns).toHaveLength(4);
  });

  it('creates a card at the end of the first column, and the same clientMutationId twice creates one card', async () => {
    const clientMutationId = `cmid-${randomUUID()}`;
    const first = await create({ title: 'Order a bariatric chair', clientMutationId });
    const again = await create({ title: 'Order a bariatric chair', clientMutationId });
    expect(again.id).toBe(first.id);
    const board = await readBoard(unitBoard.id);
    expect(board.tasks.filter((t) => t.title === 'Order a bariatric chair')).toHaveLength(1);
    expect(first.columnId).toBe(column(board, 'To do').id);
    expect(titlesIn(board, first.columnId).at(-1)).toBe('Order a bariatric chair');
  });

  it('moves a card after a neighbour in another column, writing one card, and the move arrives on boardEvents', async () => {
    const a = await create({ title: `Move A ${randomUUID().slice(0, 4)}` });
    const b = await create({ title: `Move B ${randomUUID().slice(0, 4)}` });
    const inProgress = column(unitBoard, 'In progress');
    const anchor = await create({ title: `Anchor ${randomUUID().slice(0, 4)}`, columnId: inProgress.id });
    const feed = await collectLive<{ boardEvents: { kind: string; entityId: string; node: { columnId: string } } }>(
      hub.ws(riley),
      EVENTS,
      { b: unitBoard.id },
      await hub.newestEventId(Streams.board(unitBoard.id)),
    );
    const before = await readBoard(unitBoard.id);
    const moved = (
      await mutate<{ moveTask: TaskRow }>(MOVE, {
        id: a.id,
        expectedVersion: a.version,
        columnId: inProgress.id,
        afterId: anchor.id,
      })
    ).moveTask;
    expect(moved.columnId).toBe(inProgress.id);
    const [event] = await feed.until(1);
    feed.stop();
    expect(event?.boardEvents).toMatchObject({ kind: 'MOVED', entityId: a.id, node: { columnId: inProgress.id } });
    const after = await readBoard(unitBoard.id);
    const changed = after.tasks.filter((t) => {
      const old = before.tasks.find((o) => o.id === t.id);
      return old?.version !== t.version;
    });
    expect(changed.map((t) => t.id)).toEqual([a.id]);
    const ids = after.tasks.filter((t) => t.columnId === inProgress.id).map((t) => t.id);
    expect(ids.indexOf(a.id)).toBe(ids.indexOf(anchor.id) + 1);
    expect(after.tasks.find((t) => t.id === b.id)?.version).toBe(b.version);
  });

  it('edits a card with expectedVersion; a stale one is CONFLICT with the current card and nothing changes', async () => {
    const task = await create({ title: 'Call pharmacy about the insulin pen' });
    const edited = await mutate<{ updateTask: TaskRow }>(UPDATE, {
      id: task.id,
      expectedVersion: task.version,
      title: 'Call pharmacy about the insulin pens',
    });
    expect(edited.updateTask.version).toBe(task.version + 1);
    const stale = await hub.gql(
      UPDATE,
      { i: { id: task.id, expectedVersion: task.version, title: 'Lost edit' } },
      riley,
    );
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors?.[0]?.extensions?.current).toMatchObject({
      id: task.id,
      title: 'Call pharmacy about the insulin pens',
    });
    const board = await readBoard(unitBoard.id);
    expect(board.tasks.find((t) => t.id === task.id)?.title).toBe('Call pharmacy about the insulin pens');
  });
});
