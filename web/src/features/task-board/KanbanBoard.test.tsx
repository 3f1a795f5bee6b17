import { MantineProvider } from '@mantine/core';
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { boardKeyboardCoordinates, KanbanBoard, type KanbanProps } from './KanbanBoard.js';
import type { CardTask } from './TaskCard.js';
import { columnCounts, layOut } from './task-board.layout.js';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const columns = [
  { id: 'todo', name: 'To do', position: 'a0' },
  { id: 'doing', name: 'In progress', position: 'a1', wipLimit: 2 },
  { id: 'done', name: 'Done', position: 'a2', done: true },
];
const LA = 'America/Los_Angeles';
const now = Date.parse('2026-11-25T18:00:00Z');
const task = (id: string, columnId: string, position: string, extra: Partial<CardTask> = {}): CardTask => ({
  id,
  title: `Task ${id}`,
  columnId,
  position,
  version: 1,
  ...extra,
});

let root: Root;
let host: HTMLElement;
beforeEach(() => {
  // happy-dom lays nothing out: a column's scroll box gets a real browser's 600 px and a card 96 px,
  // so the virtualiser has a window to fill.
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
    const height = this.classList.contains('task-cell-scroll') ? 600 : 96;
    return { x: 0, y: 0, top: 0, left: 0, bottom: height, right: 240, width: 240, height, toJSON: () => ({}) };
  });
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockImplementation(function (this: HTMLElement) {
    return this.classList.contains('task-cell-scroll') ? 600 : 96;
  });
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(240);
  vi.spyOn(HTMLElement.prototype, 'offsetHeight', 'get').mockReturnValue(96);
  host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
});
afterEach(() => {
  act(() => root.unmount());
  host.remove();
  vi.restoreAllMocks();
});

function render(tasks: CardTask[], extra: Partial<KanbanProps> = {}) {
  const lanes = layOut(columns, tasks, 'none');
  act(() =>
    root.render(
      <MantineProvider>
        <KanbanBoard
          columns={columns}
          tasks={tasks}
          lanes={lanes}
          counts={columnCounts(columns, tasks, tasks)}
          zone={LA}
          now={now}
          showPatient
          readOnly={false}
          formatDue={(v) => v}
          draggedBy={() => null}
          onOpen={() => {}}
          onMove={() => {}}
          {...extra}
        />
      </MantineProvider>,
    ),
  );
}

const cell = (name: RegExp) =>
  [...host.querySelectorAll('section.task-cell')].find((s) => name.test(s.getAttribute('aria-label') ?? ''));

