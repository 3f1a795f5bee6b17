import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, RILEY, startTestHub, type TestHub } from '@carehub/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../harness/axe.js';
import { launchChromium, signIn } from '../harness/chromium.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
const PATIENT = 'Harold Jensen';
const SNF = 'Post acute placement';

/**
 * The case manager files the appeal of Harold's denied skilled-nursing authorization while the
 * nurse has Harold's patient page open (its utilization review and authorization section), and the payer worklist is open
 * in a third tab: the new status arrives on the nurse's screen without a reload, and the appeal
 * deadline leaves the worklist.
 */
describe('utilization review and authorizations, live in Chromium', () => {
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

  async function openPayerPage(email: string): Promise<Page> {
    const page = await signIn(browser, hub.url, email);
    await page.getByRole('link', { name: 'Patients', exact: true }).click();
    await page.getByRole('link', { name: PATIENT }).click();
    await page.getByRole('region', { name: 'Payer authorizations' }).waitFor();
    return page;
  }

  it('an authorization’s status change and an avoidable day on one screen arrive live on another; the appeal leaves the payer worklist', async () => {
    const caseManager = await openPayerPage(CASEY);
    const nurse = await openPayerPage(RILEY);
    const worklist = await signIn(browser, hub.url, CASEY);
    await worklist.getByRole('link', { name: 'Payer work', exact: true }).click();
    const appealRow = worklist
      .getByRole('table', { name: 'Payer worklist' })
      .getByRole('row', { name: new RegExp(`Appeal deadline.*${PATIENT}`) });
    await appealRow.waitFor();
    await expectNoSeriousA11yViolations(worklist, 'the payer worklist');

    const snf = (page: Page) => page.getByRole('article', { name: new RegExp(SNF) });
    for (const page of [caseManager, nurse]) await snf(page).getByText('Denied', { exact: true }).waitFor();
    await caseManager
      .getByRole('table', { name: 'Utilization reviews' })
      .getByText(/MCG 28th edition/)
      .waitFor();
    await expectNoSeriousA11yViolations(caseManager, 'the patient page with its utilization review and authorizations');

    await snf(caseManager).getByLabel('Next status').click();
    await caseManager.getByRole('option', { name: 'Appealed' }).click();
    await snf(caseManager).getByLabel('Note').fill('Appeal letter with therapy notes faxed');
    await snf(caseManager).getByRole('button', { name: 'Save status' }).click();
    await snf(caseManager).getByText('Appealed', { exact: true }).waitFor();

    await snf(nurse).getByText('Appealed', { exact: true }).waitFor({ timeout: 5_000 });
    await snf(nurse)
      .getByText(/Appeal letter with therapy notes faxed/)
      .waitFor();
    await expect.poll(() => appealRow.count(), { timeout: 5_000 }).toBe(0);

    // An avoidable day added to Harold's latest review shows in the nurse's review table.
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const addDay = caseManager.getByRole('form', { name: 'Add an avoidable day' });
    await addDay.getByLabel('Avoidable day').fill(yesterday);
    await addDay.getByLabel('Reason').click();
    await caseManager.getByRole('option', { name: 'Transportation' }).click();
    await addDay.getByRole('button', { name: 'Add avoidable day' }).click();
    await nurse
      .getByRole('table', { name: 'Utilization reviews' })
      .getByText(/Transportation/)
      .waitFor({ timeout: 5_000 });
    for (const page of [caseManager, nurse, worklist]) await page.context().close();
  });
});
