import { randomUUID } from 'node:crypto';
import { RILEY, type TestHub } from '@carehub/api/testing';
import type { Browser, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, signIn } from '../harness/chromium.js';
import { startWebHub, type WebHub } from '../harness/web-hub.js';

/**
 * A live event the screen cannot apply (here one injected into the page's GraphQL websocket, as a
 * broken proxy or server bug would send it): the user is told which change could not be shown and
 * why, the screen is read again, and the stream goes on — later changes still arrive.
 */
describe('a malformed live event, in Chromium', () => {
  let hub: TestHub;
  let browser: Browser;
  let nurse: Page;
  let planId: string;
  let must: WebHub['must'];
  let socket: WebSocketRoute | undefined;
  let patientSubscription: string | undefined;

  beforeAll(async () => {
    ({ hub, must, planId } = await startWebHub());
    browser = await launchChromium();
    nurse = await signIn(browser, hub.url, RILEY);
    // Every GraphQL websocket passes through, both ways; the test can add a message of its own.
    await nurse.routeWebSocket(/\/graphql$/, (ws) => {
      const server = ws.connectToServer();
      ws.onMessage((message) => {
        const sent = JSON.parse(String(message)) as { id?: string; type: string; payload?: { query?: string } };
        if (sent.type === 'subscribe' && sent.payload?.query?.includes('subscription PatientScreenEvents')) {
          patientSubscription = sent.id;
        }
        server.send(message);
      });
      server.onMessage((message) => ws.send(message));
      socket = ws;
    });
    await nurse.reload();
    await nurse.getByRole('link', { name: 'Patients', exact: true }).click();
    await nurse.getByRole('link', { name: 'Eleanor Whitfield' }).click();
    await nurse.getByRole('region', { name: 'Care plan' }).getByText('Live', { exact: true }).waitFor();
  });
  afterAll(async () => {
    await browser?.close();
    await hub?.stop();
  });

  it('names the change it could not show and why, reads the screen again, and keeps following the stream', async () => {
    expect(patientSubscription).toBeDefined();
    const reread = nurse.waitForRequest(
      (r) =>
        r.method() === 'POST' && (r.postDataJSON() as { operationName?: string })?.operationName === 'PatientCarePlan',
    );
    socket?.send(
      JSON.stringify({
        id: patientSubscription,
        type: 'next',
        payload: {
          data: {
            patientEvents: {
              __typename: 'ChangeEvent',
              id: 'not-an-event-id',
              stream: 'patient:x',
              kind: 'UPDATED',
              entityType: 'Goal',
              entityId: 'goal-7',
              version: 2,
              at: new Date().toISOString(),
              actor: { __typename: 'User', id: 'u', name: 'Nobody' },
              node: null,
            },
          },
        },
      }),
    );
    const notices = nurse.getByRole('region', { name: 'Notices' });
    await notices.getByText('Could not show a change to goal goal-7: it has no event id.', { exact: false }).waitFor();
    // The screen's fresh read has answered before the next change is made: that change can reach
    // the screen only through the stream.
    await (await reread).response();

    await must('mutation($i: AddProgressNoteInput!) { addProgressNote(input: $i) { id } }', {
      i: { carePlanId: planId, clientMutationId: randomUUID(), text: 'After the bad event: still live.' },
    });
    await nurse.getByText('After the bad event: still live.').waitFor({ timeout: 2_000 });
  });
});
