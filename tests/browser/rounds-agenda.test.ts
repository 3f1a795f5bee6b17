import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, RILEY, startTestHub, type TestHub } from '@carehub/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../harness/axe.js';
import { launchChromium, signIn } from '../harness/chromium.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
/** A bound on how long a condition may take to show; the tests wait for conditions, never for time. */
const PATIENCE = { timeout: 15_000, interval: 100 };

/**
 * Planning rounds and a conference on the web: the agenda is reordered from the keyboard (a
 * patient's grip, arrow keys) and a patient of the unit is added, both seen on a second screen
 * without a reload; an attendee is taken off a care conference.
 */
describe('the rounds agenda and conference attendees in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(path.join(webDist, 'index.html')))
      throw new Error('web/dist is missing: build the web app first (npm test does)');
    hub = await startTestHub({ WEB_DIST: webDist });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  async function openRounds(email: string): Promise<Page> {
    const page = await signIn(browser, hub.url, email);
    await page.getByRole('link', { name: 'Rounds', exact: true }).click();
    await page.getByRole('link', { name: /\(today\)/ }).click();
    await page.getByRole('navigation', { name: 'Agenda' }).waitFor();
    await page.getByText('Live', { exact: true }).waitFor();
    return page;
  }
  const order = (page: Page) =>
    page.locator('.rounds-agenda li').evaluateAll((els) => els.map((e) => e.getAttribute('data-patient')));

  it('a patient moved down the agenda with the keyboard moves on the other screen too', async () => {
    const facilitator = await openRounds(CASEY);
    const nurse = await openRounds(RILEY);
    const before = await order(facilitator);
    const [first, second] = before;
    if (!first || !second) throw new Error('the demo agenda has fewer than two patients');
    const grip = facilitator.getByRole('button', { name: `Move ${first} on the agenda` });
    await grip.focus();
    await facilitator.keyboard.press('Space');
    // Each step is said in words (dnd-kit's live region); the next key waits for it.
    await facilitator
      .getByText(`Picked up ${first}, position 1 of ${before.length}.`, { exact: true })
      .waitFor({ state: 'attached' });
    await facilitator.keyboard.press('ArrowDown');
    await facilitator
      .getByText(`${first} is over position 2 of ${before.length}.`, { exact: true })
      .waitFor({ state: 'attached' });
    await facilitator.keyboard.press('Space');
    await facilitator
      .getByText(`Moved ${first} to position 2 of ${before.length}.`, { exact: true })
      .waitFor({ state: 'attached' });
    const expected = [second, first, ...before.slice(2)];
    await expect.poll(() => order(facilitator), PATIENCE).toEqual(expected);
    await expect.poll(() => order(nurse), PATIENCE).toEqual(expected);
    await expectNoSeriousA11yViolations(facilitator, 'the rounds agenda with its grips');
    await nurse.context().close();
    await facilitator.context().close();
  });

  it('a patient of the unit added to the agenda shows at its end on the other screen', async () => {
    const casey = await hub.login(CASEY);
    const me = await hub.read<{ me: { units: { id: string }[] } }>('{ me { units { id } } }', {}, casey);
    await hub.read(
      'mutation($i: CreatePatientInput!) { createPatient(input: $i) { id } }',
      {
        i: {
          mrn: 'MRN-AGENDA-1',
          name: 'Ruth Alvarado',
          dateOfBirth: '1944-07-12',
          unitId: me.me.units[0]?.id,
          admittedAt: new Date(Date.now() - 3_600_000).toISOString(),
        },
      },
      casey,
    );
    const facilitator = await openRounds(CASEY);
    const nurse = await openRounds(RILEY);
    const form = facilitator.getByRole('form', { name: 'Add a patient to the agenda' });
    await form.getByLabel('Add a patient').selectOption({ label: 'Ruth Alvarado' });
    await form.getByRole('button', { name: 'Add', exact: true }).click();
    await expect.poll(async () => (await order(nurse)).at(-1), PATIENCE).toBe('Ruth Alvarado');
    await expect.poll(async () => (await order(facilitator)).at(-1), PATIENCE).toBe('Ruth Alvarado');
    await nurse.context().close();
    await facilitator.context().close();
  });

  it('an attendee taken off a care conference leaves the list', async () => {
    const lead = await signIn(browser, hub.url, CASEY);
    await lead.getByRole('link', { name: 'Patients', exact: true }).click();
    await lead.getByRole('link', { name: 'Eleanor Whitfield' }).click();
    await lead.getByRole('link', { name: 'Family meeting: plan for going home' }).click();
    const attendees = lead.getByRole('region', { name: 'Attendees' });
    const jordan = attendees.getByText('Jordan Whitfield (Daughter)', { exact: false });
    await jordan.waitFor();
    await attendees.getByRole('button', { name: 'Remove Jordan Whitfield' }).click();
    await jordan.waitFor({ state: 'detached' });
    await lead.reload();
    await attendees
      .getByRole('button', { name: /^Remove / })
      .first()
      .waitFor();
    expect(await attendees.getByText('Jordan Whitfield (Daughter)', { exact: false }).count()).toBe(0);
    await lead.context().close();
  });
});
