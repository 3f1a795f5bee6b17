import type { MikroORM } from '@mikro-orm/core';
import type { Caller } from '../../platform/auth/caller.js';
import { badInput, notFound } from '../../platform/errors.js';
import { Streams } from '../../platform/events/streams.js';
import { stampOf, type WritePath } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientService } from '../patient/patient.service.js';
import { CareTeamMember, type CareTeamMemberView, careTeamMemberView } from './care-team.entity.js';
import type { AddCareTeamMemberInput, RemoveCareTeamMemberInput } from './care-team.types.js';

/** Who is on each patient's care team, added and removed live on the patient's stream. */
export class CareTeamService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly patients: PatientService,
    private readonly identity: IdentityService,
  ) {}

  /** The user's active role on the patient's team, or null. Used by the policy. */
  async roleOf(userId: string, patientId: string): Promise<string | null> {
    if (!isUuid(patientId)) return null;
    const member = await this.orm.em.fork().findOne(CareTeamMember, { userId, patientId, endedAt: null });
    return member?.role ?? null;
  }

  /** The patient's care team now, for a caller who may read the patient now. */
  async activeMembers(caller: Caller, patientId: string): Promise<CareTeamMemberView[]> {
    await this.patients.assertMayRead(caller, patientId, 'careTeam');
    const rows = await this.orm.em
      .fork()
      .find(CareTeamMember, { patientId, endedAt: null }, { orderBy: { startedAt: 'asc' } });
    return rows.map(careTeamMemberView);
  }

  /** Ids of the patients whose team the user is on now. */
  async patientIdsOf(userId: string): Promise<string[]> {
    const rows = await this.orm.em.fork().find(CareTeamMember, { userId, endedAt: null }, { fields: ['patientId'] });
    return rows.map((r) => r.patientId);
  }

  async add(caller: Caller, input: AddCareTeamMemberInput): Promise<CareTeamMemberView> {
    const access = await this.patients.authorize(caller, input.patientId, 'careTeam.manage', 'addCareTeamMember');
    const user = await this.identity.userById(input.userId);
    if (!user?.active) throw notFound('User', input.userId);
    if (user.kind !== 'STAFF') throw badInput('Only staff can join a care team; family are linked instead.', 'userId');
    return this.writes
      .run(
        stampOf(caller, access.viewer, 'addCareTeamMember'),
        async ({ em, record }) => {
          if (await em.count(CareTeamMember, { patientId: input.patientId, userId: input.userId, endedAt: null })) {
            throw badInput(`${user.name} is already on this care team.`, 'userId');
          }
          if (
            input.role === 'LEAD_CASE_MANAGER' &&
            (await em.count(CareTeamMember, { patientId: input.patientId, role: 'LEAD_CASE_MANAGER', endedAt: null }))
          ) {
            throw badInput('This patient already has a lead case manager; remove them first.', 'role');
          }
          const member = em.create(CareTeamMember, {
            patientId: input.patientId,
            userId: input.userId,
            role: input.role,
          });
          record({
            kind: 'CREATED',
            entity: member,
            patientId: input.patientId,
            streams: [Streams.patient(input.patientId)],
          });
          return member;
        },
        {
          clientMutationId: input.clientMutationId,
          replay: (em, id) => em.findOneOrFail(CareTeamMember, { id }),
        },
      )
      .then(careTeamMemberView);
  }

  /**
   * Ends a membership. The removal is an event on the patient's stream, so the removed member's
   * open subscriptions re-check access on it and end at once.
   */
  async remove(caller: Caller, input: RemoveCareTeamMemberInput): Promise<CareTeamMemberView> {
    const existing = isUuid(input.id) ? await this.orm.em.fork().findOne(CareTeamMember, { id: input.id }) : null;
    if (!existing) throw notFound('CareTeamMember', input.id);
    const access = await this.patients.authorize(caller, existing.patientId, 'careTeam.manage', 'removeCareTeamMember');
    return this.writes
      .run(stampOf(caller, access.viewer, 'removeCareTeamMember'), async ({ em, record, expectVersion }) => {
        const member = await em.findOneOrFail(CareTeamMember, { id: input.id });
        expectVersion(member, input.expectedVersion);
        if (member.endedAt) throw badInput('This member has already left the care team.', 'id');
        const before = careTeamMemberView(member);
        member.endedAt = new Date();
        record({
          kind: 'DELETED',
          entity: member,
          before,
          patientId: member.patientId,
          streams: [Streams.patient(member.patientId)],
        });
        return member;
      })
      .then(careTeamMemberView);
  }
}
