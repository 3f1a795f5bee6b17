import type { MikroORM } from '@mikro-orm/core';
import type { Caller } from '../../platform/auth/caller.js';
import { badInput, unauthenticated } from '../../platform/errors.js';
import type { WriteContext, WritePath } from '../../platform/events/write-path.js';
import { blankToNull } from '../../platform/text.js';
import type { CarePlanService } from '../care-plan/care-plan.service.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import type { TaskBoardService } from '../task-board/task-board.service.js';
import type { TaskForItemInput } from '../task-board/task-board.types.js';
import { answerProblem, DOMAIN_LABELS, type HrsnAnswers, scoreScreening, unansweredQuestions } from './hrsn-tool.js';
import { Need, needView, SocialNeedsScreening, screeningView } from './social-needs.entity.js';
import type {
  AnswerScreeningInput,
  CompleteScreeningInput,
  StartScreeningInput,
  UpdateNeedInput,
} from './social-needs.types.js';

/**
 * Social-needs screening with the AHC HRSN tool and the needs it raises. Answers are checked
 * against the tool's options before anything is written; completing a screening raises one
 * `Need` per positive domain (unless the patient already has that need open), in the same
 * transaction, so the team sees the screening and its needs arrive together.
 */
export class SocialNeedsService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly access: PatientAccessService,
    private readonly carePlans: CarePlanService,
    private readonly taskBoards: TaskBoardService,
  ) {}

  async screenings(caller: Caller, patientId: string) {
    await this.access.assertMayRead(caller, patientId, 'socialNeedsScreenings');
    const rows = await this.orm.em
      .fork()
      .find(SocialNeedsScreening, { patientId }, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: 50 });
    return rows.map(screeningView);
  }

  async needs(caller: Caller, patientId: string) {
    await this.access.assertMayRead(caller, patientId, 'socialNeeds');
    const rows = await this.orm.em.fork().find(Need, { patientId }, { orderBy: { createdAt: 'desc', id: 'asc' } });
    return rows.map(needView);
  }

  async start(caller: Caller, input: StartScreeningInput) {
    const access = await this.access.authorize(caller, input.patientId, 'patient.update', 'startScreening');
    const created = await this.writes.create(
      access.stamp,
      SocialNeedsScreening,
      async ({ em }) => {
        if (await em.count(SocialNeedsScreening, { patientId: input.patientId, status: 'DRAFT' })) {
          throw badInput('This patient has a screening in progress; continue it.', 'patientId');
        }
        return em.create(SocialNeedsScreening, {
          patientId: input.patientId,
          language: input.language,
          interpreterUsed: input.interpreterUsed,
          screenedById: access.viewer.userId,
        });
      },
      input.clientMutationId,
    );
    return screeningView(created);
  }

  /** Saves answers to a draft; an answer outside the tool's options refuses the whole save. */
  async answer(caller: Caller, input: AnswerScreeningInput) {
    const { access } = await this.access.authorizeItem(
      caller,
      { entity: SocialNeedsScreening, id: input.id },
      'patient.update',
      'answerScreening',
    );
    for (const a of input.answers) {
      // An empty list clears the answer; it still has to name a question of the tool.
      const problem = answerProblem(a.question, a.values.length ? a.values : null);
      if (problem) throw badInput(problem, 'answers');
    }
    const updated = await this.writes.update(
      access.stamp,
      { entity: SocialNeedsScreening, id: input.id, expectedVersion: input.expectedVersion },
      (screening) => {
        if (screening.status !== 'DRAFT') throw badInput('This screening is completed; start a new one.', 'id');
        const answers: HrsnAnswers = { ...screening.answers };
        for (const a of input.answers) {
          if (a.values.length === 0) delete answers[a.question];
          else answers[a.question] = [...a.values];
        }
        return {
          answers,
          ...(input.language && { language: input.language }),
          ...(input.interpreterUsed != null && { interpreterUsed: input.interpreterUsed }),
        };
      },
    );
    return screeningView(updated);
  }

  /** Completes a screening whose ten questions are answered, raising a need per positive domain. */
  async complete(caller: Caller, input: CompleteScreeningInput) {
    const { access } = await this.access.authorizeItem(
      caller,
      { entity: SocialNeedsScreening, id: input.id },
      'patient.update',
      'completeScreening',
    );
    const completed = await this.writes.run(access.stamp, async ({ em, record, expectVersion }) => {
      const screening = await em.findOneOrFail(SocialNeedsScreening, { id: input.id });
      expectVersion(screening, input.expectedVersion);
      if (screening.status !== 'DRAFT') throw badInput('This screening is already completed.', 'id');
      const missing = unansweredQuestions(screening.answers);
      if (missing.length) throw badInput(`Questions ${missing.join(', ')} are not answered.`, 'answers');
      const before = screeningView(screening);
      screening.status = 'COMPLETED';
      screening.completedAt = new Date();
      record({ kind: 'UPDATED', entity: screening, before });
      const open = await em.find(Need, { patientId: screening.patientId, status: 'IDENTIFIED' });
      for (const { domain, positive } of scoreScreening(screening.answers)) {
        if (!positive || open.some((n) => n.domain === domain)) continue;
        const need = em.create(Need, { patientId: screening.patientId, domain, screeningId: screening.id });
        record({ kind: 'CREATED', entity: need });
      }
      return screening;
    });
    return screeningView(completed);
  }

  /** Status, note and care-plan links; a link must be to the same patient's plan. */
  async updateNeed(caller: Caller, input: UpdateNeedInput) {
    if (!caller.viewer) throw unauthenticated();
    const { item, access } = await this.access.authorizeItem(
      caller,
      { entity: Need, id: input.id },
      'patient.update',
      'updateNeed',
    );
    for (const [entityType, id] of [
      ['Problem', input.problemId],
      ['Goal', input.goalId],
    ] as const) {
      if (id && (await this.carePlans.patientIdOfItem(entityType, id)) !== item.patientId) {
        throw badInput(`That ${entityType.toLowerCase()} belongs to another patient.`, `${entityType.toLowerCase()}Id`);
      }
    }
    const updated = await this.writes.update(
      access.stamp,
      { entity: Need, id: input.id, expectedVersion: input.expectedVersion },
      () => ({
        ...(input.status && { status: input.status }),
        ...(input.note !== undefined && { note: blankToNull(input.note) }),
        ...(input.problemId !== undefined && { problemId: input.problemId }),
        ...(input.goalId !== undefined && { goalId: input.goalId }),
      }),
    );
    return needView(updated);
  }

  /**
   * Marks a need addressed inside another module's write (a referral whose service was delivered),
   * so the need and the change that addressed it commit together and reach the patient's stream as
   * one. A need already addressed, or one the patient declined, is left as it is.
   */
  async addressWithin(tx: WriteContext, needId: string): Promise<void> {
    const need = await tx.em.findOne(Need, { id: needId });
    if (need?.status !== 'IDENTIFIED') return;
    const before = needView(need);
    need.status = 'ADDRESSED';
    tx.record({ kind: 'UPDATED', entity: need, before });
  }

  /** Makes the need a card on the patient's task board (labelled `social-need`), linked from the need. */
  async createTaskForNeed(caller: Caller, input: TaskForItemInput) {
    const need = await this.taskBoards.createTaskFor(
      caller,
      { entity: Need, view: needView, operation: 'createTaskForNeed' },
      input,
      (n) => ({
        title: `Social need: ${DOMAIN_LABELS[n.domain].toLowerCase()}`,
        description: n.note,
        label: 'social-need',
      }),
    );
    return needView(need);
  }
}
