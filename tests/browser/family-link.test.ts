import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, hubClient, startTestHub, type TestHub } from '@carehub/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signIn } from '../harness/chromium.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** The case manager links a family member with consent, hands over the code, and can revoke the link. */
describe('family links in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    if (!existsSync(path.join(webDist, 'index.html')))
      throw new Error('web/dist is missing: build the web app first (npm test does)');
    hub = await startTestHub({ WEB_DIST: webDist });
    browser = await launchChromium();
    page = await signIn(browser, hub.url, CASEY);
    await page.getByRole('link', { name: 'Aisha Bello' }).click();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('links with consent, shows when the invitation code expires, the code signs them in, and revoking ends their access', async () => {
    const family = page.getByRole('region', { name: 'Family' });
    await family.getByRole('button', { name: 'Link family member' }).click();
    const form = family.getByRole('form', { name: 'Link family member' });
    await form.getByLabel('Name').fill('Tunde Bello');
    await form.getByLabel('Email').fill('tunde.bello@family.test');
    await form.getByLabel('Relationship').fill('Husband');
    await expect(form.getByRole('button', { name: 'Link and invite' }).isDisabled()).resolves.toBe(true);
    await form.getByLabel('The patient has consented to share this with them').check();
    await form.getByRole('button', { name: 'Link and invite' }).click();
    const code = (await family.getByRole('status').locator('strong').textContent()) ?? '';
    expect(code.length).toBeGreaterThan(20);
    // A new account: the code expires, and with it they choose their password.
    const banner = (await family.getByRole('status').textContent()) ?? '';
    expect(banner).toMatch(/Valid until .+\. With it they choose their password\./);
    await family.getByText('Tunde Bello (Husband)').waitFor();

    const accepted = await hubClient(hub.url).gql<{ acceptFamilyInvitation: { token: string } }>(
      'mutation($i: AcceptFamilyInvitationInput!) { acceptFamilyInvitation(input: $i) { token } }',
      { i: { invitationCode: code, password: 'family-password-1' } },
    );
    const token = accepted.data?.acceptFamilyInvitation.token;
    expect(token).toBeTruthy();

    page.once('dialog', (dialog) => void dialog.accept());
    await family.locator('li', { hasText: 'Tunde Bello' }).getByRole('button', { name: 'Revoke' }).click();
    await family.locator('li', { hasText: 'Tunde Bello' }).getByText('revoked').waitFor();
    expect((await hubClient(hub.url).gql('{ me { id } }', {}, token)).data).toEqual({ me: null });
  });
});
