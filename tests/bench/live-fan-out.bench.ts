import { CASEY, startTestHub } from '@carehub/api/testing';
import { afterAll, bench, describe } from 'vitest';

/**
 * A rounds room: eight people follow one patient. The same update is timed alone (baseline) and
 * until all eight subscribers have received it, so the ratio is the cost of live delivery.
 */
const hub = await startTestHub();
const { patients } = hub.app.services;
const token = await hub.login(CASEY);
const viewer = await hub.app.services.identity.authenticate(token);
const caller = { viewer, requestId: 'bench', ip: '127.0.0.1' };
const [quiet, watched] = await patients.list(caller, {});
if (!quiet || !watched) throw new Error('demo patients missing');

const SUBSCRIBERS = 8;
const received = new Array<number>(SUBSCRIBERS).fill(0);
let wake: (() => void) | undefined;
// Each follows through the service, as a subscription does: every event re-checks the session and the policy.
const feeds = await Promise.all(Array.from({ length: SUBSCRIBERS }, () => patients.follow(caller, watched.id, null)));
feeds.forEach((events, i) => {
  void (async () => {
    for await (const _event of events) {
      received[i] = (received[i] ?? 0) + 1;
      wake?.();
    }
  })();
});

let n = 0;
const versions = new Map<string, number>([
  [quiet.id, quiet.version],
  [watched.id, watched.version],
]);
async function setBed(id: string) {
  const updated = await patients.update(caller, { id, expectedVersion: versions.get(id) ?? 1, bed: `F-${++n}` });
  versions.set(id, updated.version);
}

afterAll(async () => {
  await Promise.all(feeds.map((f) => (f as AsyncGenerator).return(undefined)));
  await hub.stop();
});

describe('one update, eight people watching', () => {
  bench('baseline: the update with nobody subscribed', async () => {
    await setBed(quiet.id);
  });

  bench('the update delivered to all eight subscribers', async () => {
    const target = Math.min(...received) + 1;
    await setBed(watched.id);
    while (Math.min(...received) < target) {
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
    }
  });
});
