import { InMemoryCache } from '@apollo/client';
import { type AuthorizationFieldsFragment, AuthorizationFieldsFragmentDoc } from '@carehub/schema/graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { changeAuthorizationStatusLive } from './payer.optimistic.js';

const viewer = { id: 'u1', name: 'Casey Morgan', discipline: 'CM' };

const denied: AuthorizationFieldsFragment & { __typename: 'Authorization' } = {
  __typename: 'Authorization',
  id: 'a1',
  patientId: 'p1',
  payer: 'Humana',
  memberId: 'H1036-2231',
  coverageType: 'MEDICARE',
  service: 'POST_ACUTE_PLACEMENT',
  serviceDetail: 'Maple Grove SNF',
  unitOfService: 'DAYS',
  requestedUnits: 21,
  requestedFrom: '2026-11-26',
  requestedTo: '2026-12-16',
  approvedUnits: 0,
  approvedFrom: null,
  approvedTo: null,
  payerReference: 'HUM-SNF-77812',
  status: 'DENIED',
  nextStatuses: ['APPEALED'],
  submittedAt: '2026-11-22T10:00:00.000Z',
  decidedAt: '2026-11-24T10:00:00.000Z',
  denialReason: 'Does not meet skilled need',
  appealDeadline: '2026-11-27',
  appealTaskId: 't1',
  peerToPeer: null,
  history: [],
  version: 4,
  createdAt: '2026-11-22T09:00:00.000Z',
  updatedAt: '2026-11-24T10:00:00.000Z',
};

let cache: InMemoryCache;

beforeEach(() => {
  cache = new InMemoryCache();
  cache.writeFragment({ fragment: AuthorizationFieldsFragmentDoc, fragmentName: 'AuthorizationFields', data: denied });
});

describe('an authorization status step shows at once', () => {
  it('as the cached authorization with the new status, one version up', () => {
    const variables = { input: { id: 'a1', expectedVersion: 4, status: 'APPEALED' as const, note: 'Faxed' } };
    const result = changeAuthorizationStatusLive.optimistic(variables, { cache, viewer });
    expect(result?.changeAuthorizationStatus).toMatchObject({
      id: 'a1',
      status: 'APPEALED',
      version: 5,
      payer: 'Humana',
      denialReason: 'Does not meet skilled need',
    });
    expect(changeAuthorizationStatusLive.describe(variables, cache)).toBe(
      'Authorization: Humana post acute placement: status, note',
    );
  });

  it('of an authorization the cache does not hold, nothing rather than a guess', () => {
    const variables = { input: { id: 'a9', expectedVersion: 1, status: 'SUBMITTED' as const } };
    expect(changeAuthorizationStatusLive.optimistic(variables, { cache, viewer })).toBeNull();
  });
});
