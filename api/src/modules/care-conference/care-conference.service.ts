import type { EntityClass, FilterQuery, MikroORM } from '@mikro-orm/core';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Caller } from '../../platform/auth/caller.js';
import { badInput, forbidden, notFound, unauthenticated } from '../../platform/errors.js';
import { type Delivery, type EventFeed, recheckAtMostEvery } from '../../platform/events/event-feed.js';
import { Streams } from '../../platform/events/streams.js';
import type { WritePath } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import type { Policy } from '../../platform/policy/policy.js';
import type { ReadAccess } from '../../platform/policy/read-access.js';
import { blankToNull, requireText } from '../../platform/text.js';
import type { FamilyService } from '../family/family.service.js';
import type { IdentityService } from '../identity/identity.service.js';
import type { PatientAccess, PatientAccessService } from '../patient/patient-access.service.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import {
  attendeeView,
  CareConference,
  ConferenceAttendee,
  ConferenceDecision,
  ConferenceSummary,
  conferenceDecisionView,
  conferenceView,
  summaryView,
} from './care-conference.entity.js';
import type {
  AddConferenceAttendeeInput,
  CareConferenceType,
  CreateConferenceFollowUpInput,
  PublishConferenceSummaryInput,
  RecordConferenceDecisionInput,
  RemoveConferenceAttendeeInput,
  ScheduleCareConferenceInput,
  UpdateCareConferenceInput,
} from './care-conference.types.js';

type ConferenceEntity = CareConference | ConferenceAttendee | ConferenceDecision | ConferenceSummary;

export interface ConferenceNeeds {
  patientAccess: PatientAccessService;
  readAccess: ReadAccess;
  identity: IdentityService;
  family: FamilyService;
  taskBoards: TaskBoardService;
}

/**
 * Care conferences about one patient: scheduling, attendees (staff and family, in person or
 * remote), agenda, notes, decisions and follow-up tasks, and the summary the lead case manager
 * publishes to the family. Everything is the patient's data: the patient's team reads and writes
 * it (each read audited), live on the conference's stream (`conference:<id>`); the published
 * summary is also on the patient's stream, shared with family, where the portal reads it.
 */
