import { randomUUID } from 'node:crypto';
import { RILEY, type TestHub } from '@carehub/api/testing';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signIn } from '../harness/chromium.js';
import { startWebHub, type WebHub } from '../harness/web-hub.js';

interface HeldStream {
  variables: Record<string, string>;
  after: string | null;
  resolve(): void;
}
type SeamWindow = Window & { __holdStreams?: boolean; __heldStreams?: HeldStream[] };

/**
 * Installed before the app starts: while `__holdStreams` is set, each screen's subscription waits
 * after its first read, so the test can write in the gap between the read and the subscription.
 */
function installStreamSeam() {
  const w = window as unknown as SeamWindow & { __carehubTestSeams?: unknown };
  w.__carehubTestSeams = {
    beforeStream(stream: { variables: Record<string, string>; after: string | null }) {
      if (!w.__holdStreams) return;
      return new Promise<void>((resolve) => {
        w.__heldStreams = [...(w.__heldStreams ?? []), { ...stream, resolve }];
      });
    },
  };
}

/**
 * No gap at the start: a change written after a screen's first read but before its subscription
 * starts still reaches the screen, because the subscription starts after the read's position.
 */
describe('no change is missed between a screen’s first read and its subscription, in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;
  let nurse: Page;
  let patientId: string;
  let planId: string;
  let must: WebHub['must'];

  const holdStreams = () =>
    nurse.evaluate(() => {
      (window as SeamWindow).__holdStreams = true;
      (window as SeamWindow).__heldStreams = [];
    });
  /** The held subscriptions (their variables and `after`), once `count` are held. */
  async function heldStreams(count: number): Promise<Omit<HeldStream, 'resolve'>[]> {
    await nurse.waitForFunction((n) => ((window as SeamWindow).__heldStreams ?? []).length >= n, count);
    return nurse.evaluate(() =>
      ((window as SeamWindow).__heldStreams ?? []).map(({ variables, after }) => ({ variables, after })),
    );
  }
  const releaseStreams = () =>
    nurse.evaluate(() => {
      const w = window as SeamWindow;
      w.__holdStreams = false;
      for (const stream of w.__heldStreams ?? []) stream.resolve();
      w.__heldStreams = [];
    });

  beforeAll(async () => {
    ({ hub, must, patientId, planId } = await startWebHub());
    browser = await launchChromium();
    nurse = await signIn(browser, hub.url, RILEY, undefined, installStreamSeam);
    // The first screen (the caseload) has subscribed before any test holds streams.
    await nurse.getByRole('table', { name: 'My caseload' }).getByRole('link', { name: 'Eleanor Whitfield' }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  const addNote = (text: string) =>
    must('mutation($i: AddProgressNoteInput!) { addProgressNote(input: $i) { id } }', {
      i: { carePlanId: planId, clientMutationId: randomUUID(), text },
    });

  it('a note, a record change and a task written while the patient screen’s one subscription waits still appear', async () => {
    await holdStreams();
    // The unit list replaces the caseload only once its screen has loaded; until then the caseload,
    // which links to Eleanor Whitfield too, stays on screen. The test goes on from the unit list,
    // once it has read the unit and its stream waits.
    await nurse.getByRole('link', { name: 'Patients', exact: true }).click();
    const unitList = nurse.getByRole('table', { name: 'Patients' });
    await unitList.getByRole('link', { name: 'Eleanor Whitfield' }).waitFor();
    await heldStreams(1);
    await unitList.getByRole('link', { name: 'Eleanor Whitfield' }).click();
    const plan = nurse.getByRole('region', { name: 'Care plan' });
    await plan.getByText('Progress notes').waitFor();
    await nurse.getByRole('region', { name: 'Tasks' }).getByText('Open task board').waitFor();
    // The unit list's stream (left behind), then the patient screen's one stream, which every feature on the
    // screen (record, care plan, tasks, readmission risk, social needs, assessment, discharge) follows: it
    // starts after the screen's first read.
    const held = await heldStreams(2);
    expect(held.map((s) => s.variables)).toEqual([{ unitId: expect.any(String) }, { patientId }]);
    expect(held.every((s) => s.after !== null && /^\d+$/.test(s.after))).toBe(true);

    await addNote('Written in the gap: daughter will bring the scale.');
    const record = await must<{ patient: { version: number } }>('query($id: ID!) { patient(id: $id) { version } }', {
      id: patientId,
    });
    await must('mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id } }', {
      i: { id: patientId, expectedVersion: record.patient.version, bed: '4W-12B' },
    });
    await must('mutation($i: CreateTaskInput!) { createTask(input: $i) { id } }', {
      i: { patientId, title: 'Written in the gap: weigh before breakfast', clientMutationId: randomUUID() },
    });
    // The screen's first read was before these writes: they are not on screen yet.
    await expect(plan.textContent()).resolves.not.toContain('Written in the gap');
    const tasks = nurse.getByRole('region', { name: 'Tasks' });
    await expect(tasks.textContent()).resolves.not.toContain('Written in the gap');
    // Every feature has read by now, and still the screen follows the patient once.
    await expect(heldStreams(2)).resolves.toHaveLength(2);

    await releaseStreams();
    await tasks.getByText('Written in the gap: weigh before breakfast').waitFor({ timeout: 2_000 });
    await plan.getByText('Written in the gap: daughter will bring the scale.').waitFor({ timeout: 2_000 });
    await nurse.getByText('Bed 4W-12B', { exact: false }).waitFor({ timeout: 2_000 });
  });

  it('a bed change written while the unit list’s subscription waits still appears', async () => {
    await holdStreams();
    await nurse.getByRole('link', { name: 'Patients', exact: true }).click();
    const row = nurse.getByRole('table', { name: 'Patients' }).locator('tr', { hasText: 'Eleanor Whitfield' });
    await row.waitFor();
    const [stream] = await heldStreams(1);
    expect(stream?.after).toMatch(/^\d+$/);
    const record = await must<{ patient: { version: number } }>('query($id: ID!) { patient(id: $id) { version } }', {
      id: patientId,
    });
    await must('mutation($i: UpdatePatientInput!) { updatePatient(input: $i) { id } }', {
      i: { id: patientId, expectedVersion: record.patient.version, bed: '4W-14A' },
    });
    await expect(row.textContent()).resolves.not.toContain('4W-14A');
    await releaseStreams();
    await row.getByText('4W-14A').waitFor({ timeout: 2_000 });
  });

  it('coming back to a patient shows the plan as it is now, not as it was cached', async () => {
    await nurse.getByRole('link', { name: 'Eleanor Whitfield' }).click();
    const plan = nurse.getByRole('region', { name: 'Care plan' });
    await plan.getByText('Live', { exact: true }).waitFor();
    await nurse.getByRole('link', { name: 'Patients', exact: true }).click();
    await nurse.locator('tr', { hasText: 'Eleanor Whitfield' }).waitFor();
    await addNote('Written while away from the patient.');
    await nurse.getByRole('link', { name: 'Eleanor Whitfield' }).click();
    await plan.getByText('Written while away from the patient.').waitFor({ timeout: 2_000 });
  });
});
