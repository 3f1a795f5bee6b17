import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, RILEY, startTestHub, type TestHub } from '@carehub/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../harness/axe.js';
import { launchChromium, signIn } from '../harness/chromium.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
const SOCIAL_WORKER = 'avery.patel@demo.carehub.test';
const EVERYONE = ['Avery Patel', 'Casey Morgan', 'Riley Chen'];
/** A bound on how long a condition may take to show; the tests wait for conditions, never for time. */
const PATIENCE = { timeout: 15_000, interval: 100 };

/**
 * The "done when" of interdisciplinary rounds: a facilitator (the lead case manager), a nurse and
 * a social worker run today's rounds on 4W in three browsers. All three see the pointer move and
 * the same timer (the same server instant), an action item one of them adds becomes a task on the
 * unit's board for the others, presence shows all three and who is typing, and a reload comes
 * back to the same place.
 */
describe('running rounds together in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;
  let facilitator: Page;
  let nurse: Page;
  let socialWorker: Page;

  beforeAll(async () => {
    if (!existsSync(path.join(webDist, 'index.html')))
      throw new Error('web/dist is missing: build the web app first (npm test does)');
    hub = await startTestHub({ WEB_DIST: webDist });
    browser = await launchChromium();
    facilitator = await openRounds(CASEY);
    nurse = await openRounds(RILEY);
    socialWorker = await openRounds(SOCIAL_WORKER);
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  async function openRounds(email: string): Promise<Page> {
    const page = await signIn(browser, hub.url, email);
    await page.getByRole('link', { name: 'Rounds', exact: true }).click();
    await page.getByRole('link', { name: /\(today\)/ }).click();
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await page.getByText('Live', { exact: true }).waitFor();
    return page;
  }
  const pages = () => [facilitator, nurse, socialWorker];
  /** The patient the agenda marks as now discussed on a page (empty before rounds start). */
  const nowDiscussing = (page: Page) =>
    page
      .locator('.rounds-agenda li[data-now]')
      .first()
      .getAttribute('data-patient', { timeout: 1_000 })
      .catch(() => null);
  const timerSince = (page: Page) =>
    page
      .getByTestId('rounds-timer')
      .first()
      .getAttribute('data-since', { timeout: 1_000 })
      .catch(() => null);
  const present = (page: Page) =>
    page
      .getByTestId('rounds-presence')
      .locator('[data-person]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-person')));

  it('shows all three people in the session', async () => {
    for (const page of pages()) await expect.poll(() => present(page), PATIENCE).toEqual(EVERYONE);
    await expectNoSeriousA11yViolations(nurse, 'the rounds participant view');
  });

  it('the facilitator starts and moves the pointer: all three see it move and the same timer', async () => {
    await facilitator.getByRole('button', { name: 'Start rounds' }).click();
    const [first, second] = await facilitator
      .locator('.rounds-agenda li')
      .evaluateAll((items) => items.map((li) => li.getAttribute('data-patient')));
    expect(first).toBeTruthy();
    for (const page of pages()) await expect.poll(() => nowDiscussing(page), PATIENCE).toBe(first);

    await facilitator.getByRole('button', { name: 'Next patient →' }).click();
    for (const page of pages()) await expect.poll(() => nowDiscussing(page), PATIENCE).toBe(second);
    // Following the pointer, the nurse's and social worker's screens show that patient.
    for (const page of [nurse, socialWorker]) {
      await expect.poll(() => page.getByTestId('rounds-patient-name').textContent(), PATIENCE).toBe(second);
    }
    // One timer: every screen runs it from the same server instant.
    await expect.poll(() => timerSince(facilitator), PATIENCE).toMatch(/^\d{4}-/);
    const since = await timerSince(facilitator);
    for (const page of [nurse, socialWorker]) await expect.poll(() => timerSince(page), PATIENCE).toBe(since);
  });

  it('shows who is typing in which field', async () => {
    await nurse.getByRole('textbox', { name: /^Decision/ }).pressSequentially('Hold the evening diuretic');
    for (const page of [facilitator, socialWorker]) {
      await expect
        .poll(() => page.getByTestId('typing-indicator').allTextContents(), PATIENCE)
        .toContain('typing a decision…');
    }
  });

  it('an action item by the social worker appears as a task on the unit board for the others', async () => {
    const title = 'Call the SNF about a bed for Friday';
    await socialWorker.getByRole('textbox', { name: /^Action item/ }).fill(title);
    await socialWorker.getByRole('button', { name: 'Add to the board' }).click();
    for (const page of [facilitator, nurse]) {
      await page.getByTestId('rounds-decisions').getByText(title).waitFor({ timeout: PATIENCE.timeout });
    }
    const me = await hub.read<{ me: { units: { id: string }[] } }>(
      '{ me { units { id } } }',
      {},
      await hub.login(RILEY),
    );
    for (const email of [CASEY, RILEY]) {
      const board = await hub.read<{ unit: { taskBoard: { tasks: { title: string }[] } } }>(
        'query($id: ID!) { unit(id: $id) { taskBoard { tasks { title } } } }',
        { id: me.me.units[0]?.id },
        await hub.login(email),
      );
      expect(board.unit.taskBoard.tasks.map((t) => t.title)).toContain(title);
    }
  });

  it('the room display shows the patient now discussed and their timer; the summary lists the new task', async () => {
    const display = await facilitator.context().newPage();
    await display.goto(facilitator.url().replace(/\/?$/, '/display'));
    const name = await facilitator.locator('.rounds-agenda li[data-now]').getAttribute('data-patient');
    await expect.poll(() => display.getByTestId('display-patient').textContent(), PATIENCE).toBe(name);
    await expect.poll(() => timerSince(display), PATIENCE).toBe(await timerSince(facilitator));
    await expectNoSeriousA11yViolations(display, 'the rounds room display');
    await display.goto(facilitator.url().replace(/\/?$/, '/summary'));
    await display
      .getByRole('region', { name: `Summary: ${name}` })
      .getByText('Call the SNF about a bed for Friday (Avery Patel)')
      .waitFor({ timeout: PATIENCE.timeout });
    await expectNoSeriousA11yViolations(display, 'the after-rounds summary');
    await display.close();
  });

  it('the nurse reloads and comes back into the same state', async () => {
    const patientBefore = await nurse.getByTestId('rounds-patient-name').textContent();
    const since = await timerSince(facilitator);
    await nurse.reload();
    await nurse.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await expect.poll(() => nurse.getByTestId('rounds-patient-name').textContent(), PATIENCE).toBe(patientBefore);
    await expect.poll(() => timerSince(nurse), PATIENCE).toBe(since);
    await expect.poll(() => present(nurse), PATIENCE).toEqual(EVERYONE);
    await expect.poll(() => present(facilitator), PATIENCE).toEqual(EVERYONE);
    await nurse.getByTestId('rounds-decisions').getByText('Call the SNF about a bed for Friday').waitFor();
  });
});
