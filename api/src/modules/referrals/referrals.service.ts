import type { MikroORM } from '@mikro-orm/core';
import type { Caller } from '../../platform/auth/caller.js';
import { SYSTEM_ACTOR } from '../../platform/auth/viewer.js';
import { AppError, badInput, invalidTransition, notFound } from '../../platform/errors.js';
import { stampOf, type WritePath, type WriteStamp } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import type { Policy } from '../../platform/policy/policy.js';
import { blankToNull, requireText } from '../../platform/text.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import { DOMAIN_LABELS } from '../social-needs/hrsn-tool.js';
import { Need } from '../social-needs/social-needs.entity.js';
import type { SocialNeedsService } from '../social-needs/social-needs.service.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import {
  AWAITING_STATUSES,
  CATEGORY_FOR_DOMAIN,
  CLOSED_STATUSES,
  defaultFollowUp,
  mayMove,
  nextStatuses,
  searchWords,
} from './referral-rules.js';
import {
  CommunityResource,
  packList,
  Referral,
  type ReferralView,
  type ResourceView,
  referralView,
  resourceView,
  unpackList,
} from './referrals.entity.js';
import type {
  ArchiveCommunityResourceInput,
  ChangeReferralStatusInput,
  CommunityResourceFields,
  CommunityResourceSearchInput,
  CreateCommunityResourceInput,
  CreateReferralInput,
  UpdateCommunityResourceInput,
} from './referrals.types.js';
import { matchingResourceIds } from './resource-search.js';

const HUB = { type: 'hub' } as const;
/** How many resources a browse without words lists. */
const BROWSE_LIMIT = 200;

/**
 * The community resource directory and the referrals made to it. The directory is read by all
 * staff and kept by case managers, social workers and admins; a referral belongs to its patient
 * (the patient's team reads and changes it, every change on the patient's stream and audit trail).
 * A referral moves only along its loop (`referral-rules.ts`); a follow-up left unanswered past its
 * date raises one card on the patient's board.
 */