describe('the kanban', () => {
  it('shows each column with its count, and the WIP limit against what is in it', () => {
    render([task('1', 'todo', 'a0'), task('2', 'doing', 'a0'), task('3', 'doing', 'a1'), task('4', 'doing', 'a2')]);
    expect(cell(/^To do, 1 task$/)).toBeTruthy();
    expect(cell(/^In progress, 3 tasks$/)).toBeTruthy();
    const wip = host.querySelector('[aria-label^="Work-in-progress limit 2"]');
    expect(wip?.getAttribute('aria-label')).toBe('Work-in-progress limit 2, over the limit');
    expect(wip?.textContent).toBe('WIP 3/2');
  });

  it('marks overdue and due-soon cards, but not a finished one', () => {
    render([
      task('late', 'todo', 'a0', { dueAt: '2026-11-25T17:00:00Z' }),
      task('soon', 'todo', 'a1', { dueAt: '2026-11-25T19:00:00Z' }),
      task('closed', 'done', 'a0', { dueAt: '2026-11-25T17:00:00Z' }),
    ]);
    expect(host.querySelector('[data-task-id="late"]')?.className).toContain('task-overdue');
    expect(host.querySelector('[data-task-id="late"]')?.textContent).toContain('Overdue');
    expect(host.querySelector('[data-task-id="soon"]')?.className).toContain('task-due-soon');
    expect(host.querySelector('[data-task-id="closed"]')?.className).not.toContain('task-overdue');
  });

  it('gives every card a named grip for the keyboard, and says how to move it', () => {
    render([task('1', 'todo', 'a0', { title: 'Daily weight' })]);
    const grip = host.querySelector('[aria-label="Move Daily weight"]');
    expect(grip?.getAttribute('aria-roledescription')).toBe('draggable task');
    const instructions = document.getElementById(grip?.getAttribute('aria-describedby') ?? '');
    expect(instructions?.textContent).toContain('press space or enter to pick it up');
  });

  it('marks a card someone else is dragging, with their name', () => {
    render([task('1', 'todo', 'a0')], { draggedBy: (id) => (id === '1' ? 'Avery Patel' : null) });
    expect(host.querySelector('[data-task-id="1"]')?.textContent).toContain('Avery Patel is moving this');
  });

  it('a column of 500 tasks puts only a window of its cards in the page', () => {
    const many = Array.from({ length: 500 }, (_, i) => task(String(i), 'todo', `a${String(i).padStart(4, '0')}`));
    render(many);
    expect(cell(/^To do, 500 tasks$/)).toBeTruthy();
    const rendered = host.querySelectorAll('article.task-card').length;
    expect(rendered).toBeGreaterThan(0);
    expect(rendered).toBeLessThan(40);
  });

  it('with rows by patient, each patient gets a row of the columns', () => {
    const tasks = [
      task('1', 'todo', 'a0', { patient: { id: 'p1', name: 'Eleanor Whitfield', bed: '12' } }),
      task('2', 'doing', 'a0', { patient: { id: 'p2', name: 'Marcus Bell', bed: '3' } }),
    ];
    const lanes = layOut(columns, tasks, 'patient');
    render(tasks, { lanes });
    const rows = [...host.querySelectorAll('section.kanban-lane')].map((s) => s.getAttribute('aria-label'));
    expect(rows).toEqual(['Marcus Bell · Bed 3, 1 task', 'Eleanor Whitfield · Bed 12, 1 task']);
  });
});

describe('arrow keys on a lifted card', () => {
  const rect = (left: number, top: number) => ({
    left,
    top,
    width: 200,
    height: 80,
    right: left + 200,
    bottom: top + 80,
  });
  const entry = (id: string, data: Record<string, unknown>) => ({ id, disabled: false, data: { current: data } });
  const entries = [
    entry('a', { type: 'card', laneKey: 'all', columnId: 'todo' }),
    entry('b', { type: 'card', laneKey: 'all', columnId: 'doing' }),
    entry('c', { type: 'card', laneKey: 'all', columnId: 'doing' }),
    entry('cell:all:todo', { type: 'cell', laneKey: 'all', columnId: 'todo' }),
    entry('cell:all:doing', { type: 'cell', laneKey: 'all', columnId: 'doing' }),
    entry('cell:all:done', { type: 'cell', laneKey: 'all', columnId: 'done' }),
  ];
  const rects = new Map<string, ReturnType<typeof rect>>([
    ['a', rect(10, 100)],
    ['b', rect(260, 100)],
    ['c', rect(260, 190)],
    ['cell:all:todo', rect(0, 90)],
    ['cell:all:doing', rect(250, 90)],
    ['cell:all:done', rect(500, 90)],
  ]);
  const press = (code: string, activeId: string, at: ReturnType<typeof rect>) =>
    boardKeyboardCoordinates(() => ['todo', 'doing', 'done'])(
      { code, preventDefault: () => {} } as KeyboardEvent,
      {
        active: activeId,
        currentCoordinates: { x: at.left, y: at.top },
        context: {
          active: entries.find((e) => e.id === activeId),
          over: null,
          collisionRect: at,
          droppableRects: rects,
          droppableContainers: { getEnabled: () => entries, get: (id: string) => entries.find((e) => e.id === id) },
          scrollableAncestors: [],
        },
      } as never,
    );

  it('right goes to the next column’s card nearest in height, left comes back', () => {
    expect(press('ArrowRight', 'a', rect(10, 185))).toEqual({ x: 260, y: 190 });
    expect(press('ArrowLeft', 'c', rect(260, 190))).toEqual({ x: 10, y: 100 });
  });

  it('into an empty column it goes to the column itself; past the last column it stays', () => {
    expect(press('ArrowRight', 'b', rect(260, 100))).toEqual({ x: 500, y: 90 });
    expect(press('ArrowLeft', 'a', rect(10, 100))).toBeUndefined();
  });
});
