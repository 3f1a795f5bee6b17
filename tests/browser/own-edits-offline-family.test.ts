import { RILEY, type TestHub } from '@carehub/api/testing';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signIn } from '../harness/chromium.js';
import { startWebHub, type WebHub } from '../harness/web-hub.js';

const JORDAN = 'jordan.family@demo.carehub.test';

interface Update {
  id: string;
  text: string;
  visibility: string;
}

/**
 * Own edits that used to wait for the hub — an update for the family, "Share with family", a
 * screening started, a family member's question — show at once, wait in the browser while the
 * hub is out of reach, are sent once when it is back, and reach the other people's screens.
 */
describe('family sharing, screenings and family questions made offline, in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;
  let must: WebHub['must'];
  let patientId: string;

  /** Takes the hub out of a context's reach (the aborted route keeps it out during reloads too). */
  async function goOffline(context: BrowserContext) {
    await context.route('**/graphql', (route) => route.abort('internetdisconnected'));
    await context.setOffline(true);
  }
  async function goOnline(context: BrowserContext) {
    await context.unroute('**/graphql');
    await context.setOffline(false);
  }
  const updates = async () =>
    (
      await must<{ patient: { familyUpdates: Update[] } }>(
        'query($id: ID!) { patient(id: $id) { familyUpdates { id text visibility } } }',
        { id: patientId },
      )
    ).patient.familyUpdates;
  /** Polls the hub (through a read that throws on error) until `check` holds; a live system needs a moment. */
  async function eventually<T>(read: () => Promise<T>, check: (value: T) => boolean): Promise<T> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const value = await read();
      if (check(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async function familyPortal(): Promise<Page> {
    const page = await (await browser.newContext()).newPage();
    await page.goto(hub.url);
    await page.getByLabel('Email').fill(JORDAN);
    await page.getByLabel(/^Password/).fill('carehub-demo');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { level: 1, name: 'Eleanor Whitfield' }).waitFor();
    return page;
  }

  beforeAll(async () => {
    ({ hub, must, patientId } = await startWebHub());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('an update for the family written offline shows at once, is sent on reconnect, and reaches the family’s portal; taking it back offline works the same way', async () => {
    const nurse = await signIn(browser, hub.url, RILEY);
    const family = await familyPortal();
    await nurse.goto(`${hub.url}/patients/${patientId}`);
    const panel = nurse.getByRole('region', { name: 'Shared with the family' });
    const box = panel.getByRole('textbox', { name: 'Write an update for the family' });
    await box.waitFor();
    await goOffline(nurse.context());
    await nurse.getByRole('banner').getByRole('status').getByText('Offline', { exact: false }).waitFor();

    const text = `Written offline ${Date.now()}: Eleanor enjoyed her lunch in the day room.`;
    await box.fill(text);
    await panel.getByRole('button', { name: 'Share with family', exact: true }).click();
    const list = panel.getByRole('list', { name: 'Updates written for the family' });
    const item = list.getByRole('listitem').filter({ hasText: text });
    await item.getByText('Family sees this').waitFor({ timeout: 1_000 });
    await expect(box.inputValue()).resolves.toBe('');
    await nurse.getByRole('banner').getByText('1 change waiting', { exact: false }).waitFor();
    expect((await updates()).filter((u) => u.text === text)).toEqual([]);

    await goOnline(nurse.context());
    const sent = await eventually(updates, (all) => all.some((u) => u.text === text));
    expect(sent.filter((u) => u.text === text)).toEqual([expect.objectContaining({ text, visibility: 'FAMILY' })]);
    const news = family.getByRole('region', { name: 'News from the care team' });
    await news.getByRole('article').filter({ hasText: text }).waitFor();
    // The list holds the hub's update now, once.
    await expect(list.getByRole('listitem').filter({ hasText: text }).count()).resolves.toBe(1);

    await goOffline(nurse.context());
    await nurse.getByRole('banner').getByRole('status').getByText('Offline', { exact: false }).waitFor();
    await item.getByRole('button', { name: /^Stop sharing/ }).click();
    await item.getByText('Taken back').waitFor({ timeout: 1_000 });
    expect((await updates()).find((u) => u.text === text)?.visibility).toBe('FAMILY');
    await goOnline(nurse.context());
    const taken = await eventually(updates, (all) => all.some((u) => u.text === text && u.visibility === 'TEAM'));
    expect(taken.find((u) => u.text === text)?.visibility).toBe('TEAM');
    await news.getByRole('article').filter({ hasText: text }).waitFor({ state: 'detached' });
    await expect(item.getByText('Taken back').count()).resolves.toBe(1);
    await nurse.context().close();
    await family.context().close();
  });

  it('a screening started offline opens its draft at once, is started once on reconnect, and shows on another screen', async () => {
    const { patients } = await must<{
      patients: { id: string; name: string; socialNeedsScreenings: { status: string }[] }[];
    }>('{ patients { id name socialNeedsScreenings { status } } }');
    const patient = patients.find(
      (p) => p.id !== patientId && p.socialNeedsScreenings.every((s) => s.status !== 'DRAFT'),
    );
    if (!patient) throw new Error('no patient without a draft screening');
    const drafts = async () =>
      (
        await must<{ patient: { socialNeedsScreenings: { id: string; status: string }[] } }>(
          'query($id: ID!) { patient(id: $id) { socialNeedsScreenings { id status } } }',
          { id: patient.id },
        )
      ).patient.socialNeedsScreenings.filter((s) => s.status === 'DRAFT');
    const nurse = await signIn(browser, hub.url, RILEY);
    const colleague = await signIn(browser, hub.url, RILEY);
    for (const page of [nurse, colleague]) await page.goto(`${hub.url}/patients/${patient.id}`);
    const start = nurse.getByRole('form', { name: 'Start a social-needs screening' });
    await start.waitFor();
    await goOffline(nurse.context());
    await nurse.getByRole('banner').getByRole('status').getByText('Offline', { exact: false }).waitFor();

    await start.getByRole('button', { name: 'Start screening' }).click();
    const screening = nurse.getByRole('region', { name: 'Social needs' });
    await screening.getByRole('radiogroup').first().waitFor({ timeout: 1_000 });
    await expect(start.count()).resolves.toBe(0);
    await expect(drafts()).resolves.toEqual([]);

    await goOnline(nurse.context());
    const started = await eventually(drafts, (all) => all.length > 0);
    expect(started).toHaveLength(1);
    await colleague.getByRole('region', { name: 'Social needs' }).getByRole('radiogroup').first().waitFor();
    await expect(colleague.getByRole('form', { name: 'Start a social-needs screening' }).count()).resolves.toBe(0);
    await nurse.context().close();
    await colleague.context().close();
  });

  it('a family member’s question asked offline shows at once as waiting, is sent on reconnect, and reaches the team’s patient page', async () => {
    const family = await familyPortal();
    const nurse = await signIn(browser, hub.url, RILEY);
    await nurse.goto(`${hub.url}/patients/${patientId}`);
    const teamSide = nurse.getByRole('region', { name: 'Shared with the family' });
    await teamSide.waitFor();
    const ask = family.getByRole('form', { name: 'Ask the care team' });
    await goOffline(family.context());

    const question = `Asked offline ${Date.now()}: can Mum have her own pillow?`;
    await ask.getByLabel('Ask the care team a question').fill(question);
    await ask.getByRole('button', { name: 'Send question' }).click();
    const waiting = ask.getByRole('list', { name: 'Questions not sent yet' }).getByRole('article');
    await waiting.filter({ hasText: question }).waitFor({ timeout: 1_000 });
    await expect(ask.getByLabel('Ask the care team a question').inputValue()).resolves.toBe('');
    const asked = async () =>
      (
        await must<{ patient: { familyQuestions: { text: string }[] } }>(
          'query($id: ID!) { patient(id: $id) { familyQuestions { text } } }',
          { id: patientId },
        )
      ).patient.familyQuestions.filter((q) => q.text === question);
    await expect(asked()).resolves.toEqual([]);

    await goOnline(family.context());
    const sent = await eventually(asked, (all) => all.length > 0);
    expect(sent).toHaveLength(1);
    await teamSide.getByText(question).waitFor();
    const questions = family.getByRole('region', { name: 'Your questions' });
    await questions.getByRole('list').last().getByRole('article').filter({ hasText: question }).waitFor();
    await waiting.filter({ hasText: question }).waitFor({ state: 'detached' });
    await family.context().close();
    await nurse.context().close();
  });
});
