import { InMemoryCache } from '@apollo/client';
import {
  NeedFieldsFragmentDoc,
  PatientSocialNeedsDocument,
  type PatientSocialNeedsQuery,
  type SocialNeedsEventFragment,
} from '@carehub/schema/graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { applySocialNeedsEvent } from './social-needs.live.js';

type Node = NonNullable<SocialNeedsEventFragment['socialNeedsNode']>;

const need = (id: string, domain: string) =>
  ({
    __typename: 'Need',
    id,
    patientId: 'p1',
    domain,
    status: 'IDENTIFIED',
    screeningId: 's1',
    problemId: null,
    goalId: null,
    taskId: null,
    note: null,
    version: 1,
    createdAt: '2026-11-25T10:00:00.000Z',
    updatedAt: '2026-11-25T10:00:00.000Z',
  }) as const;

let cache: InMemoryCache;
const needs = () =>
  cache
    .readQuery({ query: PatientSocialNeedsDocument, variables: { id: 'p1' } })
    ?.patient.socialNeeds.map((n) => n.domain);

beforeEach(() => {
  cache = new InMemoryCache();
  cache.writeQuery({
    query: PatientSocialNeedsDocument,
    variables: { id: 'p1' },
    data: {
      patient: {
        __typename: 'Patient',
        id: 'p1',
        primaryLanguage: 'English',
        interpreterNeeded: false,
        socialNeedsScreenings: [],
        socialNeeds: [need('n1', 'FOOD')],
      },
    } as unknown as PatientSocialNeedsQuery,
  });
});

describe('social-needs events in the cache', () => {
  it('a need raised by someone else’s screening joins the top of the patient’s list, once', () => {
    const raised = need('n2', 'TRANSPORTATION');
    // As the platform does before the feature places it.
    cache.writeFragment({ fragment: NeedFieldsFragmentDoc, fragmentName: 'NeedFields', data: raised as never });
    const node = { ...raised, needStatus: 'IDENTIFIED' } as unknown as Node;
    applySocialNeedsEvent(cache, 'p1', node);
    expect(needs()).toEqual(['TRANSPORTATION', 'FOOD']);
    // A replayed event changes nothing.
    applySocialNeedsEvent(cache, 'p1', node);
    expect(needs()).toEqual(['TRANSPORTATION', 'FOOD']);
  });

  it('an event of another kind of item leaves the lists alone', () => {
    applySocialNeedsEvent(cache, 'p1', { __typename: 'Assessment', id: 'a1' } as unknown as Node);
    expect(needs()).toEqual(['FOOD']);
  });
});
