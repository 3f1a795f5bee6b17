import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import type { AuditLog } from '../../platform/audit/audit-log.js';
import type { Caller } from '../../platform/auth/caller.js';
import type { Viewer } from '../../platform/auth/viewer.js';
import type { ChangeEventPayload } from '../../platform/bus/bus.js';
import { forbidden, rateLimited, unauthenticated } from '../../platform/errors.js';
import { type Delivery, type EventFeed, recheckAtMostEvery } from '../../platform/events/event-feed.js';
import type { EventLog } from '../../platform/events/event-log.js';
import { Streams } from '../../platform/events/streams.js';
import { stampOf, toPayload, type WritePath, type WriteStamp } from '../../platform/events/write-path.js';
import type { Policy } from '../../platform/policy/policy.js';
import type { ReadAccess } from '../../platform/policy/read-access.js';
import { requireText } from '../../platform/text.js';
import type { CareTeamService } from '../care-team/care-team.service.js';
import type { FamilyService } from '../family/family.service.js';
import type { FamilyLinkView } from '../family/family-link.entity.js';
import type { IdentityService } from '../identity/identity.service.js';
import { Patient } from '../patient/patient.entity.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import { TASK_LIMITS } from '../task-board/task-board.entity.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import { FamilyQuestion, familyQuestionView } from './family-question.entity.js';
import {
  type FamilyProjection,
  PORTAL_PROJECTIONS,
  type PortalItemView,
  type Projected,
  projectionOf,
} from './portal.projections.js';
import type { AskCareTeamInput } from './portal.types.js';

/** At most this many questions per family member in `QUESTION_WINDOW_MS`: a flood is RATE_LIMITED. */
export const QUESTIONS_PER_WINDOW = 5;
export const QUESTION_WINDOW_MS = 10 * 60_000;

const FROM_TEAM_CHANGES = PORTAL_PROJECTIONS.filter((p) => p.fromTeamChanges).map((p) => p.entityType);

/** Control characters other than tab and line breaks: never meaningful in a question, dropped. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are the characters it removes
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

export interface PortalPatientView {
  patientId: string;
  name: string;
  relationship: string;
  shareScopes: string[];
  items: PortalItemView[];
  lastEventId: string;
}

export interface PortalEventView {
  id: string;
  patientId: string;
  itemId: string;
  removed: boolean;
  item: PortalItemView | null;
}

/**
 * The family portal: what a family member reads about the patients they are actively linked to,
 * live, and the questions they send. Everything goes through `PORTAL_PROJECTIONS` (the family
 * filter): an item reaches family only in its plain-language projection, only while the item is
 * shared with family and within their link's consent scope, and a question only to its asker.
 * Every answer is on the audit trail; every refusal too.
 */
