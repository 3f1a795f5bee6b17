import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, RILEY, startTestHub, type TestHub } from '@carehub/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../harness/axe.js';
import { launchChromium, signIn } from '../harness/chromium.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Two people on two browsers: each sees the other's changes to the unit's patients live. */
describe('the live patient list in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;
  let nurse: Page;
  let caseManager: Page;

  beforeAll(async () => {
    if (!existsSync(path.join(webDist, 'index.html')))
      throw new Error('web/dist is missing: build the web app first (npm test does)');
    hub = await startTestHub({ WEB_DIST: webDist });
    browser = await launchChromium();
    nurse = await signInAs(RILEY);
    caseManager = await signInAs(CASEY);
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  const signInAs = async (email: string) => {
    const page = await signIn(browser, hub.url, email);
    await page.getByRole('heading', { name: 'My caseload' }).waitFor();
    await page.getByRole('table', { name: 'My caseload' }).getByRole('link').first().waitFor();
    await expectNoSeriousA11yViolations(page, `the caseload of ${email}`);
    return page;
  };

  async function openList(page: Page) {
    await page.getByRole('link', { name: 'Patients', exact: true }).click();
    await page.getByRole('table', { name: 'Patients' }).getByRole('link', { name: 'Eleanor Whitfield' }).waitFor();
    await page.getByText('Live', { exact: true }).waitFor();
    await expectNoSeriousA11yViolations(page, 'the patient list');
  }

  it('a wrong password is refused with the server’s message', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(hub.url);
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'the sign-in page');
    await page.getByLabel('Email').fill(RILEY);
    await page.getByLabel(/^Password/).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('The email or password is not correct.');
    await expectNoSeriousA11yViolations(page, 'the sign-in page with its error');
    await page.context().close();
  });

  it('a bed change by one user shows on the other’s list within a second, without reloading', async () => {
    await openList(caseManager);
    const row = caseManager.locator('tr', { has: caseManager.getByRole('link', { name: 'Eleanor Whitfield' }) });
    await expect(row.textContent()).resolves.toContain('401A');

    await nurse.getByRole('link', { name: 'Eleanor Whitfield' }).click();
    await nurse.getByRole('button', { name: 'Edit record' }).click();
    await nurse.getByLabel('Bed').fill('412C');
    await nurse.getByRole('button', { name: 'Save' }).click();
    await nurse.getByRole('button', { name: 'Edit record' }).waitFor();

    await row.getByText('412C').waitFor({ timeout: 1_000 });
  });

  it('a patient admitted by one user appears on the other’s list within a second', async () => {
    await openList(caseManager);
    await openList(nurse);
    await nurse.getByRole('button', { name: 'New patient' }).click();
    const form = nurse.getByRole('form', { name: 'New patient' });
    await form.getByLabel('MRN').fill('MRN-777001');
    await form.getByLabel('Name').fill('Ada Browser');
    await form.getByLabel('Date of birth').fill('1944-04-04');
    await form.getByLabel('Bed').fill('499B');
    await form.getByRole('button', { name: 'Admit patient' }).click();
    await nurse.getByRole('heading', { name: /Ada Browser/ }).waitFor();

    await caseManager
      .getByRole('table', { name: 'Patients' })
      .getByRole('link', { name: 'Ada Browser' })
      .waitFor({ timeout: 1_000 });
  });
});
