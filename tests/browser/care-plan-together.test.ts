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
const GOAL = 'Daily weight back within 1 kg of dry weight';

/**
 * A nurse and a social worker work on the same care plan at the same moment: each sees the
 * other's changes within a second, a simultaneous edit of one goal gives one accepted change and
 * one conflict shown to the person who saved second, and nothing is lost.
 */
describe('editing a care plan together in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;
  let nurse: Page;
  let socialWorker: Page;

  beforeAll(async () => {
    if (!existsSync(path.join(webDist, 'index.html')))
      throw new Error('web/dist is missing: build the web app first (npm test does)');
    hub = await startTestHub({ WEB_DIST: webDist });
    browser = await launchChromium();
    nurse = await openPlan(RILEY);
    socialWorker = await openPlan(SOCIAL_WORKER);
    await expectNoSeriousA11yViolations(nurse, 'the patient page with its care plan');
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  async function openPlan(email: string): Promise<Page> {
    const page = await signIn(browser, hub.url, email);
    await page.getByRole('link', { name: 'Patients', exact: true }).click();
    await page.getByRole('link', { name: 'Eleanor Whitfield' }).click();
    const plan = page.getByRole('region', { name: 'Care plan' });
    await plan.getByText(GOAL, { exact: true }).waitFor();
    await plan.getByText('Live', { exact: true }).waitFor();
    return page;
  }

  const goalCard = (page: Page, description = GOAL) => page.getByRole('article', { name: `Goal: ${description}` });

  it('each sees who else has the patient open', async () => {
    await nurse.getByRole('region', { name: 'Also viewing' }).getByText('Avery Patel (SW)').waitFor({ timeout: 2_000 });
    await socialWorker
      .getByRole('region', { name: 'Also viewing' })
      .getByText('Riley Chen (RN)')
      .waitFor({ timeout: 2_000 });
  });

  it('each sees the other’s changes within a second', async () => {
    await socialWorker.getByLabel('New note').fill('Daughter confirms she can stay the first week home.');
    await socialWorker.getByRole('button', { name: 'Add note' }).click();
    await nurse.getByText('Daughter confirms she can stay the first week home.').waitFor({ timeout: 1_000 });
    await nurse.getByRole('log', { name: 'Live changes' }).getByText('Avery Patel added a progress note').waitFor();

    await goalCard(nurse).getByLabel('Done: Strict intake and output').check();
    await expect
      .poll(() => goalCard(socialWorker).getByLabel('Done: Strict intake and output').isChecked(), {
        timeout: 1_000,
        interval: 50,
      })
      .toBe(true);
  });

  it('moving an intervention up reorders it on the other screen within a second', async () => {
    const order = (page: Page) => goalCard(page).locator('.interventions > li').allTextContents();
    expect((await order(socialWorker))[1]).toContain('Strict intake and output');
    await goalCard(nurse)
      .locator('.interventions > li', { hasText: 'Strict intake and output' })
      .getByRole('button', { name: 'Move intervention up' })
      .click();
    await expect
      .poll(async () => (await order(socialWorker))[0], { timeout: 1_000, interval: 50 })
      .toContain('Strict intake and output');
  });

  it('a simultaneous edit of one goal: one change is accepted, the other person sees the conflict, nothing is lost', async () => {
    await goalCard(nurse).getByRole('button', { name: 'Edit goal' }).click();
    await goalCard(socialWorker).getByRole('button', { name: 'Edit goal' }).click();
    const nurseForm = nurse.getByRole('form', { name: 'Edit goal' });
    const workerForm = socialWorker.getByRole('form', { name: 'Edit goal' });
    await nurseForm.getByLabel('Target', { exact: true }).fill('67.5 kg');
    await workerForm
      .getByLabel('Goal', { exact: true })
      .fill('Weight within 1 kg of dry weight, checked by the home nurse');

    await nurseForm.getByRole('button', { name: 'Save goal' }).click();
    await goalCard(nurse).getByText('Target 67.5 kg', { exact: false }).waitFor();
    await workerForm.getByRole('button', { name: 'Save goal' }).click();

    const conflict = socialWorker.getByRole('region', { name: 'Conflict' });
    await conflict.getByRole('alert').waitFor();
    await expect(conflict.textContent()).resolves.toContain('67.5 kg');
    await expectNoSeriousA11yViolations(socialWorker, 'the care plan showing a conflict');

    await conflict.getByRole('button', { name: 'Merge' }).click();
    const kept = 'Weight within 1 kg of dry weight, checked by the home nurse';
    await goalCard(nurse, kept).waitFor({ timeout: 1_000 });
    // The nurse's target survived the social worker's save: both changes are in the goal.
    await expect(goalCard(nurse, kept).textContent()).resolves.toContain('67.5 kg');

    const casey = await hub.login(CASEY);
    const plan = await hub.gql<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey);
    const eleanor = plan.data?.patients.find((p) => p.mrn === 'MRN-100231')?.id;
    const goals = await hub.gql<{
      patient: { carePlan: { problems: { goals: { id: string; description: string }[] }[] } };
    }>(
      'query($id: ID!) { patient(id: $id) { carePlan { problems { goals { id description } } } } }',
      { id: eleanor },
      casey,
    );
    const goal = goals.data?.patient.carePlan.problems[0]?.goals?.find((g) => g.description === kept);
    const history = await hub.gql<{ itemHistory: { actorName: string; kind: string }[] }>(
      'query($id: ID!) { itemHistory(entityType: "Goal", id: $id) { actorName kind } }',
      { id: goal?.id },
      casey,
    );
    expect(history.data?.itemHistory.filter((h) => h.kind === 'UPDATED').map((h) => h.actorName)).toEqual([
      'Riley Chen',
      'Avery Patel',
    ]);
  });

  it('“Keep mine” saves your version as shown, undoing their other change', async () => {
    const second = 'No crackles at lung bases and able to lie flat';
    await goalCard(nurse, second).getByRole('button', { name: 'Edit goal' }).click();
    await goalCard(socialWorker, second).getByRole('button', { name: 'Edit goal' }).click();
    await nurse.getByRole('form', { name: 'Edit goal' }).getByLabel('Target', { exact: true }).fill('clear lungs');
    const workerForm = socialWorker.getByRole('form', { name: 'Edit goal' });
    await workerForm.getByLabel('Goal', { exact: true }).fill('Lungs clear and sleeping flat');
    await nurse.getByRole('form', { name: 'Edit goal' }).getByRole('button', { name: 'Save goal' }).click();
    await goalCard(nurse, second).getByText('Target clear lungs', { exact: false }).waitFor();
    await workerForm.getByRole('button', { name: 'Save goal' }).click();
    const conflict = socialWorker.getByRole('region', { name: 'Conflict' });
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    const kept = goalCard(nurse, 'Lungs clear and sleeping flat');
    await kept.waitFor({ timeout: 1_000 });
    await expect(kept.textContent()).resolves.not.toContain('clear lungs');
  });

  it('comings and goings on the patient are announced to the others', async () => {
    const log = nurse.getByRole('log', { name: 'Live changes' });
    await socialWorker.getByRole('link', { name: 'Patients', exact: true }).click();
    await log.getByText('Avery Patel (SW) left this patient').waitFor({ timeout: 2_000 });
    await socialWorker.getByRole('link', { name: 'Eleanor Whitfield' }).click();
    await log.getByText('Avery Patel (SW) opened this patient').waitFor({ timeout: 2_000 });
  });
});
