import { CASEY, type HubClient, RILEY } from '@carehub/api/testing';

/**
 * The demo unit as a fault test meets it: Casey (the lead case manager, who follows patients) and
 * Riley (who edits) signed in, and the unit's patients with their versions, the first one apart.
 */
export async function demoUnitOf(api: HubClient) {
  const [casey, riley] = await Promise.all([api.login(CASEY), api.login(RILEY)]);
  const { patients } = await api.read<{ patients: { id: string; version: number }[] }>(
    '{ patients { id version } }',
    {},
    casey,
  );
  const first = patients[0];
  if (!first) throw new Error('the demo unit has no patients');
  return { casey, riley, patients, first };
}
