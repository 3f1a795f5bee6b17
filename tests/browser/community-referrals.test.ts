import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, startTestHub, type TestHub } from '@carehub/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../harness/axe.js';
import { launchChromium, signIn } from '../harness/chromium.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
const SOCIAL_WORKER = 'avery.patel@demo.carehub.test';
const PATIENT = 'Maria Alvarez';
const PANTRY = 'Northside Community Food Pantry';

/**
 * The case manager refers a patient's food need to a pantry found in the directory, while the
 * social worker watches the outcomes dashboard: the referral shows on the patient page and the
 * dashboard's referral figures (chart, table and CSV) count it, without a reload.
 */
describe('community referrals and the outcomes dashboard in Chromium', () => {
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

  const sentCell = (dashboard: Page) =>
    dashboard
      .getByRole('region', { name: 'Referral loop closure' })
      .getByRole('row', { name: /^Sent/ })
      .getByRole('cell')
      .nth(1);

  it('a need referred from the patient page counts on the open dashboard at once, in its table and CSV', async () => {
    const dashboard = await signIn(browser, hub.url, SOCIAL_WORKER);
    await dashboard.getByRole('link', { name: 'Outcomes', exact: true }).click();
    await dashboard.getByRole('heading', { name: /^Outcomes/ }).waitFor();
    // The demo unit's referrals sent in the last 30 days: five (a draft is not sent).
    await expect.poll(() => sentCell(dashboard).textContent()).toBe('5');
    await expectNoSeriousA11yViolations(dashboard, 'the outcomes dashboard');

    const caseManager = await signIn(browser, hub.url, CASEY);
    await caseManager.getByRole('link', { name: 'Patients', exact: true }).click();
    await caseManager.getByRole('link', { name: PATIENT }).click();
    const referrals = caseManager.getByRole('region', { name: 'Community referrals' });
    await referrals
      .getByRole('row', { name: /County Medical Rides/ })
      .getByText('Accepted', { exact: true })
      .waitFor();
    await referrals.getByRole('link', { name: 'Refer food need' }).click();

    await caseManager.getByRole('heading', { name: 'Community resources' }).waitFor();
    await expect.poll(() => caseManager.getByLabel('Category').inputValue()).toBe('FOOD');
    await caseManager.getByLabel('Search').fill('pantry groceries');
    const refer = caseManager.getByRole('button', { name: `Refer to ${PANTRY}` });
    await refer.waitFor();
    await expectNoSeriousA11yViolations(caseManager, 'the resource directory');
    await refer.click();

    await caseManager.getByRole('heading', { name: PATIENT }).waitFor();
    await caseManager
      .getByRole('region', { name: 'Community referrals' })
      .getByRole('row', { name: new RegExp(PANTRY) })
      .getByText('Sent', { exact: true })
      .waitFor();

    await expect.poll(() => sentCell(dashboard).textContent(), { timeout: 5_000 }).toBe('6');
    const figure = dashboard.getByRole('region', { name: 'Referral loop closure' });
    await figure.getByRole('img', { name: 'Referral loop closure: Sent 6, Closed 2' }).waitFor();
    const [download] = await Promise.all([
      dashboard.waitForEvent('download'),
      figure.getByRole('button', { name: 'CSV' }).click(),
    ]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv).toBe('Referral loop closure,Referrals\r\nSent,6\r\nClosed,2\r\n');
    await caseManager.context().close();
    await dashboard.context().close();
  });
});
