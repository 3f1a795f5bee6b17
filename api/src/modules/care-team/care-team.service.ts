import type { MikroORM } from '@mikro-orm/core';
import type { Caller } from '../../platform/auth/caller.js';
import { badInput, notFound } from '../../platform/errors.js';
import type { WritePath } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import { CareTeamMember, type CareTeamMemberView, careTeamMemberView } from './care-team.entity.js';
import type { AddCareTeamMemberInput, RemoveCareTeamMemberInput } from './care-team.types.js';

/** Who is on each patient's care team, added and removed live on the patient's stream. */
export class CareTeamService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly access: PatientAccessService,
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
    await this.access.assertMayRead(caller, patientId, 'careTeam');
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
    const access = await this.access.authorize(caller, input.patientId, 'careTeam.manage', 'addCareTeamMember');
    const user = await this.identity.userById(input.userId);
    if (!user?.active) throw notFound('User', input.userId);
    if (user.kind !== 'STAFF') throw badInput('Only staff can join a care team; family are linked instead.', 'userId');
    const member = await this.writes.create(
      access.stamp,
      CareTeamMember,
      async ({ em }) => {
        if (await em.count(CareTeamMember, { patientId: input.patientId, userId: input.userId, endedAt: null })) {
          throw badInput(`${user.name} is already on this care team.`, 'userId');
        }
        if (
          input.role === 'LEAD_CASE_MANAGER' &&
          (await em.count(CareTeamMember, { patientId: input.patientId, role: 'LEAD_CASE_MANAGER', endedAt: null }))
        ) {
          throw badInput('This patient already has a lead case manager; remove them first.', 'role');
        }
        return em.create(CareTeamMember, { patientId: input.patientId, userId: input.userId, role: input.role });
      },
      input.clientMutationId,
    );
    return careTeamMemberView(member);
  }

  /**
   * Ends a membership. The removal is an event on the patient's stream, so the removed member's
   * open subscriptions re-check access on it and end at once.
   */
  async remove(caller: Caller, input: RemoveCareTeamMemberInput): Promise<CareTeamMemberView> {
    const target = { entity: CareTeamMember, ...input };
    const { access } = await this.access.authorizeItem(caller, target, 'careTeam.manage', 'removeCareTeamMember');
    const member = await this.writes.archive(access.stamp, target, (current) => {
      if (current.endedAt) throw badInput('This member has already left the care team.', 'id');
      return { endedAt: new Date() };
    });
    return careTeamMemberView(member);
  }
}
