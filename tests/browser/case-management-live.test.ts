import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, RILEY, startTestHub, type TestHub } from '@carehub/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../harness/axe.js';
import { launchChromium, signIn } from '../harness/chromium.js';
import { card, column } from '../harness/task-board.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
const SOCIAL_WORKER = 'avery.patel@demo.carehub.test';
const PATIENT = 'Eleanor Whitfield';

/**
 * A social worker screens a patient with the AHC HRSN tool (in Spanish, with an interpreter) while the
 * case manager has the same patient open and a nurse the patient's board: the need the answers raise
 * appears on the case manager's screen, and its task on the nurse's board, without a reload.
 * Another team member records more ED visits for a patient, and the case manager's high-risk
 * worklist reorders by the recomputed LACE score. A discharge checklist item done by one raises the
 * plan's readiness on the other's screen.
 */
describe('social needs, readmission risk and discharge, live in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;
  let caseManager: Page;

  beforeAll(async () => {
    if (!existsSync(path.join(webDist, 'index.html')))
      throw new Error('web/dist is missing: build the web app first (npm test does)');
    hub = await startTestHub({ WEB_DIST: webDist });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  async function openPatient(email: string): Promise<Page> {
    const page = await signIn(browser, hub.url, email);
    await page.getByRole('link', { name: 'Patients', exact: true }).click();
    await page.getByRole('link', { name: PATIENT }).click();
    await page.getByRole('region', { name: 'Social needs' }).waitFor();
    return page;
  }

  it('the caseload’s Risk column shows the LACE score, or that it is incomplete', async () => {
    const page = await signIn(browser, hub.url, CASEY);
    const row = (name: string) =>
      page.getByRole('table', { name: 'My caseload' }).getByRole('row', { name: new RegExp(name) });
    await row('Eleanor Whitfield').getByText('LACE 12', { exact: true }).waitFor();
    await row('Grace Liu').getByText('LACE incomplete', { exact: true }).waitFor();
    await page.context().close();
  });

  it('a social worker’s screening answers, in Spanish with an interpreter, raise a need and a task that appear live on other screens', async () => {
    caseManager = await openPatient(CASEY);
    const socialWorker = await openPatient(SOCIAL_WORKER);
    for (const page of [caseManager, socialWorker]) {
      await page.getByRole('region', { name: 'Social needs' }).getByText('No social needs identified.').waitFor();
    }
    // The nurse has the patient's task board open on her own screen, showing its social-need cards.
    const nurse = await signIn(browser, hub.url, RILEY);
    const patientId = new URL(caseManager.url()).pathname.split('/')[2] ?? '';
    await nurse.goto(`${hub.url}/patients/${patientId}/tasks?label=social-need`);
    await column(nurse, 'To do').waitFor();
    await nurse.getByText('Live', { exact: true }).waitFor();

    const panel = socialWorker.getByRole('region', { name: 'Social needs' });
    await panel.getByLabel('Offer the screening in').selectOption('SPANISH');
    await panel.getByLabel('Interpreter used').check();
    await panel.getByRole('button', { name: 'Start screening' }).click();
    await panel.getByText('Interpreter used for this screening.').waitFor();

    // The tool's Spanish wording, each line with its English for the clinician.
    const question = (n: number) =>
      panel.getByRole(n === 2 ? 'group' : 'radiogroup', { name: new RegExp(`^${n}\\. `) });
    await panel.getByRole('radiogroup', { name: '1. ¿Cuál es su situación de vivienda hoy?' }).waitFor();
    await panel.getByText('What is your living situation today?', { exact: true }).waitFor();
    await question(1).getByLabel('Tengo un lugar estable donde vivir', { exact: true }).check();
    await question(2).getByLabel('Ninguno de los anteriores').check();
    await question(3).getByLabel('Nunca es cierto').check();
    await question(4).getByLabel('Nunca es cierto').check();
    // Keyboard: focus the transportation question's first option ("Sí") and choose it with the space bar.
    await question(5).getByLabel('Sí', { exact: true }).focus();
    await socialWorker.keyboard.press('Space');
    await question(6).getByLabel('No', { exact: true }).check();
    for (const n of [7, 8, 9, 10]) await question(n).getByLabel('Nunca', { exact: true }).check();
    await expectNoSeriousA11yViolations(socialWorker, 'the social-needs screening form in Spanish');
    const complete = panel.getByRole('button', { name: 'Complete screening' });
    await expect.poll(() => complete.isEnabled()).toBe(true);
    await complete.click();

    const needs = caseManager
      .getByRole('region', { name: 'Social needs' })
      .getByRole('table', { name: 'Social needs' });
    await needs.getByRole('row', { name: /Transportation/ }).waitFor();
    expect(await needs.getByRole('row').count()).toBe(2); // the header and the one need
    await caseManager
      .getByRole('region', { name: 'Social needs' })
      .getByText('Transportation: positive', { exact: true })
      .waitFor();

    // The need becomes a task on the patient's board: on the nurse's board and the case manager's need, live.
    await panel.getByRole('button', { name: 'Make a task for the transportation need' }).click();
    await card(column(nurse, 'To do'), 'Social need: transportation').waitFor();
    await needs
      .getByRole('row', { name: /Transportation/ })
      .getByRole('link', { name: 'Open task' })
      .waitFor();
    await socialWorker.context().close();
    await nurse.context().close();
  });

  it('a LACE change reorders the high-risk worklist on another user’s screen', async () => {
    await caseManager.getByRole('link', { name: 'High risk', exact: true }).click();
    const table = caseManager.getByRole('table', { name: 'High readmission risk' });
    await table.getByRole('link', { name: 'Walter Kowalski' }).waitFor();
    const order = async () =>
      (await table.getByRole('link').allTextContents()).filter((n) => n === 'Walter Kowalski' || n === 'Maria Alvarez');
    expect(await order()).toEqual(['Maria Alvarez', 'Walter Kowalski']);
    await expectNoSeriousA11yViolations(caseManager, 'the high-risk worklist');

    // Riley Chen (RN) records two more ED visits for Walter: E goes from 2 to 4 points.
    const riley = await hub.login(RILEY);
    const { patients } = await hub.read<{ patients: { id: string; mrn: string }[] }>(
      '{ patients { id mrn } }',
      {},
      riley,
    );
    const walterId = patients.find((p) => p.mrn === 'MRN-100236')?.id;
    const { patient } = await hub.read<{
      patient: { emergencyVisitHistory: { version: number; visits: { date: string; ledToAdmission: boolean }[] } };
    }>(
      'query($id: ID!) { patient(id: $id) { emergencyVisitHistory { version visits { date ledToAdmission } } } }',
      {
        id: walterId,
      },
      riley,
    );
    const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 86_400_000).toISOString().slice(0, 10);
    await hub.read(
      'mutation($i: RecordEmergencyVisitsInput!) { recordEmergencyVisits(input: $i) { id } }',
      {
        i: {
          patientId: walterId,
          expectedVersion: patient.emergencyVisitHistory.version,
          visits: [
            ...patient.emergencyVisitHistory.visits,
            { date: day(50), ledToAdmission: false },
            { date: day(70), ledToAdmission: false },
          ],
        },
      },
      riley,
    );
    await expect.poll(order, { timeout: 10_000 }).toEqual(['Walter Kowalski', 'Maria Alvarez']);
    await table
      .getByRole('row', { name: /Walter Kowalski/ })
      .getByText('LACE 12 · high')
      .waitFor();
  });

  it('a discharge checklist item done by one user raises the readiness on the other’s screen', async () => {
    await caseManager.getByRole('link', { name: 'Patients', exact: true }).click();
    await caseManager.getByRole('link', { name: PATIENT }).click();
    const discharge = caseManager.getByRole('region', { name: 'Discharge plan' });
    await discharge.getByText('Readiness 60%').waitFor();
    const socialWorker = await openPatient(SOCIAL_WORKER);
    await socialWorker.getByRole('region', { name: 'Discharge plan' }).getByText('Readiness 60%').waitFor();
    await socialWorker
      .getByRole('region', { name: 'Discharge plan' })
      .getByLabel('Status of durable medical equipment')
      .selectOption('DONE');
    await discharge.getByText('Readiness 80%').waitFor();
    await expectNoSeriousA11yViolations(caseManager, 'the patient page with its discharge plan');
    await socialWorker.context().close();
  });

  it('a barrier with its owner and due date, and teaching to a family member by name, reach the other screen live', async () => {
    const discharge = caseManager.getByRole('region', { name: 'Discharge plan' });
    const socialWorker = await openPatient(SOCIAL_WORKER);
    const mine = socialWorker.getByRole('region', { name: 'Discharge plan' });
    const barrier = mine.getByRole('form', { name: 'Add barrier' });
    await barrier.getByLabel('New barrier').fill('Stairs at home have no rail');
    await barrier.getByLabel('Owner').selectOption({ label: 'Taylor Brooks' });
    await barrier.getByLabel('Due').fill('2030-01-15');
    await barrier.getByRole('button', { name: 'Add barrier' }).click();
    const owner = discharge.getByLabel('Owner of Stairs at home have no rail');
    await owner.waitFor();
    await expect.poll(() => owner.locator('option:checked').textContent()).toBe('Taylor Brooks');
    expect(await discharge.getByLabel('Due date of Stairs at home have no rail').inputValue()).toBe('2030-01-15');

    const teaching = mine.getByRole('form', { name: 'Record education' });
    await teaching.getByLabel('Topic taught').fill('Daily weights');
    await teaching.getByLabel('Taught to').selectOption('FAMILY_MEMBER');
    await teaching.getByLabel('Learner’s name').fill('Jordan Whitfield');
    await teaching.getByLabel('Method').selectOption('DEMONSTRATION');
    await teaching.getByLabel('Teach-back').selectOption('PARTIALLY_MET');
    await teaching.getByRole('button', { name: 'Record teaching' }).click();
    await discharge
      .getByRole('list', { name: 'Education records' })
      .getByText('Daily weights · family member Jordan Whitfield · demonstration · teach-back partially met', {
        exact: false,
      })
      .waitFor();
    await expectNoSeriousA11yViolations(socialWorker, 'the discharge plan with barrier owners and education');
    await socialWorker.context().close();
  });
});
