import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, startTestHub, type TestHub } from '@carehub/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectNoSeriousA11yViolations } from '../harness/axe.js';
import { launchChromium, signIn } from '../harness/chromium.js';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');
const PHONE = { width: 390, height: 844 };
const JORDAN = 'jordan.family@demo.carehub.test';

/** The family portal on a phone: Jordan Whitfield follows her mother Eleanor's news, live. */
describe('the family portal in Chromium on a phone', () => {
  let hub: TestHub;
  let browser: Browser;
  let casey: string;
  let eleanor: string;

  beforeAll(async () => {
    if (!existsSync(path.join(webDist, 'index.html')))
      throw new Error('web/dist is missing: build the web app first (npm test does)');
    hub = await startTestHub({ WEB_DIST: webDist, LOGIN_MAX_FAILURES: '1000' });
    browser = await launchChromium();
    casey = await hub.login(CASEY);
    const list = await hub.read<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey);
    eleanor = list.patients.find((p) => p.mrn === 'MRN-100231')?.id ?? '';
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  /** A phone-sized page signed in through the sign-in page, landed on the portal; with every script it loaded. */
  async function familyOnPhone(email: string, password = 'carehub-demo') {
    const page = await (await browser.newContext({ viewport: PHONE, hasTouch: true, isMobile: true })).newPage();
    const scripts = new Map<string, number>();
    page.on('response', (response) => {
      if (!new URL(response.url()).pathname.endsWith('.js')) return;
      void response.body().then(
        (body) => scripts.set(new URL(response.url()).pathname, body.length),
        () => undefined,
      );
    });
    await page.goto(hub.url);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel(/^Password/).fill(password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Eleanor Whitfield' }).waitFor();
    return { page, scripts };
  }

  const fitsThePhone = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  const write = (text: string) =>
    hub.read<{ writeFamilyUpdate: { id: string } }>(
      'mutation($i: WriteFamilyUpdateInput!) { writeFamilyUpdate(input: $i) { id } }',
      { i: { patientId: eleanor, text } },
      casey,
    );

  it('lands the family member on the portal (never the staff app), shows a shared update as it is published and drops it when taken back', async () => {
    const { page, scripts } = await familyOnPhone(JORDAN);
    await page.waitForLoadState('networkidle');
    const kB = [...scripts.values()].reduce((a, b) => a + b, 0) / 1000;
    const portalChunks = [...scripts.keys()].filter((s) => /FamilyPortal|SignedIn|PatientPage/.test(s));
    console.info(
      `family portal on a phone: ${kB.toFixed(1)} kB of JS in ${scripts.size} files; ${portalChunks.join(', ')}`,
    );
    expect(portalChunks.some((s) => s.includes('FamilyPortal'))).toBe(true);
    expect(portalChunks.some((s) => /SignedIn|PatientPage/.test(s))).toBe(false);
    await expect(page.getByRole('navigation', { name: 'Main' }).count()).resolves.toBe(0);
    const news = page.getByRole('region', { name: 'News from the care team' });
    await news.getByRole('article').first().waitFor();
    await expect(
      page.getByRole('region', { name: 'Who is caring for them' }).getByText('Casey Morgan').count(),
    ).resolves.toBe(1);
    await expect(fitsThePhone(page)).resolves.toBe(true);
    await expectNoSeriousA11yViolations(page, 'the family portal on a phone');

    const text = 'Eleanor walked the length of the corridor this afternoon and asked about her garden.';
    const { writeFamilyUpdate: update } = await write(text);
    const shown = news.getByRole('article').filter({ hasText: text });
    await shown.waitFor();
    await expect(news.getByRole('article').first().textContent()).resolves.toContain(text);

    await hub.read(
      'mutation($i: SetFamilySharingInput!) { setFamilySharing(input: $i) { id } }',
      { i: { entityType: 'FamilyUpdate', id: update.id, shared: false } },
      casey,
    );
    await shown.waitFor({ state: 'detached' });
    await page.close();
  });

  it('sends a question by keyboard alone that shows exactly as typed — markup stays text — and the answer arrives live', async () => {
    const { page } = await familyOnPhone(JORDAN);
    await page.evaluate(() => {
      (window as unknown as { pwned: boolean }).pwned = false;
    });
    const typed =
      '<img src=x onerror="window.pwned=true"><script>window.pwned=true</script> Can Mum have visitors tonight?';
    const ask = page.getByRole('form', { name: 'Ask the care team' });
    await ask.getByLabel('Ask the care team a question').fill(typed);
    await ask.getByLabel('Who should answer?').selectOption({ label: 'The nurses' });
    await ask.getByRole('button', { name: 'Send question' }).click();
    await ask.getByRole('status').waitFor();
    const questions = page.getByRole('region', { name: 'Your questions' });
    const mine = questions.getByRole('article').filter({ hasText: 'Can Mum have visitors tonight?' });
    await mine.waitFor();
    await expect(mine.textContent()).resolves.toContain('<img src=x onerror="window.pwned=true"><script>');
    await expect(mine.locator('img, script').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { pwned: boolean }).pwned)).resolves.toBe(false);
    await expectNoSeriousA11yViolations(page, 'the portal after a question');

    const staff = await hub.read<{ patient: { familyQuestions: { id: string; version: number; text: string }[] } }>(
      'query($id: ID!) { patient(id: $id) { familyQuestions { id version text } } }',
      { id: eleanor },
      casey,
    );
    const question = staff.patient.familyQuestions.find((q) => q.text === typed);
    await hub.read(
      'mutation($i: AnswerFamilyQuestionInput!) { answerFamilyQuestion(input: $i) { id } }',
      { i: { id: question?.id, expectedVersion: question?.version, reply: 'Yes, until 8 pm. Two at a time.' } },
      casey,
    );
    await mine.getByText('Yes, until 8 pm. Two at a time.').waitFor();
    await expect(mine.textContent()).resolves.toContain('Answer from Casey Morgan');
    await page.close();
  });

  it('an invitation link lets a new family member choose a password and land on the portal, which revoking sends back to sign-in; used, expired and withdrawn links say so plainly', async () => {
    const invite = async (email: string) => {
      const made = await hub.read<{
        linkFamilyMember: { invitationCode: string; link: { id: string; version: number } };
      }>(
        'mutation($i: LinkFamilyMemberInput!) { linkFamilyMember(input: $i) { invitationCode link { id version } } }',
        {
          i: {
            patientId: eleanor,
            name: 'Robin Whitfield',
            email,
            relationship: 'Grandson',
            consent: { given: true, source: 'PATIENT', scope: 'Updates and the discharge plan', shares: ['UPDATES'] },
          },
        },
        casey,
      );
      return made.linkFamilyMember;
    };
    const phone = async () => (await browser.newContext({ viewport: PHONE, isMobile: true })).newPage();
    const { invitationCode, link } = await invite(`robin.${Date.now()}@family.test`);
    const page = await phone();
    await page.goto(`${hub.url}/invitation#${invitationCode}`);
    await page.getByRole('heading', { name: 'Accept your invitation' }).waitFor();
    await expect(fitsThePhone(page)).resolves.toBe(true);
    await expectNoSeriousA11yViolations(page, 'the invitation page');
    await page.getByLabel('Choose a password').fill('a quiet garden path');
    await page.getByLabel('Type the password again').fill('a quiet garden path');
    await page.getByRole('button', { name: 'Accept and continue' }).click();
    await page.getByRole('heading', { level: 1, name: 'Eleanor Whitfield' }).waitFor();
    await expect(page.url()).toBe(`${hub.url}/`);

    const again = await phone();
    await again.goto(`${hub.url}/invitation#${invitationCode}`);
    await again.getByLabel('Choose a password').fill('another password');
    await again.getByLabel('Type the password again').fill('another password');
    await again.getByRole('button', { name: 'Accept and continue' }).click();
    await again.getByRole('alert').getByText('This invitation was already used').waitFor();
    await expectNoSeriousA11yViolations(again, 'a used invitation');

    const withdrawn = await invite(`robin.w.${Date.now()}@family.test`);
    await hub.read(
      'mutation($i: RevokeFamilyLinkInput!) { revokeFamilyLink(input: $i) { id } }',
      { i: { id: withdrawn.link.id, expectedVersion: withdrawn.link.version } },
      casey,
    );
    await again.goto(`${hub.url}/invitation#${withdrawn.invitationCode}`);
    await again.getByLabel('Choose a password').fill('another password');
    await again.getByLabel('Type the password again').fill('another password');
    await again.getByRole('button', { name: 'Accept and continue' }).click();
    await again.getByRole('alert').getByText('This invitation was withdrawn').waitFor();

    // Revoking Robin's only link ends his session: the open portal goes back to the sign-in page.
    const current = await hub.read<{ patient: { familyLinks: { id: string; version: number }[] } }>(
      'query($id: ID!) { patient(id: $id) { familyLinks { id version } } }',
      { id: eleanor },
      casey,
    );
    await hub.read(
      'mutation($i: RevokeFamilyLinkInput!) { revokeFamilyLink(input: $i) { id } }',
      { i: { id: link.id, expectedVersion: current.patient.familyLinks.find((l) => l.id === link.id)?.version } },
      casey,
    );
    await page.getByRole('button', { name: 'Sign in' }).waitFor();
    await expect(page.getByText('Eleanor Whitfield').count()).resolves.toBe(0);

    const expired = await invite(`robin.e.${Date.now()}@family.test`);
    await hub.app.services.orm.em
      .fork()
      .getConnection()
      .execute('update family_link set invitation_expires_at = ? where id = ?', [
        new Date(Date.now() - 60_000),
        expired.link.id,
      ]);
    await again.goto(`${hub.url}/invitation#${expired.invitationCode}`);
    await again.getByLabel('Choose a password').fill('another password');
    await again.getByLabel('Type the password again').fill('another password');
    await again.getByRole('button', { name: 'Accept and continue' }).click();
    await again.getByRole('alert').getByText('This invitation has expired').waitFor();
    await page.close();
    await again.close();
  });

  it('the team writes an update for the family on the patient page, sees it shared at a glance and takes it back in one click', async () => {
    const page = await signIn(browser, hub.url, CASEY);
    await page.goto(`${hub.url}/patients/${eleanor}`);
    const panel = page.getByRole('region', { name: 'Shared with the family' });
    await panel
      .getByRole('textbox', { name: 'Write an update for the family' })
      .fill('Eleanor is looking forward to going home on Friday.');
    await panel.getByRole('button', { name: 'Share with family', exact: true }).click();
    const list = panel.getByRole('list', { name: 'Updates written for the family' });
    const item = list.getByRole('listitem').filter({ hasText: 'looking forward to going home on Friday' });
    await item.getByText('Family sees this').waitFor();
    await expectNoSeriousA11yViolations(page, 'the patient page with the family sharing panel');
    await item.getByRole('button', { name: /^Stop sharing/ }).click();
    await item.getByText('Taken back').waitFor();
    // A goal the team kept to itself is shared from the care plan in one click too.
    const goal = page.getByRole('article', { name: /^Goal: No crackles/ });
    await goal
      .getByRole('button', { name: /^Share with family/ })
      .first()
      .click();
    await goal.getByText('Family sees this').first().waitFor();
    await page.close();
  });

  it('the team sees a family question waiting at the top of the patient page and answers it there', async () => {
    const page = await signIn(browser, hub.url, CASEY);
    const list = await hub.read<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey);
    await page.goto(`${hub.url}/patients/${list.patients.find((p) => p.mrn === 'MRN-100232')?.id}`);
    const waiting = page.getByText('1 family question waiting');
    await waiting.waitFor();
    const panel = page.getByRole('region', { name: 'Shared with the family' });
    const form = panel.getByRole('form', { name: 'Answer Chris Jensen' });
    await form
      .getByLabel('Answer')
      .fill('Our occupational therapist will visit on Thursday to look at the steps with you.');
    await expectNoSeriousA11yViolations(page, 'the patient page with a family question waiting');
    await form.getByRole('button', { name: 'Send answer' }).click();
    await panel.getByText('Our occupational therapist will visit on Thursday', { exact: false }).waitFor();
    await waiting.waitFor({ state: 'detached' });
    await page.close();
  });

  it("a family question's card opens from the team's question list, on the patient's board", async () => {
    const chris = await hub.login('chris.family@demo.carehub.test');
    const list = await hub.read<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }', {}, casey);
    const harold = list.patients.find((p) => p.mrn === 'MRN-100232')?.id as string;
    await hub.read(
      'mutation($i: AskCareTeamInput!) { askCareTeam(input: $i) { id } }',
      { i: { patientId: harold, text: 'Is the walker coming home with him?' } },
      chris,
    );
    const page = await signIn(browser, hub.url, CASEY);
    await page.goto(`${hub.url}/patients/${harold}`);
    const panel = page.getByRole('region', { name: 'Shared with the family' });
    const question = panel.getByRole('listitem').filter({ hasText: 'Is the walker coming home with him?' });
    await question.getByRole('link', { name: 'Open task' }).click();
    const drawer = page.getByRole('dialog', { name: 'Question from Chris Jensen' });
    await drawer.getByText('Is the walker coming home with him?').waitFor();
    expect(page.url()).toContain(`/patients/${harold}/tasks?task=`);
    await page.close();
  });
});
