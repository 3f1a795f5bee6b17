import { CASEY, startTestHub } from '@carehub/api/testing';
import { bench, describe } from 'vitest';
import { ms, percentile, ratio, record } from './support/results.js';

/**
 * Task moves per second: a card moved between two columns of the unit's board through the task
 * board's `moveTask` (policy, version check, the card's row, an event appended under the stream
 * lock, an audit row, publish after commit) against the same move as a plain ORM transaction
 * (the card read, the target column's cards read, the card's row updated — no event, no audit row,
 * no publish). Both run in this process on the same embedded database, one move after another.
 */
const MOVES = Number(process.env.BENCH_TASK_MOVES ?? 200);

const hub = await startTestHub();
const { orm, taskBoards, identity } = hub.app.services;
const viewer = await identity.authenticate(await hub.login(CASEY));
const caller = { viewer, requestId: 'bench', ip: '127.0.0.1' };
const { Task } = await import('../../api/src/modules/task-board/task-board.entity.js');

// Two open cards of the unit's board and two of its open columns (not Done: a move there completes the card).
const connection = orm.em.getConnection();
const cards = (await connection.execute(
  `select t.id, t.board_id as "boardId" from task t join task_board_column c on c.id = t.column_id
   join task_board b on b.id = t.board_id
   where b.patient_id is null and c.completes = ? and t.archived_at is null order by t.id limit 2`,
  [false],
)) as { id: string; boardId: string }[];
const [carehubCard, plainCard] = cards;
if (!carehubCard || !plainCard) throw new Error('the demo unit board has fewer than two open cards');
const columns = (
  (await connection.execute(
    'select id from task_board_column where board_id = ? and completes = ? and archived_at is null order by position',
    [carehubCard.boardId, false],
  )) as { id: string }[]
).map((c) => c.id);
if (columns.length < 2) throw new Error('the unit board has fewer than two open columns');

const times = { carehub: [] as number[], plain: [] as number[] };
let n = 0;
const target = () => columns[n++ % 2] as string;

async function moveThroughCareHub() {
  const em = orm.em.fork();
  const current = await em.findOneOrFail(Task, { id: carehubCard?.id });
  const start = performance.now();
  await taskBoards.moveTask(caller, {
    id: current.id,
    expectedVersion: current.version,
    columnId: target(),
    afterId: null,
  });
  times.carehub.push(performance.now() - start);
}

async function movePlainly() {
  const em = orm.em.fork();
  const current = await em.findOneOrFail(Task, { id: plainCard?.id });
  const start = performance.now();
  await em.fork().transactional(async (tx) => {
    const card = await tx.findOneOrFail(Task, { id: current.id });
    const columnId = target();
    // Read as moveTask reads them, to place the card among them.
    await tx.find(Task, { columnId, archivedAt: null }, { orderBy: { position: 'asc' } });
    card.position = `a${String(n).padStart(6, '0')}`;
    card.columnId = columnId;
    card.updatedAt = new Date();
  });
  times.plain.push(performance.now() - start);
}

const options = { iterations: 1, time: 0, warmupIterations: 1, warmupTime: 0 } as const;
describe('moving a card between two columns', () => {
  bench(
    'baseline: the same update in a plain ORM transaction',
    async () => {
      times.plain.length = 0;
      for (let i = 0; i < MOVES; i++) await movePlainly();
    },
    options,
  );
  bench(
    'CareHub: moveTask (event log, audit row, publish)',
    async () => {
      times.carehub.length = 0;
      for (let i = 0; i < MOVES; i++) await moveThroughCareHub();
    },
    {
      ...options,
      teardown: async (_task: unknown, mode?: string) => {
        if (mode !== 'run') return;
        report();
        await hub.stop();
      },
    },
  );
});

function report() {
  const perSecond = (xs: number[]) => (xs.length * 1000) / xs.reduce((a, b) => a + b, 0);
  const [c, p] = [perSecond(times.carehub), perSecond(times.plain)];
  record('task-moves', {
    order: 6,
    title: 'Task moves per second: with the event log and publish, against the same update without them',
    table: [
      ['moves', 'CareHub moves/s (p50)', 'plain update moves/s (p50)', 'ratio'],
      [
        String(times.carehub.length),
        `${c.toFixed(0)} (${ms(percentile(times.carehub, 0.5))})`,
        `${p.toFixed(0)} (${ms(percentile(times.plain, 0.5))})`,
        ratio(c / p),
      ],
    ],
    notes: [
      'One card of the unit’s board moved back and forth between two open columns, one move after another, on the',
      'embedded SQLite database in this process. CareHub: the task board’s moveTask (policy check, version check, the',
      'card’s row, its event appended under the stream lock, an audit row, publish after commit). Baseline: the same',
      'reads and the same row update in a plain ORM transaction. Ratio = CareHub / baseline moves per second (target ≥ 0.8×).',
    ],
  });
}
