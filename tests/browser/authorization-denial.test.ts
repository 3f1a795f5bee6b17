import { existsSync, readFileSync } from 'node:fs';
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
/** Eleanor's cardiac rehabilitation request, submitted to Medicare and not yet decided in the demo data. */
const THERAPY = 'Medicare Therapy';
const APPEAL_CARD = 'Appeal deadline: Medicare therapy';
/** How long a screen may take to show another's change under a loaded machine: a bound, not the expectation. */
const PATIENCE = { timeout: 10_000 };

/**
 * The case manager records Medicare's denial of Eleanor's cardiac rehabilitation, with the appeal
 * deadline the payer set, while the nurse has Eleanor's task board open and the social worker the
 * outcomes dashboard: the appeal-deadline card arrives on the nurse's board, and the dashboard's
 * authorization figures (denial rate, chart, table and CSV) count the denial, without a reload.
 */
describe('an authorization denial, live on a board and the outcomes dashboard in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;

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
    await page.getByRole('heading', { name: PATIENT }).waitFor();
    return page;
  }

  const authorizations = (dashboard: Page) => dashboard.getByRole('region', { name: 'Authorizations' });
  const figureCell = (dashboard: Page, row: 'Decided' | 'Denied') =>
    authorizations(dashboard)
      .getByRole('row', { name: new RegExp(`^${row}`) })
      .getByRole('cell')
      .nth(1);

  it('a denial recorded on the patient page puts its appeal card on another user’s board and moves the open dashboard’s denial rate, its chart, table and CSV', async () => {
    // The social worker's dashboard: the last 30 days' payer decisions on 4W, before the denial. Of the
    // demo's six decisions, four were denials: Eleanor's inpatient day, Harold's SNF, therapy and home health.
    const dashboard = await signIn(browser, hub.url, SOCIAL_WORKER);
    await dashboard.getByRole('link', { name: 'Outcomes', exact: true }).click();
    await dashboard.getByRole('heading', { name: /^Outcomes/ }).waitFor();
    await expect.poll(() => figureCell(dashboard, 'Decided').textContent()).toBe('6');
    expect(await figureCell(dashboard, 'Denied').textContent()).toBe('4');
    await authorizations(dashboard)
      .getByText(/^Denial rate 66\.7 % ·/)
      .waitFor();

    // The nurse has Eleanor's task board open, reached from her patient page and filtered to appeal
    // cards (the board draws only the cards in view, and Eleanor's holds dozens).
    const nurse = await openPatient(RILEY);
    await nurse.getByRole('link', { name: 'Open task board' }).click();
    await nurse.getByRole('heading', { level: 1, name: `Tasks for ${PATIENT}` }).waitFor();
    await nurse.goto(`${nurse.url()}?label=appeal`);
    await column(nurse, 'To do').waitFor();
    await nurse.getByText('Live', { exact: true }).waitFor();
    expect(await card(nurse, APPEAL_CARD).count()).toBe(0);

    // A mark on both watching screens: still there at the end, so neither screen was reloaded.
    for (const page of [nurse, dashboard]) await page.evaluate(() => Object.assign(window, { sameScreen: true }));

    const caseManager = await openPatient(CASEY);
    const therapy = caseManager.getByRole('article', { name: THERAPY });
    await therapy.getByText('Submitted', { exact: true }).waitFor();
    await therapy.getByLabel('Next status').click();
    await caseManager.getByRole('option', { name: 'Denied' }).click();
    await therapy.getByLabel('Denial reason').fill('Exercise tolerance test not on file');
    const deadline = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    await therapy.getByLabel('Appeal deadline').fill(deadline);
    await expectNoSeriousA11yViolations(caseManager, 'the patient page with a denial being recorded');
    await therapy.getByRole('button', { name: 'Save status' }).click();
    await therapy.getByText('Denied', { exact: true }).waitFor();
    await therapy.getByText('Denied: Exercise tolerance test not on file').waitFor();

    // (a) The appeal-deadline card arrives on the nurse's open board.
    await card(column(nurse, 'To do'), APPEAL_CARD).waitFor(PATIENCE);
    await expectNoSeriousA11yViolations(nurse, 'the patient board with the appeal card');

    // (b) The open dashboard counts the denial: 5 of 7 decisions, in the note, the chart, the table and the CSV.
    await expect.poll(() => figureCell(dashboard, 'Decided').textContent(), PATIENCE).toBe('7');
    expect(await figureCell(dashboard, 'Denied').textContent()).toBe('5');
    const figure = authorizations(dashboard);
    await figure.getByText(/^Denial rate 71\.4 % ·/).waitFor();
    await figure.getByRole('img', { name: 'Authorizations: Decided 7, Denied 5' }).waitFor();
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      figure.getByRole('button', { name: 'CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv).toBe('Authorizations,Decisions\r\nDecided,7\r\nDenied,5\r\n');
    for (const page of [nurse, dashboard]) expect(await page.evaluate(() => 'sameScreen' in window)).toBe(true);
    for (const page of [caseManager, nurse, dashboard]) await page.context().close();
  });
});