export class ReferralsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly policy: Policy,
    private readonly access: PatientAccessService,
    private readonly taskBoards: TaskBoardService,
    private readonly socialNeeds: SocialNeedsService,
  ) {}

  // ── directory ────────────────────────────────────────────────────────────────────────────

  /** Resources in the directory matching all the words (full text) and the category, best match first. */
  async search(caller: Caller, input: CommunityResourceSearchInput): Promise<ResourceView[]> {
    await this.policy.assert(caller.viewer, 'resource.read', HUB);
    const em = this.orm.em.fork();
    const words = searchWords(input.text);
    const category = input.category ? { categories: { $like: `%|${input.category}|%` } } : {};
    if (words.length === 0) {
      const rows = await em.find(
        CommunityResource,
        { archivedAt: null, ...category },
        { orderBy: { name: 'asc', id: 'asc' }, limit: BROWSE_LIMIT },
      );
      return rows.map(resourceView);
    }
    const ids = await matchingResourceIds(em, words);
    if (ids.length === 0) return [];
    const rows = await em.find(CommunityResource, { id: { $in: ids }, archivedAt: null, ...category });
    const rank = new Map(ids.map((id, i) => [id, i]));
    return rows.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0)).map(resourceView);
  }

  async resource(caller: Caller, id: string): Promise<ResourceView> {
    await this.policy.assert(caller.viewer, 'resource.read', HUB);
    return resourceView(await this.loadResource(id));
  }

  /** Resources by id, for nested fields (a referral's resource), archived ones included. */
  readonly resourcesByIds = async (ids: readonly string[]): Promise<(CommunityResource | null)[]> => {
    const rows = await this.orm.em.fork().find(CommunityResource, { id: { $in: [...ids] } });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  };

  async createResource(caller: Caller, input: CreateCommunityResourceInput): Promise<ResourceView> {
    const stamp = await this.managerStamp(caller, 'createCommunityResource');
    const fields = resourceFields(input);
    const created = await this.writes.create(
      stamp,
      CommunityResource,
      ({ em }) => em.create(CommunityResource, { ...fields, createdById: stamp.actor.id }),
      input.clientMutationId,
    );
    return resourceView(created);
  }

  async updateResource(caller: Caller, input: UpdateCommunityResourceInput): Promise<ResourceView> {
    const stamp = await this.managerStamp(caller, 'updateCommunityResource');
    const fields = resourceFields(input);
    await this.loadResource(input.id);
    const updated = await this.writes.update(
      stamp,
      { entity: CommunityResource, id: input.id, expectedVersion: input.expectedVersion },
      (current) => {
        if (current.archivedAt) throw badInput('This resource has left the directory.', 'id');
        return fields;
      },
    );
    return resourceView(updated);
  }

  /** Takes a resource out of the directory; referrals already made to it keep it. */
  async archiveResource(caller: Caller, input: ArchiveCommunityResourceInput): Promise<ResourceView> {
    const stamp = await this.managerStamp(caller, 'archiveCommunityResource');
    await this.loadResource(input.id);
    const archived = await this.writes.archive(
      stamp,
      { entity: CommunityResource, id: input.id, expectedVersion: input.expectedVersion },
      (current) => {
        if (current.archivedAt) throw badInput('This resource has already left the directory.', 'id');
        return { archivedAt: new Date() };
      },
    );
    return resourceView(archived);
  }

  // ── referrals ────────────────────────────────────────────────────────────────────────────

  /** The patient's referrals, newest first (a read of the patient, audited). */
  async referrals(caller: Caller, patientId: string): Promise<ReferralView[]> {
    await this.access.assertMayRead(caller, patientId, 'referrals');
    const rows = await this.orm.em
      .fork()
      .find(Referral, { patientId }, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: 200 });
    return rows.map(referralView);
  }

  /**
   * Refers a need to a resource that offers the need's category, as a draft or sent at once. A need
   * the patient declined, a resource that left the directory, or a second open referral of the same
   * need to the same resource is refused.
   */
  async createReferral(caller: Caller, input: CreateReferralInput): Promise<ReferralView> {
    const { item: need, access } = await this.access.authorizeItem(
      caller,
      { entity: Need, id: input.needId },
      'patient.update',
      'createReferral',
    );
    if (need.status === 'DECLINED') throw badInput('The patient declined help with this need.', 'needId');
    const resource = await this.loadResource(input.resourceId);
    if (resource.archivedAt) throw badInput('This resource has left the directory.', 'resourceId');
    const category = CATEGORY_FOR_DOMAIN[need.domain];
    if (!unpackList(resource.categories).includes(category)) {
      throw badInput(
        `${resource.name} does not offer ${category.toLowerCase().replace('_', ' ')} help, which a ${DOMAIN_LABELS[need.domain].toLowerCase()} need calls for.`,
        'resourceId',
      );
    }
    const note = blankToNull(input.note);
    const created = await this.writes.create(
      access.stamp,
      Referral,
      async ({ em }) => {
        const open = await em.count(Referral, {
          needId: need.id,
          resourceId: resource.id,
          status: { $nin: [...CLOSED_STATUSES] },
        });
        if (open) throw badInput('This need already has an open referral to this resource.', 'resourceId');
        const now = new Date();
        const by = { byId: access.stamp.actor.id, byName: access.stamp.actor.name, note };
        const history = [{ status: 'DRAFT' as const, at: now.toISOString(), ...by }];
        if (input.send) history.push({ status: 'SENT', at: now.toISOString(), ...by } as never);
        return em.create(Referral, {
          patientId: need.patientId,
          needId: need.id,
          resourceId: resource.id,
          note,
          status: input.send ? 'SENT' : 'DRAFT',
          sentAt: input.send ? now : null,
          followUpDueAt: input.send ? defaultFollowUp('SENT', now) : null,
          history,
          createdById: access.stamp.actor.id,
        });
      },
      input.clientMutationId,
    );
    return referralView(created);
  }

  /**
   * One step along the loop: a step the loop does not have (skipping ahead, going back, leaving a
   * final status) is INVALID_STATUS_TRANSITION and nothing changes. The step is dated in the history; an
   * answer settles the follow-up card a missed follow-up raised, and a completed referral (the service
   * was delivered) marks its need addressed, in the same transaction.
   */
  async changeStatus(caller: Caller, input: ChangeReferralStatusInput): Promise<ReferralView> {
    const { access } = await this.access.authorizeItem(
      caller,
      { entity: Referral, id: input.id },
      'patient.update',
      'changeReferralStatus',
    );
    const now = new Date();
    if (input.followUpDueAt && input.followUpDueAt.getTime() <= now.getTime()) {
      throw badInput('The follow-up date must be in the future.', 'followUpDueAt');
    }
    const note = blankToNull(input.note);
    const changed = await this.writes.run(access.stamp, async (tx) => {
      const referral = await tx.em.findOneOrFail(Referral, { id: input.id });
      tx.expectVersion(referral, input.expectedVersion);
      if (!mayMove(referral.status, input.status)) {
        throw invalidTransition('Referral', referral.status, input.status, nextStatuses(referral.status));
      }
      if (input.followUpDueAt && !AWAITING_STATUSES.includes(input.status)) {
        throw badInput('Only a sent or accepted referral has a follow-up.', 'followUpDueAt');
      }
      const before = referralView(referral);
      referral.status = input.status;
      referral.history = [
        ...referral.history,
        {
          status: input.status,
          at: now.toISOString(),
          byId: access.stamp.actor.id,
          byName: access.stamp.actor.name,
          note,
        },
      ];
      if (note) referral.note = note;
      if (input.status === 'SENT') referral.sentAt = now;
      if (CLOSED_STATUSES.includes(input.status)) referral.closedAt = now;
      referral.followUpDueAt = AWAITING_STATUSES.includes(input.status)
        ? (input.followUpDueAt ?? defaultFollowUp(input.status, now))
        : null;
      if (referral.followUpTaskId) {
        await this.taskBoards.completeWithin(tx, referral.followUpTaskId, access.stamp);
        referral.followUpTaskId = null;
      }
      tx.record({ kind: 'UPDATED', entity: referral, before });
      if (input.status === 'COMPLETED') await this.socialNeeds.addressWithin(tx, referral.needId);
      return referral;
    });
    return referralView(changed);
  }

  /**
   * Raises a follow-up card on the patient's board for every referral still awaiting the agency past
   * its follow-up date, one per referral and date: the card and the referral's link to it commit
   * together, and the referral's version guards the pair, so two instances running this at once (or
   * a retry) raise one card — the later writer finds the referral changed and makes nothing.
   * Returns how many cards this run made.
   */
  async raiseOverdueFollowUps(now: Date = new Date()): Promise<number> {
    const due = await this.orm.em
      .fork()
      .find(
        Referral,
        { status: { $in: [...AWAITING_STATUSES] }, followUpDueAt: { $lte: now }, followUpTaskId: null },
        { orderBy: { followUpDueAt: 'asc' }, limit: 500 },
      );
    const stamp: WriteStamp = {
      actor: SYSTEM_ACTOR,
      operation: 'raiseReferralFollowUps',
      ip: null,
      requestId: null,
      breakGlass: false,
    };
    let made = 0;
    for (const seen of due) {
      const unitId = await this.access.unitOf(seen.patientId);
      const resource = await this.orm.em.fork().findOne(CommunityResource, { id: seen.resourceId });
      if (!unitId || !seen.followUpDueAt) continue;
      const build = await this.taskBoards.prepareTeamTaskFor(stamp, seen.patientId, unitId, {
        title: `Follow up referral to ${resource?.name ?? 'a community resource'}`,
        description:
          seen.status === 'SENT'
            ? 'The agency has not answered the referral yet: call them, then record their answer.'
            : 'The agency accepted the referral: check the service was delivered, then record it.',
        discipline: 'SW',
        dueAt: seen.followUpDueAt.toISOString(),
        labels: ['referral'],
      });
      try {
        const raised = await this.writes.run(stamp, async ({ em, record }) => {
          const referral = await em.findOneOrFail(Referral, { id: seen.id });
          // Another instance, or the team, got here first: nothing to raise.
          if (referral.version !== seen.version || referral.followUpTaskId) return false;
          const card = await build(em);
          // The board's unique card key: even a writer that missed the version check makes no second card.
          card.recurrenceKey = `referral:${referral.id}@${seen.followUpDueAt?.toISOString()}`;
          // Raised by the hub, not by a person (as recurring cards are).
          card.createdById = null;
          record({ kind: 'CREATED', entity: card });
          const before = referralView(referral);
          referral.followUpTaskId = card.id;
          record({ kind: 'UPDATED', entity: referral, before });
          return true;
        });
        if (raised) made += 1;
      } catch (error) {
        // The referral changed under this write (a CONFLICT from its version): the other writer won.
        if (!(error instanceof AppError)) throw error;
      }
    }
    return made;
  }

  private async managerStamp(caller: Caller, operation: string): Promise<WriteStamp> {
    const viewer = await this.policy.assert(caller.viewer, 'resource.manage', HUB);
    return stampOf(caller, viewer, operation);
  }

  private async loadResource(id: string): Promise<CommunityResource> {
    const resource = isUuid(id) ? await this.orm.em.fork().findOne(CommunityResource, { id }) : null;
    if (!resource) throw notFound('CommunityResource', id);
    return resource;
  }
}

/** A resource's columns from its input: text trimmed (blank is none), lists packed. */
function resourceFields(input: CommunityResourceFields) {
  const languages = [...new Set((input.languages ?? []).map((l) => l.trim()).filter(Boolean))];
  if (languages.some((l) => l.includes('|'))) throw badInput('A language name cannot contain "|".', 'languages');
  return {
    name: requireText(input.name, 'name'),
    description: blankToNull(input.description),
    categories: packList([...new Set(input.categories)]),
    phone: blankToNull(input.phone),
    email: blankToNull(input.email),
    website: blankToNull(input.website),
    address: blankToNull(input.address),
    hours: blankToNull(input.hours),
    eligibility: blankToNull(input.eligibility),
    serviceArea: blankToNull(input.serviceArea),
    languages: packList(languages),
  };
}
