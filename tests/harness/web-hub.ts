import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CASEY, startTestHub, type TestHub } from '@carehub/api/testing';

const webDist = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** A hub serving the built web app, with Eleanor Whitfield's ids and reads as her lead case manager. */
export interface WebHub {
  hub: TestHub;
  /** Runs a GraphQL operation as the case manager; throws on any error, so a failed read never looks empty. */
  must<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** Eleanor Whitfield (MRN-100231), the demo patient the browser tests work on, and her care plan. */
  patientId: string;
  planId: string;
}

export async function startWebHub(): Promise<WebHub> {
  if (!existsSync(path.join(webDist, 'index.html')))
    throw new Error('web/dist is missing: build the web app first (npm test does)');
  const hub = await startTestHub({ WEB_DIST: webDist });
  const casey = await hub.login(CASEY);
  async function must<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await hub.gql<T>(query, variables, casey);
    if (result.errors?.length || !result.data) throw new Error(JSON.stringify(result.errors ?? 'no data'));
    return result.data;
  }
  const list = await must<{ patients: { id: string; mrn: string }[] }>('{ patients { id mrn } }');
  const patientId = list.patients.find((p) => p.mrn === 'MRN-100231')?.id ?? '';
  const read = await must<{ patient: { carePlan: { id: string } } }>(
    'query($id: ID!) { patient(id: $id) { carePlan { id } } }',
    { id: patientId },
  );
  return { hub, must, patientId, planId: read.patient.carePlan.id };
}
