import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, hubClient, startTestHub, type TestHub } from '@carehub/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../harness/axe.js';
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

  it("links with consent, shows the invitation link and when it expires, the link's code signs them in, and revoking ends their access", async () => {
    const family = page.getByRole('region', { name: 'Family' });
    await family.getByRole('button', { name: 'Link family member' }).click();
    const form = family.getByRole('form', { name: 'Link family member' });
    await form.getByLabel('Name').fill('Tunde Bello');
    await form.getByLabel('Email').fill('tunde.bello@family.test');
    await form.getByLabel('Relationship').fill('Husband');
    await expectNoSeriousA11yViolations(page, 'the family panel with its link form');
    await expect(form.getByRole('button', { name: 'Link and invite' }).isDisabled()).resolves.toBe(true);
    await form.getByLabel('The patient has consented to share this with them').check();
    await form.getByRole('button', { name: 'Link and invite' }).click();
    const link = await family.getByRole('status').getByLabel('Invitation link').inputValue();
    expect(link).toMatch(new RegExp(`^${hub.url}/invitation#`));
    const code = decodeURIComponent(new URL(link).hash.slice(1));
    expect(code.length).toBeGreaterThan(20);
    // A new account: the code expires, and with it they choose their password.
    const banner = (await family.getByRole('status').textContent()) ?? '';
    expect(banner).toMatch(/Valid until .+\. With it they choose their password\./);
    await family.getByText('Tunde Bello (Husband)').waitFor();
    await expectNoSeriousA11yViolations(page, 'the family panel showing an invitation code');

    const accepted = await hubClient(hub.url).gql<{ acceptFamilyInvitation: { token: string } }>(
      'mutation($i: AcceptFamilyInvitationInput!) { acceptFamilyInvitation(input: $i) { token } }',
      { i: { invitationCode: code, password: 'family-password-1' } },
    );
    const token = accepted.data?.acceptFamilyInvitation.token;
    expect(token).toBeTruthy();

    await family.locator('li', { hasText: 'Tunde Bello' }).getByRole('button', { name: 'Revoke' }).click();
    const dialog = page.getByRole('dialog', { name: 'Revoke family access' });
    await dialog.getByText('Revoke Tunde Bello’s access', { exact: false }).waitFor();
    await expectNoSeriousA11yViolations(page, 'the revoke confirmation');
    await dialog.getByRole('button', { name: 'Revoke access' }).click();
    await family.locator('li', { hasText: 'Tunde Bello' }).getByText('revoked').waitFor();
    expect((await hubClient(hub.url).gql('{ me { id } }', {}, token)).data).toEqual({ me: null });
  });

  it('the audit trail shows the link and its revocation, by whom, and filters to writes', async () => {
    await page.getByRole('link', { name: 'Audit trail' }).click();
    const trail = page.getByRole('table', { name: 'Audit trail' });
    await trail.getByRole('row', { name: /revokeFamilyLink/ }).waitFor();
    await expect(
      trail
        .getByRole('row', { name: /linkFamilyMember/ })
        .first()
        .textContent(),
    ).resolves.toContain('Casey Morgan');
    await expectNoSeriousA11yViolations(page, 'the audit trail');
    await page.getByLabel('Access').selectOption({ label: 'Writes' });
    // Every entry left is a write (the "What" cell starts with its access), and the revocation is still among them.
    await expect
      .poll(async () => {
        const what = await trail.locator('tbody tr td:nth-child(3)').allTextContents();
        return what.length > 0 && what.every((cell) => cell.startsWith('write'));
      })
      .toBe(true);
    await trail.getByRole('row', { name: /revokeFamilyLink/ }).waitFor();
  });
});
