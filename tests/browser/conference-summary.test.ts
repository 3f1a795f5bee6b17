import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, startTestHub, type TestHub } from '@carehub/api/testing';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../harness/axe.js';
import { launchChromium, signIn } from '../harness/chromium.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
const JORDAN = 'jordan.family@demo.carehub.test';
const SUMMARY = 'We agreed your mother goes to rehab near home on Friday; the team sends the referral today.';

/**
 * The care conference's end: the lead case manager publishes the summary on the conference page,
 * and the daughter, who has the portal open, reads it there without reloading.
 */
describe('a care-conference summary reaches the family portal in Chromium', () => {
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

  it('the lead case manager publishes it on the conference page and the daughter sees it in her portal', async () => {
    const family = await (await browser.newContext()).newPage();
    await family.goto(hub.url);
    await family.getByLabel('Email').fill(JORDAN);
    await family.getByLabel(/^Password/).fill('carehub-demo');
    await family.getByRole('button', { name: 'Sign in' }).click();
    await family.getByRole('heading', { level: 1, name: 'Eleanor Whitfield' }).waitFor();

    const lead = await signIn(browser, hub.url, CASEY);
    await lead.getByRole('link', { name: 'Patients', exact: true }).click();
    await lead.getByRole('link', { name: 'Eleanor Whitfield' }).click();
    await lead.getByRole('link', { name: 'Family meeting: plan for going home' }).click();
    await lead
      .getByRole('region', { name: 'Attendees' })
      .getByText('Jordan Whitfield (Daughter)', { exact: false })
      .waitFor();
    await expectNoSeriousA11yViolations(lead, 'the care-conference page');
    const summary = lead.getByRole('region', { name: 'Summary for the family' });
    await summary.getByRole('textbox', { name: /^Summary/ }).fill(SUMMARY);
    await summary.getByRole('button', { name: 'Publish to the family' }).click();
    await summary.getByText(/Published .* by Casey Morgan/).waitFor();

    await family.getByText(SUMMARY).waitFor({ timeout: 15_000 });
  });
});
