import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, RILEY, startTestHub } from '@carehub/api/testing';
import type { Page } from 'playwright-core';
import { afterAll, bench, describe } from 'vitest';
import { launchChromium, signIn } from '../harness/chromium.js';
import { card, column, unitBoard } from '../harness/task-board.js';

/**
 * A 500-card board in Chromium: how long the 4W board takes to open (navigation until every
 * column shows its cards) with 500 cards and, as the baseline, with the same data filtered to
 * 20 cards; and the whole gesture of moving a card (keyboard and mouse). Printed at the end:
 * the page's own clock for the opening (performance.now() from navigation start to cards shown)
 * and the drop alone (key or button released until the card is in its new column), both on the
 * page's own clock. Figures only: nothing here asserts on time.
 */
const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
if (!existsSync(path.join(webDist, 'index.html'))) throw new Error('web/dist is missing: run pnpm run build first');
const CARDS = 500;
const SMALL = 20;

const hub = await startTestHub({ WEB_DIST: webDist });
const casey = await hub.login(CASEY);
const board = await unitBoard(hub, casey);
const columns = ['To do', 'In progress', 'Blocked', 'Done'].map((name) => board.column(name));
/** Of every ten cards: six to do, two in progress, one blocked, one done. */
const SPREAD = [0, 0, 0, 0, 0, 0, 1, 1, 2, 3];
// 500 cards spread over the four columns (mostly To do, as on a busy unit), a few at a time.
for (let start = 0; start < CARDS; start += 10) {
  await Promise.all(
    Array.from({ length: Math.min(10, CARDS - start) }, (_, k) => {
      const n = start + k;
      const columnId = columns[SPREAD[n % 10] ?? 0];
      return hub.read(
        'mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }',
        {
          i: {
            boardId: board.id,
            columnId,
            title: `Bench card ${String(n).padStart(3, '0')}`,
            labels: n < SMALL ? ['bench', 'bench-small'] : ['bench'],
            discipline: ['RN', 'SW', 'PT', 'OT', 'MD'][n % 5],
            dueAt: new Date(Date.now() + (n - 100) * 15 * 60_000).toISOString(),
          },
        },
        casey,
      );
    }),
  );
}

const browser = await launchChromium();
const page = await signIn(browser, hub.url, RILEY);
await page.setViewportSize({ width: 1440, height: 900 });
const pageClock: Record<string, number[]> = {
  'open, 500 cards': [],
  'open, 20 cards': [],
  'keyboard drop until shown in the new column': [],
  'mouse release until shown in the new column': [],
};

afterAll(async () => {
  for (const [what, samples] of Object.entries(pageClock)) {
    if (samples.length === 0) continue;
    const sorted = [...samples].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    console.info(
      `${what}: median ${median.toFixed(0)} ms, min ${sorted[0]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms (${samples.length} samples)`,
    );
  }
  await browser.close();
  await hub.stop();
});

/** Opens the board at `query` and waits until every column has drawn its cards; returns the page's own time. */
async function open(target: Page, query: string): Promise<number> {
  await target.goto(`${hub.url}/board?${query}`);
  const handle = await target.waitForFunction(
    () => {
      const cells = [...document.querySelectorAll('section.task-cell')];
      const drawn = cells.every((c) => c.querySelector('article.task-card, .task-cell-empty'));
      return cells.length >= 4 && drawn && document.querySelector('article.task-card') ? performance.now() : null;
    },
    undefined,
    { polling: 'raf' },
  );
  return (await handle.jsonValue()) as number;
}

/**
 * The drop alone, on the page's own clock: from the key press or mouse release that drops the
 * card (seen by a capturing listener) until the card is in its new column's DOM (a mutation
 * observer), so the test driver's polling is not counted.
 */
async function timedDrop(
  target: Page,
  event: 'keydown' | 'mouseup',
  toColumn: string,
  title: string,
  drop: () => Promise<void>,
  samples: number[],
) {
  await target.evaluate(
    ({ event, toColumn, title }) => {
      const w = window as unknown as { dropTime?: Promise<number> };
      w.dropTime = new Promise<number>((resolve) => {
        let started = 0;
        window.addEventListener(
          event,
          () => {
            started = performance.now();
          },
          { capture: true, once: true },
        );
        const observer = new MutationObserver(() => {
          const cell = document.querySelector(`section.task-cell[aria-label^="${toColumn},"]`);
          if (started && cell?.querySelector(`article[aria-label="${title}"]`)) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        });
        observer.observe(document.body, { subtree: true, childList: true, attributes: true });
      });
    },
    { event, toColumn, title },
  );
  await drop();
  samples.push(await target.evaluate(() => (window as unknown as { dropTime: Promise<number> }).dropTime));
}

describe('opening the 4W board in Chromium', () => {
  bench(
    'baseline: the board filtered to 20 cards',
    async () => {
      pageClock['open, 20 cards']?.push(await open(page, 'lanes=none&label=bench-small'));
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
  bench(
    'all 500 cards, virtualised columns',
    async () => {
      pageClock['open, 500 cards']?.push(await open(page, 'lanes=none'));
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
  bench(
    'all 500 cards in rows by patient',
    async () => {
      await open(page, '');
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
});

let moves = 0;
describe('dropping a card on the 500-card board', () => {
  bench(
    'keyboard: pick up, one column right, drop — until the card shows there',
    async () => {
      if (!page.url().includes('lanes=none') || page.url().includes('label=')) await open(page, 'lanes=none');
      // Alternate between the first two columns so every drop moves a card.
      const [from, to] = moves++ % 2 === 0 ? ['To do', 'In progress'] : ['In progress', 'To do'];
      const first = column(page, from).locator('article.task-card').first();
      const title = (await first.getAttribute('aria-label')) ?? '';
      await first.getByRole('button', { name: `Move ${title}` }).focus();
      await page.keyboard.press('Space');
      await page.getByText(`Picked up ‘${title}’`, { exact: false }).waitFor({ state: 'attached' });
      await page.keyboard.press(moves % 2 === 1 ? 'ArrowRight' : 'ArrowLeft');
      await page.getByText(new RegExp(`is over ${to},`)).waitFor({ state: 'attached' });
      await timedDrop(
        page,
        'keydown',
        to,
        title,
        () => page.keyboard.press('Space'),
        pageClock['keyboard drop until shown in the new column'] ?? [],
      );
      await card(column(page, to), title).waitFor();
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
  bench(
    'mouse: drag from one column into the next — until the card shows there',
    async () => {
      if (!page.url().includes('lanes=none') || page.url().includes('label=')) await open(page, 'lanes=none');
      const from = column(page, 'Blocked');
      const to = column(page, 'Done');
      const first = from.locator('article.task-card').first();
      const title = (await first.getAttribute('aria-label')) ?? '';
      const a = await first.boundingBox();
      const b = await to.boundingBox();
      if (!a || !b) throw new Error('not on screen');
      await page.mouse.move(a.x + a.width / 2, a.y + 12);
      await page.mouse.down();
      await page.mouse.move(a.x + a.width / 2 + 10, a.y + 20, { steps: 2 });
      await page.mouse.move(b.x + b.width / 2, b.y + 40, { steps: 6 });
      await timedDrop(
        page,
        'mouseup',
        'Done',
        title,
        () => page.mouse.up(),
        pageClock['mouse release until shown in the new column'] ?? [],
      );
      await card(to, title).waitFor();
    },
    { iterations: 5, warmupIterations: 1, time: 0 },
  );
});
