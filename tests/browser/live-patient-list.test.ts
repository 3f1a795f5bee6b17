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

    // The case manager has asked the system for less motion: the changed row is marked without animating.
    await caseManager.emulateMedia({ reducedMotion: 'reduce' });
    await nurse.getByRole('link', { name: 'Eleanor Whitfield' }).click();
    await nurse.getByRole('button', { name: 'Edit record' }).click();
    await nurse.getByLabel('Bed').fill('412C');
    await nurse.getByRole('button', { name: 'Save', exact: true }).click();
    await nurse.getByRole('button', { name: 'Edit record' }).waitFor();

    await row.getByText('412C').waitFor({ timeout: 1_000 });
    const highlight = await row
      .locator('td')
      .first()
      .evaluate((td) => {
        const style = getComputedStyle(td);
        return { animation: style.animationName, background: style.backgroundColor };
      });
    expect(highlight.animation).toBe('none');
    expect(highlight.background).not.toBe('rgba(0, 0, 0, 0)');
    // …and a screen reader hears which patient changed.
    await caseManager.getByRole('log', { name: 'Live changes' }).getByText('Eleanor Whitfield updated').waitFor();
    await caseManager.emulateMedia({ reducedMotion: null });
  });

  it('a keyboard user meets a skip link first, it leads to the main content, and focus is always visible', async () => {
    await openList(caseManager);
    // A fresh page load, so Tab starts from the top of the document.
    await caseManager.reload();
    await caseManager.getByRole('table', { name: 'Patients' }).getByRole('link').first().waitFor();
    await caseManager.keyboard.press('Tab');
    const focused = () =>
      caseManager.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const style = getComputedStyle(el);
        return { text: el.textContent, id: el.id, outline: style.outlineStyle, width: style.outlineWidth };
      });
    const skip = await focused();
    expect(skip.text).toBe('Skip to main content');
    expect(skip.outline).not.toBe('none');
    await caseManager.keyboard.press('Enter');
    await expect.poll(async () => (await focused()).id).toBe('main');
    // The next stop is inside the main content (the search box), and it shows where focus is.
    await caseManager.keyboard.press('Tab');
    const next = await caseManager.evaluate(() => document.activeElement?.closest('main') !== null);
    expect(next).toBe(true);
    // Back one stop: the last control of the brand bar, with Mantine's focus ring.
    await caseManager.keyboard.press('Shift+Tab');
    const signOut = await focused();
    expect(signOut.text).toBe('Sign out');
    expect(signOut.outline).not.toBe('none');
    expect(signOut.width).not.toBe('0px');
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
