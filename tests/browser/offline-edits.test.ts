import { RILEY, type TestHub } from '@carehub/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../harness/axe.js';
import { launchChromium, signIn } from '../harness/chromium.js';
import { holdRequests } from '../harness/hold-requests.js';
import { startWebHub, type WebHub } from '../harness/web-hub.js';

const GOAL = 'Daily weight back within 1 kg of dry weight';
const SECOND_GOAL = 'No crackles at lung bases and able to lie flat';

interface PlanGoal {
  id: string;
  description: string;
  targetValue: string | null;
  version: number;
}

/**
 * Work that survives a network drop: edits made offline wait in the browser (IndexedDB), survive
 * the page going away, and land once each when the hub is back; one that met another person's
 * newer version opens the conflict view; failures are named and set aside, the rest still land.
 * Each test signs in to a browser context of its own (its own IndexedDB, so its own queue) and
 * reads the hub's state as it starts: a test that fails leaves nothing waiting for the next.
 */
describe('edits made offline, in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;
  let nurse: Page;
  let patientId: string;
  let planId: string;
  let must: WebHub['must'];
  const goals = async () => {
    const data = await must<{ patient: { carePlan: { problems: { goals: PlanGoal[] }[] } } }>(
      'query($id: ID!) { patient(id: $id) { carePlan { problems { goals { id description targetValue version } } } } }',
      { id: patientId },
    );
    return data.patient.carePlan.problems.flatMap((p) => p.goals);
  };
  const goal = async (description: string) => {
    const found = (await goals()).find((g) => g.description === description);
    if (!found) throw new Error(`no goal ${description}`);
    return found;
  };
  const notes = async (prefix: string) => {
    const data = await must<{ patient: { carePlan: { notes: { text: string }[] } } }>(
      'query($id: ID!) { patient(id: $id) { carePlan { notes { text } } } }',
      { id: patientId },
    );
    return data.patient.carePlan.notes.filter((n) => n.text.startsWith(prefix));
  };
  const updatesBy = async (goalId: string) => {
    const data = await must<{ itemHistory: { actorName: string; kind: string }[] }>(
      'query($id: ID!) { itemHistory(entityType: "Goal", id: $id) { actorName kind } }',
      { id: goalId },
    );
    return data.itemHistory.filter((h) => h.kind === 'UPDATED').map((h) => h.actorName);
  };

  const plan = () => nurse.getByRole('region', { name: 'Care plan' });
  const goalCard = (description: string) => nurse.getByRole('article', { name: `Goal: ${description}` });
  const status = () => nurse.getByRole('banner').getByRole('status');
  /** A note in the plan's list of progress notes (not the words still in the box). */
  const note = (text: string) =>
    plan().getByRole('region', { name: 'Progress notes' }).getByRole('listitem').getByText(text, { exact: true });
  async function addNote(text: string) {
    await nurse.getByLabel('New note').fill(text);
    await nurse.getByRole('button', { name: 'Add note' }).click();
    await note(text).waitFor({ timeout: 2_000 });
    // Taken as soon as it shows: the box is empty for the next note.
    await expect(nurse.getByLabel('New note').inputValue()).resolves.toBe('');
  }

  async function editTarget(description: string, target: string) {
    await goalCard(description).getByRole('button', { name: 'Edit goal' }).click();
    const form = nurse.getByRole('form', { name: 'Edit goal' });
    await form.getByLabel('Target', { exact: true }).fill(target);
    await form.getByRole('button', { name: 'Save goal' }).click();
    await goalCard(description).getByText(`Target ${target}`, { exact: false }).waitFor({ timeout: 2_000 });
  }

  /**
   * Takes the hub out of the page's reach. Chromium's offline emulation alone lets a request of a
   * page that is being reloaded slip out; the aborted route keeps the hub unreachable throughout.
   */
  let offline = false;
  async function goOffline() {
    offline = true;
    await nurse.context().route('**/graphql', (route) => route.abort('internetdisconnected'));
    await nurse.context().setOffline(true);
    await status().getByText('Offline', { exact: false }).waitFor();
  }
  async function goOnline() {
    offline = false;
    await nurse.context().unroute('**/graphql');
    await nurse.context().setOffline(false);
  }

  async function openPlan() {
    await nurse.goto(`${hub.url}/patients/${patientId}`);
    await plan().getByText(GOAL, { exact: true }).waitFor();
  }

  beforeAll(async () => {
    ({ hub, must, patientId, planId } = await startWebHub());
    browser = await launchChromium();
  });
  beforeEach(async () => {
    offline = false;
    nurse = await signIn(browser, hub.url, RILEY);
    await openPlan();
    await plan().getByText('Live', { exact: true }).waitFor();
  });
  afterEach(async () => {
    await nurse?.context().close();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('three edits made offline survive a reload and land once each; one another person changed meanwhile opens the conflict view', async () => {
    const firstBefore = await goal(GOAL);
    const secondBefore = await goal(SECOND_GOAL);

    await goOffline();
    await editTarget(GOAL, '67.8 kg');
    await editTarget(SECOND_GOAL, 'clear bases');
    await addNote('Offline note: tolerated a short walk.');
    await status().getByText('3 changes waiting', { exact: false }).waitFor();
    expect((await goal(GOAL)).version).toBe(firstBefore.version);
    await nurse.getByRole('button', { name: 'Show changes' }).click();
    const waiting = nurse.getByRole('region', { name: 'Changes not yet saved' });
    await expect(waiting.getByRole('listitem').allTextContents()).resolves.toEqual([
      expect.stringContaining('Goal “Daily weight back within 1 kg of dry weight”: target value — waiting'),
      expect.stringContaining('Goal “No crackles at lung bases and able to lie flat”: target value — waiting'),
      expect.stringContaining('Progress note “Offline note: tolerated a short walk.” — waiting'),
    ]);
    await expectNoSeriousA11yViolations(nurse, 'the patient page offline, with changes waiting');

    // The page goes away while offline; nothing of it is left but what it stored.
    await expect(nurse.reload()).rejects.toThrow();
    expect((await goal(GOAL)).version).toBe(firstBefore.version);
    expect(await notes('Offline note')).toEqual([]);

    // Meanwhile someone else edits the second goal.
    await must('mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { id } }', {
      i: { id: secondBefore.id, expectedVersion: secondBefore.version, targetValue: 'bases clear on auscultation' },
    });

    // Back online: the page opens again; its stored changes show as waiting while the first is held.
    await goOnline();
    const held = await holdRequests(nurse, ['UpdateGoal', 'AddProgressNote']);
    await openPlan();
    await held.arrived(1);
    await status().getByText('3 changes waiting', { exact: false }).waitFor();
    await goalCard(GOAL).getByText('Target 67.8 kg', { exact: false }).waitFor({ timeout: 2_000 });
    await note('Offline note: tolerated a short walk.').waitFor({ timeout: 2_000 });
    expect(held.count()).toBe(1);

    await held.release();
    const conflict = nurse.getByRole('region', { name: 'Conflict' });
    await conflict.getByRole('alert').waitFor();
    await expect(conflict.textContent()).resolves.toContain('bases clear on auscultation');
    await expect(conflict.textContent()).resolves.toContain('clear bases');
    await status().getByText('1 not saved', { exact: false }).waitFor();

    expect((await goal(GOAL)).targetValue).toBe('67.8 kg');
    expect(await updatesBy(firstBefore.id)).toEqual(['Riley Chen']);
    expect(await notes('Offline note')).toHaveLength(1);
    expect(await updatesBy(secondBefore.id)).toEqual(['Casey Morgan']);

    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect.poll(async () => (await goal(SECOND_GOAL)).targetValue).toBe('clear bases');
    expect(await updatesBy(secondBefore.id)).toEqual(['Casey Morgan', 'Riley Chen']);
    await status().getByText('Online', { exact: true }).waitFor();
  });

  it('a hub answering 500 and a refused create are named and set aside; the queue neither stalls nor loops', async () => {
    const before = await goal(GOAL);
    let failedAttempts = 0;
    await nurse.route('**/graphql', async (route) => {
      const operation = (route.request().postDataJSON() as { operationName?: string } | null)?.operationName;
      // While offline the request fails before any hub; once online, the hub fails every goal edit.
      if (operation !== 'UpdateGoal' || offline) return route.fallback();
      failedAttempts += 1;
      await route.fulfill({ status: 500, contentType: 'text/plain', body: 'upstream failure' });
    });
    await goOffline();
    await editTarget(GOAL, '69.9 kg');
    await addNote('Offline note two: after the plan closed.');
    await status().getByText('2 changes waiting', { exact: false }).waitFor();

    // The plan is completed meanwhile: the hub refuses new notes on it.
    const current = await must<{ carePlan: { version: number } }>('query($id: ID!) { carePlan(id: $id) { version } }', {
      id: planId,
    });
    await must('mutation($i: UpdateCarePlanInput!) { updateCarePlan(input: $i) { id } }', {
      i: { id: planId, expectedVersion: current.carePlan.version, status: 'COMPLETED' },
    });

    await goOnline();
    const notices = nurse.getByRole('region', { name: 'Notices' });
    await notices.getByText('This care plan is completed', { exact: false }).waitFor({ timeout: 20_000 });
    await notices.getByText('server error 500', { exact: false }).waitFor({ timeout: 20_000 });
    await expect(notices.textContent()).resolves.toContain('Goal “Daily weight back within 1 kg of dry weight”');
    await expect(notices.textContent()).resolves.toContain('Progress note “Offline note two');
    await status().getByText('2 not saved', { exact: false }).waitFor();
    await expect(status().textContent()).resolves.not.toContain('waiting');
    await expectNoSeriousA11yViolations(nurse, 'the patient page with changes not saved and their notices');
    // Three tries against the failing hub, then set aside: no fourth.
    expect(failedAttempts).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(failedAttempts).toBe(3);
    expect(await goal(GOAL)).toEqual(before);
    expect(await notes('Offline note two')).toEqual([]);
  });
});
