import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, RILEY, startTestHub, type TestHub } from '@carehub/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../harness/axe.js';
import { launchChromium, signIn } from '../harness/chromium.js';
import {
  card,
  cardsByColumn,
  column,
  createCards,
  dragByMouse,
  shownByColumn,
  unitBoard,
} from '../harness/task-board.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
const SOCIAL_WORKER = 'avery.patel@demo.carehub.test';
/** The cards these tests make carry this label, and the screens filter on it, so demo cards stay out of the way. */
const LABEL = 'together';
/** How long a screen may take to show the other's move under a loaded machine: a bound, not the expectation. */
const PATIENCE = { timeout: 10_000 };

/**
 * A nurse and a social worker have the 4W board open at the same time: a card one of them drags
 * (by mouse or keyboard) moves on the other's screen; both moving the same card at once ends
 * with one order on both screens and at the hub, and the one who lost is told why.
 */
describe('the task board together in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;
  let nurse: Page;
  let socialWorker: Page;
  let casey: string;
  let board: Awaited<ReturnType<typeof unitBoard>>;

  beforeAll(async () => {
    if (!existsSync(path.join(webDist, 'index.html')))
      throw new Error('web/dist is missing: build the web app first (npm test does)');
    hub = await startTestHub({ WEB_DIST: webDist });
    casey = await hub.login(CASEY);
    board = await unitBoard(hub, casey);
    const todo = board.column('To do');
    await createCards(hub, casey, board.id, [
      { title: 'Daily weight', columnId: todo, labels: [LABEL] },
      { title: 'Call the daughter about the first week home', columnId: todo, labels: [LABEL] },
      { title: 'Order a shower chair', columnId: todo, labels: [LABEL] },
      { title: 'Teach-back on the fluid limit', columnId: todo, labels: [LABEL] },
    ]);
    browser = await launchChromium();
    [nurse, socialWorker] = await Promise.all([openBoard(RILEY), openBoard(SOCIAL_WORKER)]);
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  async function openBoard(email: string): Promise<Page> {
    const page = await signIn(browser, hub.url, email);
    await page.getByRole('link', { name: 'Unit board' }).click();
    await page.getByRole('heading', { level: 1, name: /4W/ }).waitFor();
    // The filter goes into the address, as a person's click on it would put it there.
    await page.getByLabel('Label', { exact: true }).selectOption(LABEL);
    await page.getByText('Rows by patient').click();
    await page.waitForURL(/label=together/);
    await card(column(page, 'To do'), 'Daily weight').waitFor();
    await page.getByText('Live', { exact: true }).waitFor();
    return page;
  }

  /** Back on the filtered board (the address keeps the filters, so a reload shows the same board). */
  async function backToBoard(page: Page) {
    await page.goto(`${hub.url}/board?label=${LABEL}&lanes=none`);
    await column(page, 'To do').waitFor();
    await page.getByText('Live', { exact: true }).waitFor();
  }

  it('the board passes axe, and so does a task open in the drawer', async () => {
    await expectNoSeriousA11yViolations(nurse, 'the unit board');
    await card(nurse, 'Order a shower chair')
      .getByRole('button', { name: 'Order a shower chair', exact: true })
      .click();
    const drawer = nurse.getByRole('dialog', { name: 'Order a shower chair' });
    await drawer.getByRole('heading', { name: 'Checklist' }).waitFor();
    await expectNoSeriousA11yViolations(nurse, 'the task drawer');
    await drawer.getByRole('button', { name: 'Close task' }).click();
    await drawer.waitFor({ state: 'hidden' });
  });

  it('each sees who else has the board open, and a marker on the card the other is dragging', async () => {
    await nurse.getByRole('region', { name: 'Also viewing' }).getByText('Avery Patel (SW)').waitFor(PATIENCE);
    await socialWorker.getByRole('region', { name: 'Also viewing' }).getByText('Riley Chen (RN)').waitFor(PATIENCE);
    const grip = card(nurse, 'Daily weight').getByRole('button', { name: 'Move Daily weight' });
    await grip.focus();
    await nurse.keyboard.press('Space');
    const marker = card(socialWorker, 'Daily weight').getByText('Riley Chen is moving this');
    await marker.waitFor(PATIENCE);
    await nurse.keyboard.press('Escape');
    await nurse.getByText('Move cancelled. ‘Daily weight’ stays in To do.').waitFor({ state: 'attached' });
    await marker.waitFor({ state: 'detached', ...PATIENCE });
  });

  it('a card dragged by mouse on one screen moves on the other, and the move is said in words', async () => {
    const started = Date.now();
    await dragByMouse(nurse, card(column(nurse, 'To do'), 'Daily weight'), column(nurse, 'In progress'));
    await card(column(nurse, 'In progress'), 'Daily weight').waitFor();
    await nurse.getByText('Moved ‘Daily weight’ to In progress, position 1 of 1.').waitFor({ state: 'attached' });
    await card(column(socialWorker, 'In progress'), 'Daily weight').waitFor(PATIENCE);
    console.info(`mouse drag: the other screen showed the move ${Date.now() - started} ms after the drag began`);
    // The other screen says who moved what, politely, for a screen-reader user.
    await socialWorker
      .getByRole('log', { name: 'Live changes' })
      .getByText('Riley Chen moved ‘Daily weight’ to In progress.')
      .waitFor({ state: 'attached' });
    expect((await cardsByColumn(hub, casey, board.id, LABEL))['In progress']).toEqual(['Daily weight']);
  });

  it('a card moved by keyboard on one screen moves on the other', async () => {
    const grip = card(nurse, 'Order a shower chair').getByRole('button', { name: 'Move Order a shower chair' });
    await grip.focus();
    await nurse.keyboard.press('Space');
    await nurse
      .getByText(/^Picked up ‘Order a shower chair’ in To do, position 2 of 3\.$/)
      .waitFor({ state: 'attached' });
    await nurse.keyboard.press('ArrowRight');
    await nurse
      .getByText(/^‘Order a shower chair’ is over In progress, position \d of 2\.$/)
      .waitFor({ state: 'attached' });
    const started = Date.now();
    await nurse.keyboard.press('Space');
    await nurse
      .getByText(/^Moved ‘Order a shower chair’ to In progress, position \d of 2\.$/)
      .waitFor({ state: 'attached' });
    await card(column(socialWorker, 'In progress'), 'Order a shower chair').waitFor(PATIENCE);
    console.info(`keyboard move: the other screen showed it ${Date.now() - started} ms after the drop`);
    const atHub = await cardsByColumn(hub, casey, board.id, LABEL);
    expect([...(atHub['In progress'] ?? [])].sort()).toEqual(['Daily weight', 'Order a shower chair']);
    // Both screens show the hub's order.
    await expect
      .poll(async () => (await shownByColumn(socialWorker))['In progress'], PATIENCE)
      .toEqual(atHub['In progress']);
    await expect.poll(async () => (await shownByColumn(nurse))['In progress'], PATIENCE).toEqual(atHub['In progress']);
  });

  it('two simultaneous moves of the same card end in one order on both screens and at the hub', async () => {
    const title = 'Teach-back on the fluid limit';
    // Each picks the card up and carries it to a different column; both drop at the same moment.
    for (const [page, columns] of [
      [nurse, ['In progress']],
      [socialWorker, ['In progress', 'Blocked']],
    ] as const) {
      await card(page, title)
        .getByRole('button', { name: `Move ${title}` })
        .focus();
      await page.keyboard.press('Space');
      // Each key waits for the previous one to be taken (said), as a screen-reader user would.
      await page.getByText(new RegExp(`^Picked up ‘${title}’`)).waitFor({ state: 'attached' });
      for (const name of columns) {
        await page.keyboard.press('ArrowRight');
        await page.getByText(new RegExp(`^‘${title}’ is over ${name},`)).waitFor({ state: 'attached' });
      }
    }
    await Promise.all([nurse.keyboard.press('Space'), socialWorker.keyboard.press('Space')]);

    // One move wins; the other screen's card goes back and then follows the winner.
    const settled = async () => {
      const atHub = await cardsByColumn(hub, casey, board.id, LABEL);
      const [a, b] = await Promise.all([shownByColumn(nurse), shownByColumn(socialWorker)]);
      return JSON.stringify(a) === JSON.stringify(atHub) && JSON.stringify(b) === JSON.stringify(atHub) ? atHub : null;
    };
    await expect.poll(settled, PATIENCE).not.toBeNull();
    const atHub = (await settled()) ?? {};
    const columnsWithIt = Object.entries(atHub).filter(([, titles]) => titles.includes(title));
    expect(columnsWithIt).toHaveLength(1);
    expect(Object.values(atHub).flat().sort()).toEqual([
      'Call the daughter about the first week home',
      'Daily weight',
      'Order a shower chair',
      'Teach-back on the fluid limit',
    ]);
    // The one whose move the hub refused is told, in words, on their screen.
    const told = await Promise.all(
      [nurse, socialWorker].map((page) =>
        page.getByText(/^Not saved — Task ‘Teach-back on the fluid limit’: moved/).count(),
      ),
    );
    expect(told.filter((n) => n > 0)).toHaveLength(1);
  });

  it('in the drawer: a checklist item and a comment with an @mention reach the other screen', async () => {
    const title = 'Call the daughter about the first week home';
    await card(nurse, title).getByRole('button', { name: title, exact: true }).click();
    const drawer = nurse.getByRole('dialog', { name: title });
    await drawer.getByLabel('New checklist item').fill('Confirm the home address');
    await drawer.getByRole('button', { name: 'Add item' }).click();
    await drawer.getByRole('checkbox', { name: 'Confirm the home address' }).waitFor();
    const box = drawer.getByRole('combobox', { name: 'New comment' });
    await box.fill('@Aver');
    await drawer
      .getByRole('listbox', { name: 'People to mention' })
      .getByRole('option', { name: 'Avery Patel (SW)' })
      .waitFor();
    await box.press('Enter');
    await box.pressSequentially('can you call her today?');
    await expect(box.inputValue()).resolves.toBe('@Avery Patel can you call her today?');
    await drawer.getByRole('button', { name: 'Add comment' }).click();
    await drawer.locator('.mention', { hasText: '@Avery Patel' }).waitFor();
    await drawer.getByRole('button', { name: 'Close task' }).click();

    // The social worker's card shows the checklist; their drawer shows the comment, the mention marked.
    await card(socialWorker, title).getByText('☑ 0/1').waitFor(PATIENCE);
    await card(socialWorker, title).getByRole('button', { name: title, exact: true }).click();
    const theirs = socialWorker.getByRole('dialog', { name: title });
    await theirs.locator('.mention', { hasText: '@Avery Patel' }).waitFor(PATIENCE);
    await theirs.getByText('can you call her today?').waitFor();
    await expectNoSeriousA11yViolations(socialWorker, 'the task drawer with a checklist and a comment');
    await theirs.getByRole('button', { name: 'Close task' }).click();
    const atHub = await hub.read<{
      taskBoard: { tasks: { title: string; checklist: { text: string }[]; commentCount: number }[] };
    }>(
      'query($id: ID!) { taskBoard(id: $id) { tasks { title checklist { text } commentCount } } }',
      { id: board.id },
      casey,
    );
    const task = atHub.taskBoard.tasks.find((t) => t.title === title);
    expect(task?.checklist.map((c) => c.text)).toEqual(['Confirm the home address']);
    expect(task?.commentCount).toBe(1);
  });

  it('two people editing one task’s details at once: the second sees both versions and merges', async () => {
    const title = 'Daily weight';
    for (const page of [nurse, socialWorker]) {
      await card(page, title).getByRole('button', { name: title, exact: true }).click();
      await page.getByRole('dialog', { name: title }).getByRole('button', { name: 'Edit details' }).click();
    }
    const nurseForm = nurse.getByRole('form', { name: 'Edit task' });
    const workerForm = socialWorker.getByRole('form', { name: 'Edit task' });
    await nurseForm.getByLabel('Title').fill('Daily weight before breakfast');
    await workerForm.getByLabel('Description').fill('Same scale, same time, after voiding.');
    await nurseForm.getByRole('button', { name: 'Save task' }).click();
    await card(socialWorker, 'Daily weight before breakfast').waitFor(PATIENCE);
    await workerForm.getByRole('button', { name: 'Save task' }).click();
    const conflict = socialWorker.getByRole('region', { name: 'Conflict' });
    await conflict.getByRole('alert').waitFor(PATIENCE);
    await expect(conflict.textContent()).resolves.toContain('Daily weight before breakfast');
    await conflict.getByRole('button', { name: 'Merge' }).click();
    const read = async () =>
      (
        await hub.read<{ taskBoard: { tasks: { title: string; description: string | null }[] } }>(
          'query($id: ID!) { taskBoard(id: $id) { tasks { title description } } }',
          { id: board.id },
          casey,
        )
      ).taskBoard.tasks.find((t) => t.title === 'Daily weight before breakfast')?.description;
    await expect.poll(read, PATIENCE).toBe('Same scale, same time, after voiding.');
    for (const page of [nurse, socialWorker]) await page.keyboard.press('Escape');
  });

  it('a task added for a patient on the unit board shows live in the Tasks section of their page', async () => {
    await nurse.getByRole('link', { name: 'Patients', exact: true }).click();
    await nurse.getByRole('link', { name: 'Eleanor Whitfield' }).click();
    const tasks = nurse.getByRole('region', { name: 'Tasks' });
    await tasks.waitFor();
    await nurse.getByText('Live', { exact: true }).first().waitFor();
    const form = socialWorker.getByRole('form', { name: 'New task' });
    await form.getByLabel('New task').fill('Arrange a home safety visit');
    await form.getByLabel('For patient').selectOption({ label: 'Eleanor Whitfield' });
    await form.getByRole('button', { name: 'Add task' }).click();
    await tasks.getByRole('link', { name: 'Arrange a home safety visit' }).waitFor(PATIENCE);
    await expectNoSeriousA11yViolations(nurse, 'the patient page with its tasks');
  });

  it('a card dragged by touch (press and hold) moves on the other screen', async () => {
    const title = 'Call the daughter about the first week home';
    await Promise.all([backToBoard(nurse), backToBoard(socialWorker)]);
    const from = await card(column(nurse, 'To do'), title).boundingBox();
    const to = await column(nurse, 'Blocked').boundingBox();
    if (!from || !to) throw new Error('card or column not on screen');
    const cdp = await nurse.context().newCDPSession(nurse);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 1 });
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', x: number, y: number) =>
      cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x, y }] });
    const start = { x: from.x + from.width / 2, y: from.y + 14 };
    await touch('touchStart', start.x, start.y);
    // Held still past the press-and-hold delay: the card is picked up (a quick swipe would scroll).
    await nurse.getByText(`Picked up ‘${title}’ in To do`, { exact: false }).waitFor({ state: 'attached' });
    for (let step = 1; step <= 10; step++)
      await touch(
        'touchMove',
        start.x + ((to.x + to.width / 2 - start.x) * step) / 10,
        start.y + ((to.y + 40 - start.y) * step) / 10,
      );
    await touch('touchEnd', 0, 0);
    await card(column(nurse, 'Blocked'), title).waitFor();
    await card(column(socialWorker, 'Blocked'), title).waitFor(PATIENCE);
    expect((await cardsByColumn(hub, casey, board.id, LABEL)).Blocked).toContain(title);
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: false });
  });

  it('a card given to the nurse shows under My work on her screen', async () => {
    const title = 'Order a shower chair';
    await card(socialWorker, title).getByRole('button', { name: title, exact: true }).click();
    const drawer = socialWorker.getByRole('dialog', { name: title });
    await drawer.getByLabel('Person').selectOption({ label: 'Riley Chen (RN)' });
    await card(socialWorker, title).getByText('Riley Chen').waitFor(PATIENCE);
    await drawer.getByRole('button', { name: 'Close task' }).click();
    await nurse.getByRole('link', { name: 'My work' }).click();
    await nurse.getByRole('heading', { level: 1, name: 'My work' }).waitFor();
    await nurse.getByRole('link', { name: title }).waitFor(PATIENCE);
    await expectNoSeriousA11yViolations(nurse, 'My work');
    // It opens on its board, in the drawer.
    await nurse.getByRole('link', { name: title }).click();
    await nurse.getByRole('dialog', { name: title }).waitFor();
  });
});
