import { InMemoryCache } from '@apollo/client';
import { AddDischargeBarrierDocument, PatientDischargeDocument, StaffDocument } from '@carehub/schema/graphql';
import { beforeEach, describe, expect, it } from 'vitest';
import { applyPlacement } from '../../platform/placement.js';
import { addBarrierLive, createDischargePlanLive, recordEducationLive } from './discharge.optimistic.js';

const viewer = { id: 'u1', name: 'Casey Morgan', discipline: 'CM' };
let cache: InMemoryCache;

beforeEach(() => {
  cache = new InMemoryCache();
  cache.writeQuery({
    query: StaffDocument,
    data: { staff: [{ __typename: 'User', id: 'u2', name: 'Avery Patel', discipline: 'SW' }] } as never,
  });
  cache.writeQuery({
    query: PatientDischargeDocument,
    variables: { id: 'p1' },
    data: {
      patient: {
        __typename: 'Patient',
        id: 'p1',
        admittedAt: '2026-11-20T08:00:00.000Z',
        dischargePlan: {
          __typename: 'DischargePlan',
          id: 'plan1',
          patientId: 'p1',
          expectedDate: null,
          disposition: null,
          visibility: 'TEAM',
          readiness: null,
          version: 1,
          updatedAt: '2026-11-20T08:00:00.000Z',
          checklist: [],
          barriers: [],
        },
        educationRecords: [],
      },
    } as never,
  });
});

const plan = () => cache.readQuery({ query: PatientDischargeDocument, variables: { id: 'p1' } })?.patient.dischargePlan;

describe('discharge edits before the hub answers', () => {
  it('a new barrier shows at once on the plan, with its owner named from the staff list and its due date', () => {
    const variables = {
      input: {
        clientMutationId: 'c-12345678',
        planId: 'plan1',
        description: 'Ride home',
        ownerId: 'u2',
        dueDate: '2026-11-27',
      },
    };
    const data = addBarrierLive.optimistic(variables, { cache, viewer });
    expect(data?.addDischargeBarrier).toMatchObject({
      description: 'Ride home',
      dueDate: '2026-11-27',
      status: 'OPEN',
      owner: { id: 'u2', name: 'Avery Patel' },
    });
    cache.writeQuery({ id: 'ROOT_MUTATION', query: AddDischargeBarrierDocument, variables, data: data as never });
    const placement = addBarrierLive.placement?.(variables, data as never, cache);
    if (!placement) throw new Error('no placement');
    applyPlacement(cache, cache.identify(data?.addDischargeBarrier as never), placement);
    expect(plan()?.barriers.map((b) => [b.description, b.owner?.name])).toEqual([['Ride home', 'Avery Patel']]);
  });

  it('education is recorded with the learner by name, the method and the teach-back, newest first, and waits offline', () => {
    const variables = {
      input: {
        clientMutationId: 'c-87654321',
        patientId: 'p1',
        topic: 'Daily weights',
        taughtTo: 'FAMILY_MEMBER' as const,
        learnerName: ' Jordan ',
        method: 'DEMONSTRATION' as const,
        teachBack: 'PARTIALLY_MET' as const,
        followUpNeeded: true,
      },
    };
    expect(recordEducationLive.optimistic(variables, { cache, viewer })?.recordEducation).toMatchObject({
      taughtTo: 'FAMILY_MEMBER',
      learnerName: 'Jordan',
      method: 'DEMONSTRATION',
      teachBack: 'PARTIALLY_MET',
      taughtBy: { id: 'u1', name: 'Casey Morgan' },
    });
    expect(recordEducationLive.placement?.(variables, {} as never, cache)).toEqual({
      parent: 'Patient:p1',
      field: 'educationRecords',
      at: 'start',
    });
    expect(recordEducationLive.queued?.entity(variables).typename).toBe('EducationRecord');
  });

  it('starting a plan sets the patient’s plan, queued like every other create', () => {
    const variables = { input: { clientMutationId: 'c-11112222', patientId: 'p1' } };
    expect(createDischargePlanLive.optimistic(variables, { cache, viewer })?.createDischargePlan).toMatchObject({
      patientId: 'p1',
      readiness: null,
      checklist: [],
      barriers: [],
    });
    expect(createDischargePlanLive.placement?.(variables, {} as never, cache)).toEqual({
      parent: 'Patient:p1',
      field: 'dischargePlan',
      at: 'set',
    });
    expect(createDischargePlanLive.queued).toBeDefined();
  });
});
