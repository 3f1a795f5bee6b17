import { type MikroORM, UniqueConstraintViolationException } from '@mikro-orm/core';
import type { Caller } from '../../platform/auth/caller.js';
import { badInput, conflict, notFound } from '../../platform/errors.js';
import { Streams } from '../../platform/events/streams.js';
import { stampOf, type WriteContext, type WritePath } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import { LEAD_CASE_MANAGER } from '../../platform/policy/policy.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientService } from '../patient/patient.service.js';
import { CareTeamMember, type CareTeamMemberView, careTeamMemberView } from './care-team.entity.js';
import type {
  AddCareTeamMemberInput,
  AssignLeadCaseManagerInput,
  RemoveCareTeamMemberInput,
} from './care-team.types.js';

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

  /** The user id of the patient's current lead case manager, or null. Used by the policy. */
  async leadOf(patientId: string): Promise<string | null> {
    if (!isUuid(patientId)) return null;
    const lead = await this.orm.em
      .fork()
      .findOne(CareTeamMember, { patientId, role: LEAD_CASE_MANAGER, endedAt: null });
    return lead?.userId ?? null;
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

  /**
   * Adds a member. Giving the lead case manager role follows the policy's rule for it (the current
   * lead or an admin; a unit lead while there is none), and nobody adds themselves with a role that
   * widens their own access. A refusal is FORBIDDEN and on the patient's audit trail.
   */
  async add(caller: Caller, input: AddCareTeamMemberInput): Promise<CareTeamMemberView> {
    // Ids are exact (isUuid), so the id the policy compares with the caller's is the one added.
    const access = await this.patients.authorize(caller, input.patientId, 'careTeam.manage', 'addCareTeamMember', {
      careTeamChange: { kind: 'ADD', userId: input.userId, role: input.role },
    });
    const user = await this.staffMember(input.userId);
    const patientId = access.patient.id;
    return this.writes
      .run(
        stampOf(caller, access.viewer, 'addCareTeamMember'),
        async ({ em, record }) => {
          if (await em.count(CareTeamMember, { patientId, userId: user.id, endedAt: null })) {
            throw badInput(`${user.name} is already on this care team.`, 'userId');
          }
          if (
            input.role === LEAD_CASE_MANAGER &&
            (await em.count(CareTeamMember, { patientId, role: LEAD_CASE_MANAGER, endedAt: null }))
          ) {
            throw badInput('This patient already has a lead case manager; hand the role over instead.', 'role');
          }
          const member = em.create(CareTeamMember, { patientId, userId: user.id, role: input.role });
          record({ kind: 'CREATED', entity: member, patientId, streams: [Streams.patient(patientId)] });
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
    const access = await this.patients.authorize(
      caller,
      existing.patientId,
      'careTeam.manage',
      'removeCareTeamMember',
      {
        careTeamChange: { kind: 'REMOVE', userId: existing.userId, role: existing.role },
      },
    );
    return this.writes
      .run(stampOf(caller, access.viewer, 'removeCareTeamMember'), async ({ em, record, expectVersion }) => {
        const member = await em.findOneOrFail(CareTeamMember, { id: input.id });
        expectVersion(member, input.expectedVersion);
        if (member.endedAt) throw badInput('This member has already left the care team.', 'id');
        end(member, record);
        return member;
      })
      .then(careTeamMemberView);
  }

  /**
   * Makes a staff member the patient's lead case manager: the current lead's membership ends and the
   * new lead's other membership on the team, if any, becomes the lead one — one step, one lead at a
   * time. Allowed to the current lead and admins, and, while the patient has no lead, to a unit lead
   * on the patient's unit; never to oneself. If the lead changed after the check, CONFLICT.
   */
  async assignLead(caller: Caller, input: AssignLeadCaseManagerInput): Promise<CareTeamMemberView> {
    const leadSeen = await this.leadOf(input.patientId);
    const access = await this.patients.authorize(caller, input.patientId, 'careTeam.manage', 'assignLeadCaseManager', {
      careTeamChange: { kind: 'ADD', userId: input.userId, role: LEAD_CASE_MANAGER },
    });
    const user = await this.staffMember(input.userId);
    const patientId = access.patient.id;
    return this.writes
      .run(
        stampOf(caller, access.viewer, 'assignLeadCaseManager'),
        async ({ em, record }) => {
          const members = await em.find(CareTeamMember, { patientId, endedAt: null });
          const lead = members.find((m) => m.role === LEAD_CASE_MANAGER);
          if ((lead?.userId ?? null) !== leadSeen)
            throw conflict('CareTeamMember', lead ? careTeamMemberView(lead) : null);
          if (lead?.userId === user.id) throw badInput(`${user.name} is already the lead case manager.`, 'userId');
          for (const member of members) if (member === lead || member.userId === user.id) end(member, record);
          // The ended rows must be written before the new lead's, which the one-lead index checks.
          await em.flush();
          const member = em.create(CareTeamMember, { patientId, userId: user.id, role: LEAD_CASE_MANAGER });
          try {
            await em.flush();
          } catch (error) {
            // A handover that committed meanwhile holds the one-lead index: this one came second.
            if (error instanceof UniqueConstraintViolationException) throw conflict('CareTeamMember', null);
            throw error;
          }
          record({ kind: 'CREATED', entity: member, patientId, streams: [Streams.patient(patientId)] });
          return member;
        },
        {
          clientMutationId: input.clientMutationId,
          replay: (em, id) => em.findOneOrFail(CareTeamMember, { id }),
        },
      )
      .then(careTeamMemberView);
  }

  /** An active staff account, or NOT_FOUND / BAD_USER_INPUT. */
  private async staffMember(userId: string) {
    const user = await this.identity.userById(userId);
    if (!user?.active) throw notFound('User', userId);
    if (user.kind !== 'STAFF') throw badInput('Only staff can join a care team; family are linked instead.', 'userId');
    return user;
  }
}

/** Ends a membership (kept in the history) and records it on the patient's stream. */
function end(member: CareTeamMember, record: WriteContext['record']): void {
  const before = careTeamMemberView(member);
  member.endedAt = new Date();
  record({
    kind: 'DELETED',
    entity: member,
    before,
    patientId: member.patientId,
    streams: [Streams.patient(member.patientId)],
  });
}
