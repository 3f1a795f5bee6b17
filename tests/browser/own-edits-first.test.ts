import { RILEY, type TestHub } from '@carehub/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signIn } from '../harness/chromium.js';
import { holdRequests } from '../harness/hold-requests.js';
import { startWebHub, type WebHub } from '../harness/web-hub.js';

const GOAL = 'Daily weight back within 1 kg of dry weight';
const SECOND_GOAL = 'No crackles at lung bases and able to lie flat';

/**
 * The editor's own change is on screen before the hub answers. Each test holds the page's
 * mutation at the network edge (and the network is slowed to 300 ms besides); the screen is
 * checked while the request is held — so before any answer can exist — then the request is let
 * go and the hub's data is checked.
 */
describe('own edits show before the hub answers, in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;
  let nurse: Page;
  let patientId: string;
  let must: WebHub['must'];

  beforeAll(async () => {
    ({ hub, must, patientId } = await startWebHub());
    browser = await launchChromium();
    nurse = await signIn(browser, hub.url, RILEY);
    const cdp = await nurse.context().newCDPSession(nurse);
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 300,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
    await nurse.getByRole('link', { name: 'Patients', exact: true }).click();
    await nurse.getByRole('link', { name: 'Eleanor Whitfield' }).click();
    await plan().getByText(GOAL, { exact: true }).waitFor();
    await plan().getByText('Live', { exact: true }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  const plan = () => nurse.getByRole('region', { name: 'Care plan' });
  const goalCard = (description = GOAL) => nurse.getByRole('article', { name: `Goal: ${description}` });
  const goals = () =>
    must<{
      patient: {
        carePlan: { problems: { goals: { id: string; description: string; targetValue: string | null }[] }[] };
      };
    }>('query($id: ID!) { patient(id: $id) { carePlan { problems { goals { id description targetValue } } } } }', {
      id: patientId,
    }).then((d) => d.patient.carePlan.problems.flatMap((p) => p.goals));

  it('a goal edit is on screen while its request is still held, then saved', async () => {
    const held = await holdRequests(nurse, ['UpdateGoal']);
    await goalCard().getByRole('button', { name: 'Edit goal' }).click();
    const form = nurse.getByRole('form', { name: 'Edit goal' });
    await form.getByLabel('Target', { exact: true }).fill('66.9 kg');
    await form.getByRole('button', { name: 'Save goal' }).click();
    await held.arrived(1);
    await goalCard().getByText('Target 66.9 kg', { exact: false }).waitFor({ timeout: 2_000 });
    expect(held.count()).toBe(1);
    expect((await goals()).find((g) => g.description === GOAL)?.targetValue).not.toBe('66.9 kg');

    await held.release();
    await expect.poll(async () => (await goals()).find((g) => g.description === GOAL)?.targetValue).toBe('66.9 kg');
    await goalCard().getByText('Target 66.9 kg', { exact: false }).waitFor();
  });

  it('a progress note, a done tick and a move show while their requests are held', async () => {
    const interventions = async () => {
      const data = await must<{
        patient: {
          carePlan: {
            notes: { text: string }[];
            problems: { goals: { description: string; interventions: { action: string; status: string }[] }[] }[];
          };
        };
      }>(
        'query($id: ID!) { patient(id: $id) { carePlan { notes { text } problems { goals { description interventions { action status } } } } } }',
        { id: patientId },
      );
      const goal = data.patient.carePlan.problems.flatMap((p) => p.goals).find((g) => g.description === GOAL);
      return { notes: data.patient.carePlan.notes, list: goal?.interventions ?? [] };
    };
    const before = (await interventions()).list;
    const weigh = 'Weigh before breakfast on the same scale; report a gain over 1 kg';
    const weighStatus = before.find((i) => i.action === weigh)?.status;
    const second = before[1]?.action ?? '';

    const held = await holdRequests(nurse, ['AddProgressNote', 'UpdateIntervention', 'MoveIntervention']);
    await nurse.getByLabel('New note').fill('Held note: weight down 0.4 kg overnight.');
    await nurse.getByRole('button', { name: 'Add note' }).click();
    await held.arrived(1);
    await plan()
      .getByRole('region', { name: 'Progress notes' })
      .getByRole('listitem')
      .getByText('Held note: weight down 0.4 kg overnight.', { exact: true })
      .waitFor({ timeout: 2_000 });
    await expect(nurse.getByLabel('New note').inputValue()).resolves.toBe('');

    const done = goalCard().getByLabel(`Done: ${weigh}`);
    await done.click();
    const rows = goalCard().locator('.interventions > li');
    await rows.nth(1).getByRole('button', { name: 'Move intervention up' }).click();
    // Sent in order, one at a time: the note is held, the other two wait behind it in the queue.
    await expect.poll(() => done.isChecked(), { timeout: 2_000 }).toBe(weighStatus !== 'DONE');
    await expect.poll(async () => rows.first().textContent(), { timeout: 2_000 }).toContain(second);
    expect(held.count()).toBe(1);

    await held.release();
    await expect
      .poll(async () => {
        const now = await interventions();
        return {
          notes: now.notes.filter((n) => n.text.startsWith('Held note')).length,
          first: now.list[0]?.action,
          weigh: now.list.find((i) => i.action === weigh)?.status,
        };
      })
      .toEqual({ notes: 1, first: second, weigh: weighStatus === 'DONE' ? 'IN_PROGRESS' : 'DONE' });
  });

  it('a sign-off and a new care-team member show while their requests are held', async () => {
    const held = await holdRequests(nurse, ['SignOffCarePlan', 'AddCareTeamMember']);
    await plan().getByRole('button', { name: 'Sign off as RN' }).click();
    await held.arrived(1);
    await plan().getByRole('button', { name: 'Signed off (RN)' }).waitFor({ timeout: 2_000 });

    const team = nurse.getByRole('region', { name: 'Care team' });
    await team.getByRole('button', { name: 'Add member' }).click();
    const form = team.getByRole('form', { name: 'Add care team member' });
    await form.getByLabel('Staff member').selectOption({ label: 'Morgan Lee (OT)' });
    await form.getByRole('button', { name: 'Add' }).click();
    await held.arrived(2);
    await team.getByText('Morgan Lee', { exact: true }).waitFor({ timeout: 2_000 });
    expect(held.count()).toBe(2);

    await held.release();
    await expect
      .poll(async () => {
        const data = await must<{ patient: { careTeam: { user: { name: string } }[] } }>(
          'query($id: ID!) { patient(id: $id) { careTeam { user { name } } } }',
          { id: patientId },
        );
        return data.patient.careTeam.map((m) => m.user.name);
      })
      .toContain('Morgan Lee');
  });

  it('an edit the hub refuses is rolled back, and the editor says why', async () => {
    const held = await holdRequests(nurse, ['UpdateGoal']);
    await goalCard(SECOND_GOAL).getByRole('button', { name: 'Edit goal' }).click();
    const form = nurse.getByRole('form', { name: 'Edit goal' });
    await form.getByRole('textbox', { name: 'Target date' }).fill('1990-01-02');
    await form.getByRole('textbox', { name: 'Target date' }).press('Tab');
    await form.getByRole('button', { name: 'Save goal' }).click();
    await held.arrived(1);
    await goalCard(SECOND_GOAL).getByText('by Jan 2, 1990', { exact: false }).waitFor({ timeout: 2_000 });

    await held.release();
    const reopened = nurse.getByRole('form', { name: 'Edit goal' });
    await reopened.getByText('targetDate cannot be before the plan starts', { exact: false }).waitFor();
    await expect(reopened.getByRole('textbox', { name: 'Target date' }).inputValue()).resolves.toBe('Jan 2, 1990');
    await reopened.getByRole('button', { name: 'Cancel' }).click();
    await expect(goalCard(SECOND_GOAL).textContent()).resolves.not.toContain('1990');
  });

  it('an edit that meets another person’s newer version opens the side-by-side view', async () => {
    const held = await holdRequests(nurse, ['UpdateGoal']);
    await goalCard().getByRole('button', { name: 'Edit goal' }).click();
    const form = nurse.getByRole('form', { name: 'Edit goal' });
    await form.getByLabel('Target', { exact: true }).fill('66.0 kg');
    await form.getByRole('button', { name: 'Save goal' }).click();
    await held.arrived(1);
    await goalCard().getByText('Target 66.0 kg', { exact: false }).waitFor({ timeout: 2_000 });

    const goal = (await goals()).find((g) => g.description === GOAL);
    const current = await must<{ patient: { carePlan: { problems: { goals: { id: string; version: number }[] }[] } } }>(
      'query($id: ID!) { patient(id: $id) { carePlan { problems { goals { id version } } } } }',
      { id: patientId },
    );
    const version = current.patient.carePlan.problems.flatMap((p) => p.goals).find((g) => g.id === goal?.id)?.version;
    await must('mutation($i: UpdateGoalInput!) { updateGoal(input: $i) { id } }', {
      i: { id: goal?.id, expectedVersion: version, targetValue: '65.5 kg' },
    });

    await held.release();
    const conflict = nurse.getByRole('region', { name: 'Conflict' });
    await conflict.getByRole('alert').waitFor();
    await expect(conflict.textContent()).resolves.toContain('65.5 kg');
    await expect(conflict.textContent()).resolves.toContain('66.0 kg');
    await conflict.getByRole('button', { name: 'Take theirs' }).click();
    await goalCard().getByText('Target 65.5 kg', { exact: false }).waitFor();
  });
});
