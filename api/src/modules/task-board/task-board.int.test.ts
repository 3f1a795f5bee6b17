import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Streams } from '../../platform/events/streams.js';
import { ADMIN, CASEY, codeOf, collectLive, RILEY, startTestHub, type TestHub } from '../../testing/test-hub.js';
import { Unit } from '../unit/unit.entity.js';

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
  archivedAt: string | null;
  commentCount: number;
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
  /** A card as it is now, read through a query that throws on any error. */
  const readTask = async (id: string, token = casey) =>
    (
      await hub.read<{
        task: TaskRow & { comments: { text: string; author: { name: string }; mentions: { name: string }[] }[] };
      }>(
        `query($id: ID!) { task(id: $id) { ${TASK_FIELDS} commentCount comments { text author { name } mentions { name } } } }`,
        { id },
        token,
      )
    ).task;
  /** How many cards on the board have this title (through a read that throws on error). */
  const countTitled = async (title: string, boardId = unitBoard.id) =>
    (await readBoard(boardId)).tasks.filter((t) => t.title === title).length;
  let staffN = 0;
  /** A new staff member on no unit and no care team, signed in. */
  const outsider = async () => {
    const admin = await hub.login(ADMIN);
    const email = `board.outsider.${++staffN}.${Date.now()}@staff.test`;
    const created = await hub.read<{ createStaffUser: { id: string } }>(
      'mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { id } }',
      { i: { email, name: `Olive Outsider ${staffN}`, discipline: 'RN', role: 'MEMBER', password: 'a-long-password' } },
      admin,
    );
    return { id: created.createStaffUser.id, token: await hub.login(email, 'a-long-password') };
  };
  const staffId = async (email: string) => {
    const { staff } = await hub.read<{ staff: { id: string; email: string }[] }>('{ staff { id email } }', {}, casey);
    return staff.find((s) => s.email === email)?.id ?? '';
  };

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

  describe('moves', () => {
    it('the same clientMutationId sent twice moves once, also when the retry races the first attempt', async () => {
      const task = await create({ title: `Retry ${randomUUID().slice(0, 4)}` });
      const target = column(unitBoard, 'Blocked').id;
      const input = {
        id: task.id,
        expectedVersion: task.version,
        columnId: target,
        clientMutationId: `mv-${randomUUID()}`,
      };
      const first = (await mutate<{ moveTask: TaskRow }>(MOVE, input)).moveTask;
      const again = (await mutate<{ moveTask: TaskRow }>(MOVE, input)).moveTask;
      expect(again).toMatchObject({ id: task.id, version: first.version, columnId: target });
      expect(first.version).toBe(task.version + 1);
      const racing = await create({ title: `Race ${randomUUID().slice(0, 4)}` });
      const raced = {
        ...input,
        id: racing.id,
        expectedVersion: racing.version,
        clientMutationId: `mv-${randomUUID()}`,
      };
      const results = await Promise.all([hub.gql(MOVE, { i: raced }, casey), hub.gql(MOVE, { i: raced }, casey)]);
      expect(results.map(codeOf)).toEqual([undefined, undefined]);
      expect((await readTask(racing.id)).version).toBe(racing.version + 1);
    });

    it('two simultaneous moves of the same card: one wins, the other is CONFLICT with the current card', async () => {
      const task = await create({ title: `Contested ${randomUUID().slice(0, 4)}` });
      const [a, b] = [column(unitBoard, 'In progress').id, column(unitBoard, 'Blocked').id];
      const results = await Promise.all([
        hub.gql<{ moveTask: TaskRow }>(MOVE, { i: { id: task.id, expectedVersion: task.version, columnId: a } }, casey),
        hub.gql<{ moveTask: TaskRow }>(MOVE, { i: { id: task.id, expectedVersion: task.version, columnId: b } }, riley),
      ]);
      const won = results.filter((r) => r.data);
      const lost = results.filter((r) => codeOf(r) === 'CONFLICT');
      expect([won.length, lost.length]).toEqual([1, 1]);
      const winner = won[0]?.data?.moveTask;
      expect(lost[0]?.errors?.[0]?.extensions?.current).toMatchObject({ id: task.id, columnId: winner?.columnId });
      const board = await readBoard(unitBoard.id);
      expect(board.tasks.filter((t) => t.id === task.id)).toEqual([
        expect.objectContaining({ columnId: winner?.columnId }),
      ]);
    });

    it('refuses a column of another board (BAD_USER_INPUT) and nothing changes', async () => {
      const task = await create({ title: `Stay home ${randomUUID().slice(0, 4)}` });
      const patientId = patientIds[6] ?? '';
      const other = await hub.read<{ patient: { taskBoard: Board } }>(PATIENT_BOARD, { id: patientId }, casey);
      const result = await hub.gql(
        MOVE,
        {
          i: { id: task.id, expectedVersion: task.version, columnId: other.patient.taskBoard.columns[1]?.id },
        },
        casey,
      );
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]?.extensions?.field).toBe('columnId');
      expect(await readTask(task.id)).toMatchObject({
        version: task.version,
        columnId: task.columnId,
        position: task.position,
      });
    });

    it('a card moved into Done is complete, and moved out it is open again', async () => {
      const task = await create({ title: `Done and back ${randomUUID().slice(0, 4)}` });
      const done = (
        await mutate<{ moveTask: TaskRow }>(MOVE, {
          id: task.id,
          expectedVersion: task.version,
          columnId: column(unitBoard, 'Done').id,
        })
      ).moveTask;
      expect(done.completedAt).not.toBeNull();
      const back = (
        await mutate<{ moveTask: TaskRow }>(MOVE, {
          id: task.id,
          expectedVersion: done.version,
          columnId: column(unitBoard, 'To do').id,
        })
      ).moveTask;
      expect(back.completedAt).toBeNull();
    });
  });

  describe('assign, complete, reopen, archive', () => {
    const ASSIGN = `mutation($i: AssignTaskInput!) { assignTask(input: $i) { ${TASK_FIELDS} } }`;
    const COMPLETE = `mutation($i: TaskVersionInput!) { completeTask(input: $i) { ${TASK_FIELDS} } }`;
    const REOPEN = `mutation($i: TaskVersionInput!) { reopenTask(input: $i) { ${TASK_FIELDS} } }`;
    const ARCHIVE = `mutation($i: TaskVersionInput!) { archiveTask(input: $i) { ${TASK_FIELDS} } }`;

    it("assigns a person on the patient's team or unit, and refuses someone who is on neither; nothing changes", async () => {
      const task = await create({ title: 'Teach inhaler technique', patientId: patientIds[0] });
      const rileyId = await staffId(RILEY);
      const assigned = await mutate<{ assignTask: TaskRow & { assignee: { id: string } } }>(ASSIGN, {
        id: task.id,
        expectedVersion: task.version,
        assigneeId: rileyId,
        discipline: 'RN',
      });
      expect(assigned.assignTask.assignee.id).toBe(rileyId);
      const stranger = await outsider();
      const refused = await hub.gql(
        ASSIGN,
        {
          i: { id: task.id, expectedVersion: assigned.assignTask.version, assigneeId: stranger.id },
        },
        casey,
      );
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.field).toBe('assigneeId');
      const now = await readTask(task.id);
      expect(now).toMatchObject({ version: assigned.assignTask.version, assignee: { id: rileyId } });
    });

    it('completes a card into Done, reopens it into To do, and archives it off the board; an archived card takes no edits', async () => {
      const task = await create({ title: `Lifecycle ${randomUUID().slice(0, 4)}` });
      const done = (await mutate<{ completeTask: TaskRow }>(COMPLETE, { id: task.id, expectedVersion: task.version }))
        .completeTask;
      expect(done).toMatchObject({ columnId: column(unitBoard, 'Done').id });
      expect(done.completedAt).not.toBeNull();
      const again = await hub.gql(COMPLETE, { i: { id: task.id, expectedVersion: done.version } }, casey);
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      const open = (await mutate<{ reopenTask: TaskRow }>(REOPEN, { id: task.id, expectedVersion: done.version }))
        .reopenTask;
      expect(open).toMatchObject({ columnId: column(unitBoard, 'To do').id, completedAt: null });
      const archived = (await mutate<{ archiveTask: TaskRow }>(ARCHIVE, { id: task.id, expectedVersion: open.version }))
        .archiveTask;
      expect(archived.archivedAt).not.toBeNull();
      expect((await readBoard(unitBoard.id)).tasks.some((t) => t.id === task.id)).toBe(false);
      const edit = await hub.gql(
        UPDATE,
        { i: { id: task.id, expectedVersion: archived.version, title: 'Zombie' } },
        casey,
      );
      expect(codeOf(edit)).toBe('BAD_USER_INPUT');
      expect(await readTask(task.id)).toMatchObject({ title: task.title, version: archived.version });
    });
  });

  describe('comments and checklists', () => {
    const COMMENT = 'mutation($i: AddTaskCommentInput!) { addTaskComment(input: $i) { id text mentions { name } } }';
    const ADD_ITEM = `mutation($i: AddChecklistItemInput!) { addChecklistItem(input: $i) { ${TASK_FIELDS} } }`;
    const TOGGLE = `mutation($i: ToggleChecklistItemInput!) { toggleChecklistItem(input: $i) { ${TASK_FIELDS} } }`;
    const REMOVE = `mutation($i: RemoveChecklistItemInput!) { removeChecklistItem(input: $i) { ${TASK_FIELDS} } }`;

    it('adds comments that @mention team members; a mention of someone off the team or a too-long text adds nothing', async () => {
      const task = await create({ title: 'Family meeting time', patientId: patientIds[1] });
      const rileyId = await staffId(RILEY);
      const added = await mutate<{ addTaskComment: { mentions: { name: string }[] } }>(COMMENT, {
        taskId: task.id,
        text: '@Riley Chen can you join at 15:00?',
        mentionIds: [rileyId],
      });
      expect(added.addTaskComment.mentions).toEqual([{ name: 'Riley Chen' }]);
      const stranger = await outsider();
      const refused = await hub.gql(
        COMMENT,
        { i: { taskId: task.id, text: 'Ping', mentionIds: [stranger.id] } },
        casey,
      );
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      const long = await hub.gql(COMMENT, { i: { taskId: task.id, text: 'x'.repeat(4001) } }, casey);
      expect(codeOf(long)).toBe('BAD_USER_INPUT');
      const now = await readTask(task.id);
      expect(now.commentCount).toBe(1);
      expect(now.comments).toEqual([
        {
          text: '@Riley Chen can you join at 15:00?',
          author: { name: 'Casey Morgan' },
          mentions: [{ name: 'Riley Chen' }],
        },
      ]);
    });

    it('a comment or an edit sent again with its clientMutationId (a retry) is applied once', async () => {
      const task = await create({ title: `Retry me ${randomUUID().slice(0, 4)}` });
      const comment = { taskId: task.id, text: 'Called the daughter back.', clientMutationId: `c-${randomUUID()}` };
      const first = await mutate<{ addTaskComment: { id: string } }>(COMMENT, comment);
      const again = await mutate<{ addTaskComment: { id: string } }>(COMMENT, comment);
      expect(again.addTaskComment.id).toBe(first.addTaskComment.id);
      const now = await readTask(task.id);
      expect(now.comments).toHaveLength(1);
      expect(now.commentCount).toBe(1);
      const edit = {
        id: task.id,
        expectedVersion: now.version,
        title: 'Retried title',
        clientMutationId: `e-${randomUUID()}`,
      };
      const edited = (await mutate<{ updateTask: TaskRow }>(UPDATE, edit)).updateTask;
      const replayed = (await mutate<{ updateTask: TaskRow }>(UPDATE, edit)).updateTask;
      expect(replayed).toMatchObject({ title: 'Retried title', version: edited.version });
      expect((await readTask(task.id)).version).toBe(now.version + 1);
    });

    it('adds, ticks and removes checklist items with expectedVersion; an unknown item or a stale version changes nothing', async () => {
      const task = await create({ title: 'Discharge teaching', checklist: ['Medications'] });
      const added = (
        await mutate<{ addChecklistItem: TaskRow & { checklist: { id: string; text: string }[] } }>(ADD_ITEM, {
          id: task.id,
          expectedVersion: task.version,
          text: 'Warning signs',
        })
      ).addChecklistItem;
      expect(added.checklist.map((i) => i.text)).toEqual(['Medications', 'Warning signs']);
      const first = added.checklist[0]?.id;
      const ticked = (
        await mutate<{ toggleChecklistItem: TaskRow & { checklist: { done: boolean; doneByName: string }[] } }>(
          TOGGLE,
          { id: task.id, expectedVersion: added.version, itemId: first, done: true },
        )
      ).toggleChecklistItem;
      expect(ticked.checklist[0]).toMatchObject({ done: true, doneByName: 'Casey Morgan' });
      const unknown = await hub.gql(
        TOGGLE,
        { i: { id: task.id, expectedVersion: ticked.version, itemId: randomUUID(), done: true } },
        casey,
      );
      expect(codeOf(unknown)).toBe('BAD_USER_INPUT');
      const stale = await hub.gql(REMOVE, { i: { id: task.id, expectedVersion: added.version, itemId: first } }, casey);
      expect(codeOf(stale)).toBe('CONFLICT');
      expect((await readTask(task.id)).version).toBe(ticked.version);
      const removed = (
        await mutate<{ removeChecklistItem: TaskRow & { checklist: { text: string }[] } }>(REMOVE, {
          id: task.id,
          expectedVersion: ticked.version,
          itemId: first,
        })
      ).removeChecklistItem;
      expect(removed.checklist.map((i) => i.text)).toEqual(['Warning signs']);
    });
  });

  describe('bulk changes', () => {
    const BULK_MOVE = `mutation($i: BulkMoveTasksInput!) { bulkMoveTasks(input: $i) { ${TASK_FIELDS} } }`;
    const BULK_ASSIGN = `mutation($i: BulkAssignTasksInput!) { bulkAssignTasks(input: $i) { ${TASK_FIELDS} } }`;
    const ref = (t: TaskRow) => ({ id: t.id, expectedVersion: t.version });

    it('moves all the cards or none: a stale card is CONFLICT naming it, and no card moved', async () => {
      const cards = await Promise.all([1, 2, 3].map((n) => create({ title: `Bulk ${n} ${randomUUID().slice(0, 4)}` })));
      const [a, b, c] = cards as [TaskRow, TaskRow, TaskRow];
      const bumped = (await mutate<{ updateTask: TaskRow }>(UPDATE, { ...ref(b), priority: 'HIGH' })).updateTask;
      const blocked = column(unitBoard, 'Blocked').id;
      const refused = await hub.gql(BULK_MOVE, { i: { tasks: [ref(a), ref(b), ref(c)], columnId: blocked } }, casey);
      expect(codeOf(refused)).toBe('CONFLICT');
      expect(refused.errors?.[0]?.extensions?.taskId).toBe(b.id);
      for (const card of [a, c]) expect((await readTask(card.id)).columnId).toBe(a.columnId);
      const moved = (
        await mutate<{ bulkMoveTasks: TaskRow[] }>(BULK_MOVE, {
          tasks: [ref(c), ref(bumped), ref(a)],
          columnId: blocked,
        })
      ).bulkMoveTasks;
      expect(moved.map((t) => t.columnId)).toEqual([blocked, blocked, blocked]);
      expect(titlesIn(await readBoard(unitBoard.id), blocked).slice(-3)).toEqual([c.title, b.title, a.title]);
    });

    it('assigns all the cards or none: a card of another board is refused, named, and nothing changed', async () => {
      const here = await create({ title: `Assign here ${randomUUID().slice(0, 4)}` });
      const there = (await mutate<{ createTask: TaskRow }>(CREATE, { patientId: patientIds[7], title: 'Elsewhere' }))
        .createTask;
      const refused = await hub.gql(BULK_ASSIGN, { i: { tasks: [ref(here), ref(there)], discipline: 'OT' } }, casey);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      expect(refused.errors?.[0]?.extensions?.taskId).toBe(there.id);
      expect((await readTask(here.id)).version).toBe(here.version);
      const other = await create({ title: `Assign too ${randomUUID().slice(0, 4)}` });
      const done = (
        await mutate<{ bulkAssignTasks: (TaskRow & { discipline: string })[] }>(BULK_ASSIGN, {
          tasks: [ref(here), ref(other)],
          discipline: 'OT',
        })
      ).bulkAssignTasks;
      expect(done.map((t) => t.discipline)).toEqual(['OT', 'OT']);
    });
  });

  describe('bad input', () => {
    it('a due date in an impossible format, or a day that does not exist, is BAD_USER_INPUT and creates nothing', async () => {
      for (const dueAt of [
        'tomorrow at 3',
        '2026-02-30T10:00',
        '2026-11-25T24:30',
        '2026-11-25 14:00',
        '26-11-25T14:00',
      ]) {
        const title = `Due ${dueAt}`;
        const result = await hub.gql(CREATE, { i: { boardId: unitBoard.id, title, dueAt } }, casey);
        expect(codeOf(result), dueAt).toBe('BAD_USER_INPUT');
        expect(await countTitled(title)).toBe(0);
      }
    });

    it("reads a due time without an offset on the unit's clock, and one with an offset as that instant", async () => {
      expect(unitBoard.timeZone).toBe('America/New_York');
      const local = await create({ title: 'Local due', dueAt: '2026-07-01T09:00' });
      expect(local.dueAt).toBe('2026-07-01T13:00:00.000Z');
      const winter = await create({ title: 'Winter due', dueAt: '2026-01-15T09:00' });
      expect(winter.dueAt).toBe('2026-01-15T14:00:00.000Z');
      const exact = await create({ title: 'Exact due', dueAt: '2026-07-01T09:00Z' });
      expect(exact.dueAt).toBe('2026-07-01T09:00:00.000Z');
    });

    it('a title over 200 characters, or blank, is BAD_USER_INPUT and creates nothing', async () => {
      const long = 'A'.repeat(201);
      expect(codeOf(await hub.gql(CREATE, { i: { boardId: unitBoard.id, title: long } }, casey))).toBe(
        'BAD_USER_INPUT',
      );
      expect(await countTitled(long)).toBe(0);
      expect(codeOf(await hub.gql(CREATE, { i: { boardId: unitBoard.id, title: '   ' } }, casey))).toBe(
        'BAD_USER_INPUT',
      );
      expect(await countTitled('')).toBe(0);
    });

    it("a link to another patient's goal is BAD_USER_INPUT", async () => {
      const demo = await hub.read<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey);
      const owner = demo.patients.find((p) => p.mrn === 'MRN-100231')?.id ?? '';
      const other = demo.patients.find((p) => p.mrn === 'MRN-100232')?.id ?? '';
      const owned = await hub.read<{ patient: { carePlan: { problems: { goals: { id: string }[] }[] } } }>(
        'query($id: ID!) { patient(id: $id) { carePlan { problems { goals { id } } } } }',
        { id: owner },
        casey,
      );
      const goalId = owned.patient.carePlan.problems[0]?.goals[0]?.id;
      const title = `Wrong goal ${randomUUID().slice(0, 4)}`;
      const result = await hub.gql(CREATE, { i: { patientId: other, title, goalId } }, casey);
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      const linked = (
        await mutate<{ createTask: TaskRow & { goalId: string } }>(CREATE, { patientId: owner, title, goalId })
      ).createTask;
      expect(linked.goalId).toBe(goalId);
    });

    it('staff off the unit reach nothing on its board: no read, no card, no move, no events', async () => {
      const stranger = await outsider();
      const card = await create({ title: `Guarded ${randomUUID().slice(0, 4)}` });
      const title = `Stranger try ${randomUUID().slice(0, 4)}`;
      expect(codeOf(await hub.gql(BOARD, { id: unitBoard.id }, stranger.token))).toBe('FORBIDDEN');
      expect(codeOf(await hub.gql(UNIT_BOARD, { id: unitId }, stranger.token))).toBe('FORBIDDEN');
      expect(codeOf(await hub.gql(CREATE, { i: { boardId: unitBoard.id, title } }, stranger.token))).toBe('FORBIDDEN');
      const move = { id: card.id, expectedVersion: card.version, columnId: column(unitBoard, 'Blocked').id };
      expect(codeOf(await hub.gql(MOVE, { i: move }, stranger.token))).toBe('FORBIDDEN');
      expect(await countTitled(title)).toBe(0);
      expect(await readTask(card.id)).toMatchObject({ version: card.version, columnId: card.columnId });
    });

    it('a family member reaches nothing: no board, no card created', async () => {
      const family = await hub.login('jordan.family@demo.carehub.test');
      const title = `Family try ${randomUUID().slice(0, 4)}`;
      expect(codeOf(await hub.gql(BOARD, { id: unitBoard.id }, family))).toBe('FORBIDDEN');
      expect(codeOf(await hub.gql(CREATE, { i: { boardId: unitBoard.id, title } }, family))).toBe('FORBIDDEN');
      expect(codeOf(await hub.gql('{ myWork { id } }', {}, family))).toBe('FORBIDDEN');
      expect(await countTitled(title)).toBe(0);
    });
  });

  describe('columns', () => {
    const ADD = 'mutation($i: AddBoardColumnInput!) { addBoardColumn(input: $i) { id name version wipLimit } }';
    const RENAME =
      'mutation($i: UpdateBoardColumnInput!) { updateBoardColumn(input: $i) { id name version wipLimit } }';
    const MOVE_COLUMN = 'mutation($i: MoveBoardColumnInput!) { moveBoardColumn(input: $i) { id version } }';
    const ARCHIVE = 'mutation($i: ArchiveBoardColumnInput!) { archiveBoardColumn(input: $i) { id archivedAt } }';

    it('adds, renames, reorders and archives columns; a duplicate name or a column with cards is refused', async () => {
      const board = (await hub.read<{ patient: { taskBoard: Board } }>(PATIENT_BOARD, { id: patientIds[8] }, casey))
        .patient.taskBoard;
      const added = (
        await mutate<{ addBoardColumn: { id: string; version: number } }>(ADD, {
          boardId: board.id,
          name: 'Waiting on family',
          wipLimit: 3,
          afterId: board.columns[0]?.id,
        })
      ).addBoardColumn;
      const dup = await hub.gql(ADD, { i: { boardId: board.id, name: 'waiting on FAMILY' } }, casey);
      expect(codeOf(dup)).toBe('BAD_USER_INPUT');
      const renamed = (
        await mutate<{ updateBoardColumn: { version: number; name: string; wipLimit: number | null } }>(RENAME, {
          id: added.id,
          expectedVersion: added.version,
          name: 'Family',
          wipLimit: null,
        })
      ).updateBoardColumn;
      expect(renamed).toMatchObject({ name: 'Family', wipLimit: null });
      let names = (await readBoard(board.id)).columns.map((c) => c.name);
      expect(names).toEqual(['To do', 'Family', 'In progress', 'Blocked', 'Done']);
      await mutate(MOVE_COLUMN, { id: added.id, expectedVersion: renamed.version, afterId: null });
      names = (await readBoard(board.id)).columns.map((c) => c.name);
      expect(names).toEqual(['Family', 'To do', 'In progress', 'Blocked', 'Done']);
      const card = await create({ boardId: board.id, title: 'Sits in Family', columnId: added.id });
      const full = await hub.read<{ taskBoard: { columns: { id: string; version: number }[] } }>(
        'query($id: ID!) { taskBoard(id: $id) { columns { id version } } }',
        { id: board.id },
        casey,
      );
      const version = full.taskBoard.columns.find((c) => c.id === added.id)?.version;
      const refused = await hub.gql(ARCHIVE, { i: { id: added.id, expectedVersion: version } }, casey);
      expect(codeOf(refused)).toBe('BAD_USER_INPUT');
      await mutate(`mutation($i: TaskVersionInput!) { archiveTask(input: $i) { id } }`, {
        id: card.id,
        expectedVersion: card.version,
      });
      await mutate(ARCHIVE, { id: added.id, expectedVersion: version });
      names = (await readBoard(board.id)).columns.map((c) => c.name);
      expect(names).toEqual(['To do', 'In progress', 'Blocked', 'Done']);
    });
  });

  describe('views and streams', () => {
    it("flags overdue and due-today cards on the unit clock, and myWork lists my open cards and my discipline's unassigned ones", async () => {
      const rileyId = await staffId(RILEY);
      const tag = randomUUID().slice(0, 4);
      const past = await create({
        title: `Late ${tag}`,
        assigneeId: rileyId,
        dueAt: new Date(Date.now() - 3 * 86_400_000).toISOString(),
      });
      const later = await create({
        title: `Later ${tag}`,
        discipline: 'RN',
        dueAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      });
      const soon = new Date(Date.now() + 60_000);
      const today = await create({ title: `Soon ${tag}`, assigneeId: rileyId, dueAt: soon.toISOString() });
      const others = await create({ title: `Not mine ${tag}`, assigneeId: await staffId(CASEY), discipline: 'RN' });
      const finished = await create({ title: `Finished ${tag}`, assigneeId: rileyId });
      await mutate('mutation($i: TaskVersionInput!) { completeTask(input: $i) { id } }', {
        id: finished.id,
        expectedVersion: finished.version,
      });
      expect(past).toMatchObject({ overdue: true, dueToday: false });
      expect(later).toMatchObject({ overdue: false, dueToday: false });
      // The oracle: the calendar date on New York's clock, straight from Intl.
      const nyDate = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/New_York' }).format(d);
      expect(today).toMatchObject({ overdue: false, dueToday: nyDate(soon) === nyDate(new Date()) });
      const { myWork } = await hub.read<{ myWork: { id: string }[] }>('{ myWork { id } }', {}, riley);
      const mine = new Set(myWork.map((t) => t.id));
      expect([past, later, today].every((t) => mine.has(t.id))).toBe(true);
      expect(mine.has(others.id) || mine.has(finished.id)).toBe(false);
    });

    it("a card about a patient arrives on the patient's stream and lists under the patient", async () => {
      const patientId = patientIds[2] ?? '';
      const PATIENT_EVENTS = `subscription($p: ID!, $after: ID) { patientEvents(patientId: $p, after: $after) {
        entityType entityId node { __typename ... on Task { id title } } } }`;
      await create({ title: 'Warm-up card', patientId });
      const feed = await collectLive<{
        patientEvents: { entityType: string; node: { __typename: string; title: string } };
      }>(hub.ws(riley), PATIENT_EVENTS, { p: patientId }, await hub.newestEventId(Streams.patient(patientId)));
      const card = await create({ title: 'Bring glasses from home', patientId });
      const [event] = await feed.until(1);
      feed.stop();
      expect(event?.patientEvents).toMatchObject({
        entityType: 'Task',
        node: { __typename: 'Task', title: 'Bring glasses from home' },
      });
      const listed = await hub.read<{ patient: { tasks: { id: string }[] } }>(
        'query($id: ID!) { patient(id: $id) { tasks { id } } }',
        { id: patientId },
        riley,
      );
      expect(listed.patient.tasks.map((t) => t.id)).toContain(card.id);
    });

    it('subscribing after the board read misses nothing: the next change is the first event', async () => {
      const board = await readBoard(unitBoard.id);
      const feed = (await import('../../testing/test-hub.js')).collect<{
        boardEvents: { entityId: string; kind: string };
      }>(hub.ws(riley), EVENTS, { b: unitBoard.id, after: board.lastEventId });
      await feed.connected;
      const card = await create({ title: `After cursor ${randomUUID().slice(0, 4)}` });
      const [event] = await feed.until(1);
      feed.stop();
      expect(event?.boardEvents).toMatchObject({ entityId: card.id, kind: 'CREATED' });
    });

    it("each patient whose cards a board read shows is on that patient's audit trail", async () => {
      const patientId = patientIds[3] ?? '';
      await create({ title: 'Audit me', patientId });
      await readBoard(unitBoard.id, riley);
      const trail = await hub.read<{
        auditTrail: { entries: { operation: string; access: string; actorName: string }[] };
      }>(
        'query($id: ID!) { auditTrail(patientId: $id) { entries { operation access actorName } } }',
        { id: patientId },
        casey,
      );
      expect(trail.auditTrail.entries).toContainEqual({
        operation: 'taskBoard',
        access: 'READ',
        actorName: 'Riley Chen',
      });
    });
  });

  describe('recurring cards', () => {
    const UPDATE_INTERVENTION =
      'mutation($i: UpdateInterventionInput!) { updateIntervention(input: $i) { id version schedule { kind everyHours } } }';

    it("are generated from an intervention's schedule once per occurrence, even by two generators at once", async () => {
      const demo = await hub.read<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey);
      const patientId = demo.patients.find((p) => p.mrn === 'MRN-100233')?.id ?? '';
      const plan = await hub.read<{
        patient: { carePlan: { problems: { goals: { interventions: { id: string; version: number }[] }[] }[] } };
      }>(
        'query($id: ID!) { patient(id: $id) { carePlan { problems { goals { interventions { id version } } } } } }',
        {
          id: patientId,
        },
        casey,
      );
      const intervention = plan.patient.carePlan.problems.flatMap((p) => p.goals.flatMap((g) => g.interventions))[0];
      if (!intervention) throw new Error('the demo plan has no intervention');
      const bad = await hub.gql(
        UPDATE_INTERVENTION,
        {
          i: { id: intervention.id, expectedVersion: intervention.version, schedule: { kind: 'DAILY' } },
        },
        casey,
      );
      expect(codeOf(bad)).toBe('BAD_USER_INPUT');
      await mutate(UPDATE_INTERVENTION, {
        id: intervention.id,
        expectedVersion: intervention.version,
        schedule: { kind: 'EVERY_N_HOURS', everyHours: 6 },
      });
      const generator = hub.app.services.taskBoards;
      const now = new Date('2026-11-25T17:00:00Z');
      await Promise.all([generator.generateRecurring(now), generator.generateRecurring(now)]);
      expect(await generator.generateRecurring(now)).toBe(0);
      const board = await hub.read<{
        patient: { taskBoard: { tasks: { interventionId: string | null; recurring: boolean; dueAt: string }[] } };
      }>(
        'query($id: ID!) { patient(id: $id) { taskBoard { tasks { interventionId recurring dueAt } } } }',
        { id: patientId },
        casey,
      );
      const cards = board.patient.taskBoard.tasks.filter((t) => t.interventionId === intervention.id);
      // From midnight on New York's clock (05:00Z) until 24 hours after 17:00Z: 00:00, 06:00, 12:00 and 18:00 today,
      // 00:00 and 06:00 tomorrow.
      expect(cards.map((c) => c.dueAt).sort()).toEqual([
        '2026-11-25T05:00:00.000Z',
        '2026-11-25T11:00:00.000Z',
        '2026-11-25T17:00:00.000Z',
        '2026-11-25T23:00:00.000Z',
        '2026-11-26T05:00:00.000Z',
        '2026-11-26T11:00:00.000Z',
      ]);
      expect(cards.every((c) => c.recurring)).toBe(true);
    });
  });

  describe('access on the unit board', () => {
    it('leaves out a card about a patient the reader may no longer see, and sends its events as envelopes only', async () => {
      const admin = await hub.login(ADMIN);
      // There is no mutation that creates a unit (an administrator's import does); Casey works on both.
      const em = hub.app.services.orm.em.fork();
      const other = em.create(Unit, { code: '5E', name: '5 East' });
      await em.flush();
      await hub.read(
        'mutation($i: UnitMemberInput!) { addUnitMember(input: $i) { id } }',
        {
          i: { unitId: other.id, userId: await staffId(CASEY) },
        },
        admin,
      );
      const nurse = await outsider();
      await hub.read(
        'mutation($i: UnitMemberInput!) { addUnitMember(input: $i) { id } }',
        {
          i: { unitId, userId: nurse.id },
        },
        admin,
      );
      const created = await hub.read<{ createPatient: { id: string; version: number } }>(
        'mutation($i: CreatePatientInput!) { createPatient(input: $i) { id version } }',
        {
          i: {
            mrn: `MRN-B-${randomUUID().slice(0, 6)}`,
            name: 'Leaving Patient',
            dateOfBirth: '1944-04-04',
            unitId,
            admittedAt: new Date(Date.now() - 3_600_000).toISOString(),
          },
        },
        casey,
      );
      const patientId = created.createPatient.id;
      const card = await create({ title: 'Walker for the transfer', patientId });
      expect((await readBoard(unitBoard.id, nurse.token)).tasks.map((t) => t.id)).toContain(card.id);
      await hub.read(
        'mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id } }',
        {
          i: { id: patientId, expectedVersion: created.createPatient.version, unitId: other.id },
        },
        casey,
      );
      expect((await readBoard(unitBoard.id, nurse.token)).tasks.map((t) => t.id)).not.toContain(card.id);
      expect(codeOf(await hub.gql('query($id: ID!) { task(id: $id) { id } }', { id: card.id }, nurse.token))).toBe(
        'FORBIDDEN',
      );
      const feed = await collectLive<{ boardEvents: { entityId: string; node: unknown } }>(
        hub.ws(nurse.token),
        EVENTS,
        { b: unitBoard.id },
        await hub.newestEventId(Streams.board(unitBoard.id)),
      );
      await mutate(UPDATE, { id: card.id, expectedVersion: card.version, title: 'Walker sent with the patient' });
      const [event] = await feed.until(1);
      feed.stop();
      expect(event?.boardEvents).toEqual({
        id: expect.any(String),
        kind: 'UPDATED',
        entityType: 'Task',
        entityId: card.id,
        node: null,
      });
    });
  });
});