export class PortalService {
  /** What a delivered event showed its subscriber, kept for the subscription's resolver. */
  readonly #projected = new WeakMap<object, Projected>();

  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly feed: EventFeed,
    private readonly events: EventLog,
    private readonly audit: AuditLog,
    private readonly policy: Policy,
    private readonly reads: ReadAccess,
    private readonly access: PatientAccessService,
    private readonly family: FamilyService,
    private readonly identity: IdentityService,
    private readonly careTeam: CareTeamService,
    private readonly taskBoards: TaskBoardService,
  ) {}

  /** Every patient the family member is actively linked to, each with its feed. */
  async portal(caller: Caller): Promise<PortalPatientView[]> {
    const viewer = this.familyViewer(caller);
    const links = await this.family.activeLinksOf(viewer.userId);
    return Promise.all(links.map((link) => this.feedOf(caller, viewer, link, 'portal')));
  }

  /** One linked patient's feed; FORBIDDEN (and audited) for any other patient, known or not. */
  async patient(caller: Caller, patientId: string): Promise<PortalPatientView> {
    const { viewer, link } = await this.familyReader(caller, patientId, 'portal.patient');
    return this.feedOf(caller, viewer, link, 'portal.patient');
  }

  /**
   * The patient's stream through the family filter: shared items as they are published, an item
   * taken back (or archived) as a removal, nothing else. Ends at once when the link is revoked (the
   * revocation is on the same stream) and within the re-check period when the session ends.
   */
  async follow(caller: Caller, patientId: string, after: string | null | undefined): Promise<AsyncIterable<Delivery>> {
    const { viewer, link } = await this.familyReader(caller, patientId, 'portalEvents');
    const sessionLive = recheckAtMostEvery(
      this.reads.recheckMs,
      () => this.identity.sessionIsLive(viewer.sessionId),
      () => false,
    );
    const stillLinked = recheckAtMostEvery(
      this.reads.recheckMs,
      () => this.policy.familyMayFollow(viewer, patientId),
      (event) => this.policy.changesAccess(event),
    );
    return this.feed.follow(Streams.patient(patientId), {
      after,
      stillAllowed: async (event) => (await sessionLive(event)) && (await stillLinked(event)),
      sight: async (event) => {
        const projected = await this.project(link, viewer.userId, event);
        if (projected === 'hidden') return 'none';
        this.#projected.set(event, projected);
        this.reads.shown(caller, patientId, 'portalEvents', false);
        return 'whole';
      },
    });
  }

  /** A delivered event as its subscriber sees it (what `follow` decided for it). */
  eventOf(delivery: Delivery): PortalEventView {
    const projected = this.#projected.get(delivery);
    // `follow` lets through only events it projected; anything else would be a bug, never data.
    if (!projected || projected === 'hidden') throw new Error(`event ${delivery.id} was not projected for family`);
    const shown = projected === 'removed' ? null : projected.show;
    return {
      id: delivery.id,
      patientId: delivery.patientId ?? '',
      itemId: shown?.id ?? delivery.entityId,
      removed: shown === null,
      item: shown,
    };
  }

  /**
   * Sends the team a question: stored as typed (clients show it as text), for the lead case manager
   * or the discipline chosen. At most QUESTIONS_PER_WINDOW per family member in QUESTION_WINDOW_MS,
   * counted inside the storing transaction (one family member's questions one at a time), so a
   * flood sent at once stores no more than the limit.
   */
  async ask(caller: Caller, input: AskCareTeamInput): Promise<PortalItemView> {
    const { viewer } = await this.familyReader(caller, input.patientId, 'askCareTeam');
    const text = requireText(input.text.replace(CONTROL, ''), 'text');
    const stamp = stampOf(caller, viewer, 'askCareTeam');
    const card = await this.questionCard(stamp, input, viewer.name, text);
    const question = await this.writes.create(
      stamp,
      FamilyQuestion,
      async ({ em, record }) => {
        await oneAtATime(em, `family-question:${viewer.userId}`);
        const since = new Date(Date.now() - QUESTION_WINDOW_MS);
        const recent = await em.find(
          FamilyQuestion,
          { askedById: viewer.userId, createdAt: { $gt: since } },
          { orderBy: { createdAt: 'asc' }, fields: ['createdAt'] },
        );
        const oldest = recent[0];
        if (recent.length >= QUESTIONS_PER_WINDOW && oldest) {
          const wait = Math.ceil((oldest.createdAt.getTime() + QUESTION_WINDOW_MS - Date.now()) / 1000);
          throw rateLimited(Math.max(wait, 1));
        }
        const task = await card(em);
        record({ kind: 'CREATED', entity: task });
        return em.create(FamilyQuestion, {
          patientId: input.patientId,
          askedById: viewer.userId,
          askedByName: viewer.name,
          text,
          discipline: input.discipline ?? null,
          taskId: task.id,
        });
      },
      input.clientMutationId,
    );
    const projected = await this.projectWith(projectionOf('FamilyQuestion'), familyQuestionView(question), {
      kind: 'CREATED',
      at: question.createdAt.toISOString(),
      readerId: viewer.userId,
    });
    if (typeof projected === 'string') throw new Error('a question is shown to its asker');
    return projected.show;
  }

  /**
   * The team's card for a question, made in the question's own transaction: on the patient's board,
   * for the discipline asked or else the lead case manager (unassigned while there is none), with the
   * question as plain text. TEAM-visible: family reach no board.
   */
  private async questionCard(stamp: WriteStamp, input: AskCareTeamInput, from: string, text: string) {
    const discipline = input.discipline ?? null;
    const [unitId, lead] = await Promise.all([
      this.access.unitOf(input.patientId),
      discipline ? null : this.careTeam.leadOf(input.patientId),
    ]);
    if (!unitId) throw new Error(`patient ${input.patientId} has no unit`);
    return this.taskBoards.prepareTeamTaskFor(stamp, input.patientId, unitId, {
      patientId: input.patientId,
      title: `Question from ${from}`.slice(0, TASK_LIMITS.title),
      description: text.slice(0, TASK_LIMITS.description),
      assigneeId: lead,
      discipline,
      labels: ['family-question'],
    });
  }

  /** The signed-in family member: UNAUTHENTICATED when anonymous, FORBIDDEN for staff (their view is the patient page). */
  private familyViewer(caller: Caller): Viewer {
    const viewer = caller.viewer;
    if (!viewer) throw unauthenticated();
    if (viewer.kind !== 'FAMILY') throw forbidden('The family portal is for family members.');
    return viewer;
  }

  /**
   * The family member and their active link to the patient. Any other patient — linked once and
   * revoked, someone else's, or no patient at all — is the same FORBIDDEN, so the answer tells
   * nothing about which patients exist; an attempt on a real patient is on its audit trail.
   */
  private async familyReader(
    caller: Caller,
    patientId: string,
    operation: string,
  ): Promise<{ viewer: Viewer; link: FamilyLinkView }> {
    const viewer = this.familyViewer(caller);
    const link = (await this.policy.familyMayFollow(viewer, patientId))
      ? await this.family.activeLink(viewer.userId, patientId)
      : null;
    if (!link) {
      if (await this.access.unitOf(patientId)) await this.access.recordDenied(caller, { patientId, operation });
      throw forbidden();
    }
    return { viewer, link };
  }

  /** Folds the family-visible part of the patient's stream into the feed, read after its position. */
  private async feedOf(caller: Caller, viewer: Viewer, link: FamilyLinkView, operation: string) {
    const stream = Streams.patient(link.patientId);
    const lastEventId = await this.feed.position(stream);
    const rows = await this.events.familyVisible(stream, FROM_TEAM_CHANGES, lastEventId);
    const latest = new Map<string, ChangeEventPayload>();
    for (const row of rows) latest.set(`${row.entityType}:${row.entityId}`, toPayload(row));
    const items: PortalItemView[] = [];
    for (const event of latest.values()) {
      const projected = await this.project(link, viewer.userId, event);
      if (typeof projected !== 'string') items.push(projected.show);
    }
    items.sort((a, b) => b.at.localeCompare(a.at) || a.id.localeCompare(b.id));
    const patient = await this.orm.em.fork().findOneOrFail(Patient, { id: link.patientId }, { fields: ['name'] });
    await this.audit.append([
      {
        actor: { id: viewer.userId, name: viewer.name },
        patientId: link.patientId,
        operation,
        access: 'READ',
        entityType: 'Patient',
        entityId: link.patientId,
        ip: caller.ip,
        requestId: caller.requestId,
        breakGlass: false,
      },
    ]);
    return {
      patientId: link.patientId,
      name: patient.name,
      relationship: link.relationship,
      shareScopes: link.shareScopes,
      items,
      lastEventId,
    };
  }

  /** What one family member may see of one event: only what a projection shows, within their consent. */
  private project(link: FamilyLinkView, readerId: string, event: ChangeEventPayload): Promise<Projected> {
    const projection = projectionOf(event.entityType);
    if (!projection) return Promise.resolve('hidden');
    if (event.visibility !== 'FAMILY' && !projection.fromTeamChanges) return Promise.resolve('hidden');
    if (projection.scope && !link.shareScopes.includes(projection.scope)) return Promise.resolve('hidden');
    return this.projectWith(projection, event.snapshot, { kind: event.kind as never, at: event.at, readerId });
  }

  private async projectWith(
    projection: FamilyProjection | undefined,
    snapshot: Record<string, unknown>,
    context: { kind: 'CREATED' | 'UPDATED' | 'MOVED' | 'DELETED'; at: string; readerId: string },
  ): Promise<Projected> {
    if (!projection) return 'hidden';
    return projection.project(snapshot, {
      ...context,
      nameOf: async (userId) => (await this.identity.userById(userId))?.name ?? null,
    });
  }
}

/** Serializes one kind of write per key across instances (PostgreSQL); SQLite runs one write at a time anyway. */
async function oneAtATime(em: EntityManager, key: string): Promise<void> {
  if (!(em.getDriver() instanceof PostgreSqlDriver)) return;
  await em
    .getConnection()
    .execute('select pg_advisory_xact_lock(hashtext(?))', [key], 'run', em.getTransactionContext());
}
