import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, startTestHub, type TestHub } from '@carehub/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../harness/axe.js';
import { launchChromium, signIn } from '../harness/chromium.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** An administrator creates a nurse's account and puts her on the unit, which gives her its patients. */
describe('administration in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(path.join(webDist, 'index.html')))
      throw new Error('web/dist is missing: build the web app first (npm test does)');
    hub = await startTestHub({ WEB_DIST: webDist });
    browser = await launchChromium();
    page = await signIn(browser, hub.url, 'admin@demo.carehub.test');
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.getByRole('region', { name: 'Unit 4W' }).waitFor();
    await expectNoSeriousA11yViolations(page, 'administration');
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('creates an account, adds it to the unit, and the new nurse sees the unit’s patients', async () => {
    const form = page.getByRole('form', { name: 'New staff account' });
    await form.getByLabel('Name').fill('Noor Haddad');
    await form.getByLabel('Email').fill('noor.haddad@staff.test');
    await form.getByLabel('Initial password').fill('a-long-password');
    await form.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('region', { name: 'Staff accounts' }).getByText('noor.haddad@staff.test').waitFor();

    const nurse = await hub.login('noor.haddad@staff.test', 'a-long-password');
    const before = await hub.gql<{ patients: unknown[] }>('{ patients { id } }', {}, nurse);
    expect(before.data?.patients).toEqual([]);

    const unit = page.getByRole('region', { name: 'Unit 4W' });
    await unit.getByLabel('Add to 4W').selectOption({ label: 'Noor Haddad (RN)' });
    await unit.getByRole('button', { name: 'Add', exact: true }).click();
    await unit.getByText('Remove from 4W').first().waitFor();
    await unit.locator('li', { hasText: 'Noor Haddad' }).waitFor();
    const after = await hub.gql<{ patients: unknown[] }>('{ patients { id } }', {}, nurse);
    expect(after.data?.patients).toHaveLength(12);
  });

  it('off the care team, a clinician may break the glass with a stated reason; an administrator is told it is for clinical staff', async () => {
    const patients = await hub.gql<{ patients: { id: string; name: string }[] }>(
      '{ patients { id name } }',
      {},
      await hub.login(CASEY),
    );
    const eleanor = patients.data?.patients.find((p) => p.name === 'Eleanor Whitfield');
    if (!eleanor) throw new Error('the demo unit has no Eleanor Whitfield');
    const offTeam = 'You are not on this patient’s care team';

    await page.goto(`${hub.url}/patients/${eleanor.id}`);
    await page.getByRole('heading', { name: offTeam }).waitFor();
    await page.getByText('Emergency (break-the-glass) access is for clinical staff.', { exact: false }).waitFor();
    expect(await page.getByRole('form', { name: 'Break the glass' }).count()).toBe(0);

    // A therapist on no unit and no care team.
    const created = await hub.gql<{ createStaffUser: { id: string } }>(
      'mutation($i: CreateStaffUserInput!) { createStaffUser(input: $i) { id } }',
      {
        i: {
          email: 'omar.said@staff.test',
          name: 'Omar Said',
          discipline: 'PT',
          role: 'MEMBER',
          password: 'a-long-password',
        },
      },
      await hub.login('admin@demo.carehub.test'),
    );
    expect(created.errors).toBeUndefined();
    const therapist = await signIn(browser, hub.url, 'omar.said@staff.test', 'a-long-password');
    await therapist.goto(`${hub.url}/patients/${eleanor.id}`);
    const form = therapist.getByRole('form', { name: 'Break the glass' });
    await form.getByRole('heading', { name: offTeam }).waitFor();
    await expectNoSeriousA11yViolations(therapist, 'break-the-glass');
    await form.getByLabel('Reason').fill('Rapid response call: reviewing allergies and code status');
    await form.getByRole('button', { name: 'Break the glass' }).click();
    await therapist.getByRole('heading', { name: /Eleanor Whitfield/ }).waitFor();
    await therapist.context().close();
  });
});