export class CareConferenceService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly feed: EventFeed,
    private readonly policy: Policy,
    private readonly audit: AuditLog,
    private readonly needs: ConferenceNeeds,
  ) {}

  // ── reads ────────────────────────────────────────────────────────────────────────────────

  async conference(caller: Caller, id: string): Promise<CareConferenceType> {
    const conference = await this.load(CareConference, id);
    await this.needs.patientAccess.authorize(caller, conference.patientId, 'patient.read', 'careConference');
    return this.whole(conference);
  }

  /** The conference's stream (known before its data is read); NOT_FOUND for an unknown one. */
  async streamOf(id: string): Promise<string> {
    return Streams.conference((await this.load(CareConference, id)).id);
  }

  /** The patient's conferences, soonest first, for those who may read the patient. */
  async conferencesOf(caller: Caller, patientId: string): Promise<CareConferenceType[]> {
    await this.needs.patientAccess.assertMayRead(caller, patientId, 'careConferences');
    const rows = await this.orm.em.fork().find(CareConference, { patientId }, { orderBy: { scheduledAt: 'desc' } });
    return Promise.all(rows.map((c) => this.whole(c)));
  }

  /**
   * The summaries published to the family: for the patient's team, and for family members with an
   * active link (the portal). Either read is on the audit trail.
   */
  async publishedSummaries(caller: Caller, patientId: string) {
    const viewer = caller.viewer;
    if (!viewer) throw unauthenticated();
    if (viewer.kind === 'FAMILY') {
      if (!isUuid(patientId) || !(await this.policy.familyMayFollow(viewer, patientId))) throw forbidden();
      await this.audit.append([
        {
          actor: { id: viewer.userId, name: viewer.name },
          patientId,
          operation: 'conferenceSummaries',
          access: 'READ',
          entityType: 'Patient',
          entityId: patientId,
          ip: caller.ip,
          requestId: caller.requestId,
          breakGlass: false,
        },
      ]);
    } else {
      await this.needs.patientAccess.authorize(caller, patientId, 'patient.read', 'conferenceSummaries');
    }
    const rows = await this.orm.em.fork().find(ConferenceSummary, { patientId }, { orderBy: { publishedAt: 'desc' } });
    return rows.map(summaryView);
  }

  /** The conference's stream for those who may read its patient; ends when that access (or the session) ends. */
  async follow(caller: Caller, id: string, after: string | null | undefined): Promise<AsyncIterable<Delivery>> {
    const conference = await this.load(CareConference, id);
    const { viewer } = await this.needs.patientAccess.authorize(
      caller,
      conference.patientId,
      'patient.read',
      'conferenceEvents',
    );
    const { readAccess, identity } = this.needs;
    const sessionLive = recheckAtMostEvery(
      readAccess.recheckMs,
      () => identity.sessionIsLive(viewer.sessionId),
      () => false,
    );
    return this.feed.follow(Streams.conference(conference.id), {
      after,
      stillAllowed: async (event) =>
        (await sessionLive(event)) &&
        ((await readAccess.decide(caller, conference.patientId, event))?.allowed ?? false),
      sight: async (event) => {
        const decision = await readAccess.decide(caller, conference.patientId, event);
        if (!decision?.allowed) return 'none';
        readAccess.shown(caller, conference.patientId, 'conferenceEvents', decision.breakGlass);
        return 'whole';
      },
    });
  }

  // ── writes ───────────────────────────────────────────────────────────────────────────────

  async schedule(caller: Caller, input: ScheduleCareConferenceInput): Promise<CareConferenceType> {
    const access = await this.needs.patientAccess.authorize(
      caller,
      input.patientId,
      'patient.update',
      'scheduleCareConference',
    );
    const conference = await this.writes.create(
      access.stamp,
      CareConference,
      ({ em }) =>
        em.create(CareConference, {
          patientId: input.patientId,
          title: requireText(input.title, 'title'),
          scheduledAt: input.scheduledAt,
          location: blankToNull(input.location),
          agenda: cleanAgenda(input.agenda ?? []),
          organizerId: access.viewer.userId,
        }),
      input.clientMutationId,
    );
    return this.whole(conference);
  }

  async update(caller: Caller, input: UpdateCareConferenceInput): Promise<CareConferenceType> {
    const { access } = await this.editable(caller, CareConference, input.id, 'updateCareConference');
    const updated = await this.writes.update(access.stamp, { entity: CareConference, ...input }, (current) => {
      if (current.status === 'CANCELLED' && !input.status) {
        throw badInput('This conference was cancelled; set it back to SCHEDULED to edit it.', 'status');
      }
      return {
        ...(input.title != null && { title: requireText(input.title, 'title') }),
        ...(input.scheduledAt && { scheduledAt: input.scheduledAt }),
        ...(input.location !== undefined && { location: blankToNull(input.location) }),
        ...(input.status && { status: input.status }),
        ...(input.agenda && { agenda: cleanAgenda(input.agenda) }),
        ...(input.notes !== undefined && { notes: blankToNull(input.notes) }),
      };
    });
    return this.whole(updated);
  }

  /** Adds a staff member (by account) or a family member (by name; their account must be linked to the patient). */
  async addAttendee(caller: Caller, input: AddConferenceAttendeeInput) {
    const { item: conference, access } = await this.editable(
      caller,
      CareConference,
      input.conferenceId,
      'addConferenceAttendee',
    );
    let name = blankToNull(input.name);
    if (input.kind === 'STAFF') {
      const user = input.userId ? await this.needs.identity.userById(input.userId) : null;
      if (user?.kind !== 'STAFF' || !user.active) throw badInput('Name an active staff member.', 'userId');
      name = user.name;
    } else if (input.userId) {
      const user = await this.needs.identity.userById(input.userId);
      if (user?.kind !== 'FAMILY' || !(await this.needs.family.hasActiveLink(user.id, conference.patientId))) {
        throw badInput('That account is not a family member linked to this patient.', 'userId');
      }
      name ??= user.name;
    }
    if (!name) throw badInput('A family attendee needs a name.', 'name');
    const attendee = await this.writes.create(
      access.stamp,
      ConferenceAttendee,
      async ({ em }) => {
        if (
          input.userId &&
          (await em.count(ConferenceAttendee, { conferenceId: conference.id, userId: input.userId }))
        ) {
          throw badInput(`${name} is already attending.`, 'userId');
        }
        return em.create(ConferenceAttendee, {
          patientId: conference.patientId,
          conferenceId: conference.id,
          kind: input.kind,
          userId: input.userId ?? null,
          name: name as string,
          relationship: input.kind === 'FAMILY' ? blankToNull(input.relationship) : null,
          mode: input.mode,
        });
      },
      input.clientMutationId,
    );
    return attendeeView(attendee);
  }

  async removeAttendee(caller: Caller, input: RemoveConferenceAttendeeInput) {
    const { item, access } = await this.editable(caller, ConferenceAttendee, input.id, 'removeConferenceAttendee');
    await this.writes.run(access.stamp, async ({ em, record, expectVersion }) => {
      const current = await em.findOneOrFail(ConferenceAttendee, { id: item.id });
      expectVersion(current, input.expectedVersion);
      record({ kind: 'DELETED', entity: current });
      em.remove(current);
    });
    return attendeeView(item);
  }

  async recordDecision(caller: Caller, input: RecordConferenceDecisionInput) {
    const { item: conference, access } = await this.editable(
      caller,
      CareConference,
      input.conferenceId,
      'recordConferenceDecision',
    );
    return conferenceDecisionView(
      await this.decide(access, conference, requireText(input.text, 'text'), input.clientMutationId),
    );
  }

  /**
   * A follow-up in one step: a task on the patient's board and the decision naming it, written in
   * one transaction — a card the board refuses leaves no decision, and a failed decision no card.
   */
  async createFollowUp(caller: Caller, input: CreateConferenceFollowUpInput) {
    const { item: conference, access } = await this.editable(
      caller,
      CareConference,
      input.conferenceId,
      'createConferenceFollowUp',
    );
    const title = requireText(input.title, 'title');
    const card = await this.needs.taskBoards.prepareTask(
      caller,
      {
        patientId: conference.patientId,
        title,
        assigneeId: input.assigneeId ?? null,
        dueAt: input.dueAt ?? null,
        labels: ['conference'],
      },
      'createConferenceFollowUp',
    );
    const decision = await this.needs.taskBoards.createWithCard(
      access.stamp,
      card,
      ConferenceDecision,
      (em, taskId) =>
        em.create(ConferenceDecision, {
          patientId: conference.patientId,
          conferenceId: conference.id,
          text: title,
          authorId: access.viewer.userId,
          taskId,
        }),
      input.clientMutationId,
    );
    return conferenceDecisionView(decision);
  }

  /** Records a decision of the conference. */
  private decide(
    access: PatientAccess,
    conference: CareConference,
    text: string,
    clientMutationId: string | undefined,
  ): Promise<ConferenceDecision> {
    return this.writes.create(
      access.stamp,
      ConferenceDecision,
      ({ em }) =>
        em.create(ConferenceDecision, {
          patientId: conference.patientId,
          conferenceId: conference.id,
          text,
          authorId: access.viewer.userId,
        }),
      clientMutationId,
    );
  }

  /**
   * The lead case manager publishes the summary to the family: it becomes a FAMILY item on the
   * patient's stream (the portal shows it). Publishing again replaces the text. Not for a
   * cancelled conference.
   */
  async publishSummary(caller: Caller, input: PublishConferenceSummaryInput): Promise<CareConferenceType> {
    const conference = await this.load(CareConference, input.conferenceId);
    const access = await this.needs.patientAccess.authorize(
      caller,
      conference.patientId,
      'conference.publish',
      'publishConferenceSummary',
    );
    if (conference.status === 'CANCELLED') throw badInput('This conference was cancelled.', 'conferenceId');
    const text = requireText(input.text, 'text');
    const { viewer, stamp } = access;
    await this.writes.run(stamp, async ({ em, record }) => {
      const now = new Date();
      const existing = await em.findOne(ConferenceSummary, { conferenceId: conference.id });
      if (existing) {
        const before = summaryView(existing);
        Object.assign(existing, {
          text,
          publishedAt: now,
          publishedById: viewer.userId,
          publishedByName: viewer.name,
          visibility: 'FAMILY',
        });
        record({ kind: 'UPDATED', entity: existing, before });
      } else {
        const created = em.create(ConferenceSummary, {
          patientId: conference.patientId,
          conferenceId: conference.id,
          conferenceTitle: conference.title,
          heldAt: conference.scheduledAt,
          text,
          publishedAt: now,
          publishedById: viewer.userId,
          publishedByName: viewer.name,
        });
        record({ kind: 'CREATED', entity: created });
      }
    });
    return this.whole(await this.load(CareConference, conference.id));
  }

  // ── mechanics ────────────────────────────────────────────────────────────────────────────

  /** Loads an item and checks the caller may document its patient. */
  private async editable<T extends ConferenceEntity>(
    caller: Caller,
    entity: EntityClass<T>,
    id: string,
    operation: string,
  ): Promise<{ item: T; access: PatientAccess }> {
    if (!caller.viewer) throw unauthenticated();
    return this.needs.patientAccess.authorizeItem(caller, { entity, id }, 'patient.update', operation);
  }

  private async load<T extends ConferenceEntity>(entity: EntityClass<T>, id: string): Promise<T> {
    const item = isUuid(id) ? await this.orm.em.fork().findOne(entity, { id } as FilterQuery<T>) : null;
    if (!item) throw notFound(entity.name, id);
    return item;
  }

  private async whole(conference: CareConference): Promise<CareConferenceType> {
    const em = this.orm.em.fork();
    const where = { conferenceId: conference.id };
    const [attendees, decisions, summary] = await Promise.all([
      em.find(ConferenceAttendee, where, { orderBy: { kind: 'desc', name: 'asc' } }),
      em.find(ConferenceDecision, where, { orderBy: { createdAt: 'asc' } }),
      em.findOne(ConferenceSummary, where),
    ]);
    return {
      ...conferenceView(conference),
      attendees: attendees.map(attendeeView),
      decisions: decisions.map(conferenceDecisionView),
      summary: summary ? summaryView(summary) : null,
    };
  }
}

function cleanAgenda(topics: string[]): string[] {
  return topics.map((t) => t.trim()).filter((t) => t.length > 0);
}
