import type { MikroORM } from '@mikro-orm/core';
import type { Caller } from '../../platform/auth/caller.js';
import { AppError, badInput, ErrorCode } from '../../platform/errors.js';
import type { SharingGuard, WritePath } from '../../platform/events/write-path.js';
import { requireText } from '../../platform/text.js';
import type { FamilyService } from '../family/family.service.js';
import type { FamilyShareScope } from '../family/family-link.entity.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import { FamilyQuestion, type FamilyQuestionView, familyQuestionView } from './family-question.entity.js';
import { FamilyUpdate, type FamilyUpdateView, familyUpdateView } from './family-update.entity.js';
import { projectionOf } from './portal.projections.js';
import type {
  AnswerFamilyQuestionInput,
  FamilySharingType,
  SetFamilySharingInput,
  WriteFamilyUpdateInput,
} from './portal.types.js';

const SCOPE_WORDS: Record<FamilyShareScope, string> = {
  UPDATES: 'updates written for family',
  CARE_PLAN: 'care plan goals and interventions',
  CONTACTS: 'care-team contacts',
  DISCHARGE: 'the discharge date and plan',
  CONFERENCES: 'conference summaries',
  EDUCATION: 'education records',
};

/**
 * The team's side of the portal: sharing items with family and taking them back, writing updates
 * for family, and answering their questions. Only the patient's team and unit staff do this
 * (`family.share`), and only within what the patient consented to share.
 */
export class FamilySharingService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly access: PatientAccessService,
    private readonly family: FamilyService,
    private readonly taskBoards: TaskBoardService,
  ) {}

  /**
   * The write path's sharing guard: an item becomes FAMILY only when a portal projection shows
   * its kind and a link of the patient that is not revoked consents to its scope; otherwise
   * FORBIDDEN naming the scope (or BAD_USER_INPUT for a kind family never see), and nothing is written.
   */
  readonly guard: SharingGuard = async ({ em, entityType, patientId }) => {
    const projection = projectionOf(entityType);
    if (!projection?.shareable || !projection.scope || !patientId) {
      throw badInput(`A ${entityType} is not something the family portal shows.`);
    }
    const scopes = await this.family.consentedScopes(patientId, em);
    if (!scopes.includes(projection.scope)) {
      throw new AppError(
        ErrorCode.FORBIDDEN,
        `The patient's consent does not cover sharing ${SCOPE_WORDS[projection.scope]} with family.`,
        { scope: projection.scope },
      );
    }
  };

  /** Shares an item with family, or takes it back (one click each way); the same choice twice changes nothing. */
  async setSharing(caller: Caller, input: SetFamilySharingInput): Promise<FamilySharingType> {
    const entity = projectionOf(input.entityType)?.shareable;
    if (!entity) throw badInput(`A ${input.entityType} cannot be shared with family.`, 'entityType');
    const target = { entity, id: input.id, expectedVersion: input.expectedVersion ?? null };
    const { access } = await this.access.authorizeItem(caller, target, 'family.share', 'setFamilySharing');
    const updated = await this.writes.update(access.stamp, target, (item) => {
      if (input.shared && 'endedAt' in item && item.endedAt) {
        throw badInput('This person is no longer on the care team.', 'id');
      }
      return { visibility: input.shared ? 'FAMILY' : 'TEAM' };
    });
    return { entityType: input.entityType, id: updated.id, visibility: updated.visibility, version: updated.version };
  }

  /** Writes a plain-language update for the family, shared at once (within the consent). */
  async writeUpdate(caller: Caller, input: WriteFamilyUpdateInput): Promise<FamilyUpdateView> {
    const access = await this.access.authorize(caller, input.patientId, 'family.share', 'writeFamilyUpdate');
    const text = requireText(input.text, 'text');
    const update = await this.writes.create(
      access.stamp,
      FamilyUpdate,
      ({ em }) =>
        em.create(FamilyUpdate, {
          patientId: access.patient.id,
          authorId: access.viewer.userId,
          authorName: access.viewer.name,
          text,
        }),
      input.clientMutationId,
    );
    return familyUpdateView(update);
  }

  /** The updates written for the patient's family, shared or taken back, newest first. */
  async updatesOf(caller: Caller, patientId: string): Promise<FamilyUpdateView[]> {
    await this.access.assertMayRead(caller, patientId, 'familyUpdates');
    const rows = await this.orm.em.fork().find(FamilyUpdate, { patientId }, { orderBy: { createdAt: 'desc' } });
    return rows.map(familyUpdateView);
  }

  /** The family's questions about the patient, open ones first, then newest first. */
  async questionsOf(caller: Caller, patientId: string): Promise<FamilyQuestionView[]> {
    await this.access.assertMayRead(caller, patientId, 'familyQuestions');
    const rows = await this.orm.em
      .fork()
      .find(FamilyQuestion, { patientId }, { orderBy: { status: 'desc', createdAt: 'desc' } });
    return rows.map(familyQuestionView);
  }

  /** What the patient's consent lets the team share now, for a caller who may read the patient. */
  async consentedScopes(caller: Caller, patientId: string): Promise<FamilyShareScope[]> {
    await this.access.assertMayRead(caller, patientId, 'familySharing');
    return this.family.consentedScopes(patientId);
  }

  /** Answers (or corrects the answer to) a family member's question; the asker sees it in the portal at once. */
  async answer(caller: Caller, input: AnswerFamilyQuestionInput): Promise<FamilyQuestionView> {
    const target = { entity: FamilyQuestion, id: input.id, expectedVersion: input.expectedVersion };
    const { access } = await this.access.authorizeItem(caller, target, 'family.share', 'answerFamilyQuestion');
    const reply = requireText(input.reply, 'reply');
    // Answering settles the team's card for the question, in the same transaction.
    const answered = await this.writes.update(access.stamp, target, async (current, tx) => {
      if (current.taskId) await this.taskBoards.completeWithin(tx, current.taskId, access.stamp);
      return {
        reply,
        status: 'ANSWERED' as const,
        repliedById: access.viewer.userId,
        repliedByName: access.viewer.name,
        repliedAt: new Date(),
      };
    });
    return familyQuestionView(answered);
  }
}
