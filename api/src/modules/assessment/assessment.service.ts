import type { MikroORM } from '@mikro-orm/core';
import type { Caller } from '../../platform/auth/caller.js';
import { badInput, notFound } from '../../platform/errors.js';
import type { WritePath } from '../../platform/events/write-path.js';
import { isUuid } from '../../platform/ids.js';
import { blankToNull } from '../../platform/text.js';
import type { PatientAccessService } from '../patient/patient-access.service.js';
import {
  type AssessmentDomains,
  DOMAIN_NAMES,
  type DomainName,
  differences,
  EMPTY_DOMAINS,
  type FieldDifference,
  unansweredToSign,
} from './assessment.domains.js';
import { Assessment, type AssessmentView, assessmentView } from './assessment.entity.js';
import type { SignAssessmentInput, StartAssessmentInput, UpdateAssessmentInput } from './assessment.types.js';

const domainsOf = (a: Pick<Assessment, DomainName>): AssessmentDomains => ({
  clinical: a.clinical,
  psychosocial: a.psychosocial,
  financial: a.financial,
  environmental: a.environmental,
});

/**
 * Holistic assessments. One draft per patient at a time, edited with `expectedVersion`; signing
 * freezes it (a signed assessment takes no edit) and a reassessment is a new, numbered draft
 * that starts from the last signed answers, so what changed since then is a field-by-field diff.
 */
export class AssessmentService {
  constructor(
    private readonly orm: MikroORM,
    private readonly writes: WritePath,
    private readonly access: PatientAccessService,
  ) {}

  async list(caller: Caller, patientId: string): Promise<AssessmentView[]> {
    await this.access.assertMayRead(caller, patientId, 'assessments');
    const rows = await this.orm.em.fork().find(Assessment, { patientId }, { orderBy: { sequence: 'desc' } });
    return rows.map(assessmentView);
  }

  async get(caller: Caller, id: string): Promise<AssessmentView> {
    const item = isUuid(id) ? await this.orm.em.fork().findOne(Assessment, { id }) : null;
    if (!item) throw notFound('Assessment', id);
    await this.access.authorize(caller, item.patientId, 'patient.read', 'assessment');
    return assessmentView(item);
  }

  /** What changed from the signed assessment this one reassesses (empty for a first assessment). */
  async changesSincePrevious(caller: Caller, assessment: AssessmentView): Promise<FieldDifference[]> {
    if (!assessment.previousId) return [];
    await this.access.assertMayRead(caller, assessment.patientId, 'assessmentChanges');
    const previous = await this.orm.em.fork().findOne(Assessment, { id: assessment.previousId });
    return previous ? differences(domainsOf(previous), domainsOf(assessment)) : [];
  }

  async start(caller: Caller, input: StartAssessmentInput): Promise<AssessmentView> {
    const access = await this.access.authorize(caller, input.patientId, 'patient.update', 'startAssessment');
    const created = await this.writes.create(
      access.stamp,
      Assessment,
      async ({ em }) => {
        const all = await em.find(Assessment, { patientId: input.patientId }, { orderBy: { sequence: 'desc' } });
        if (all.some((a) => a.status === 'DRAFT')) {
          throw badInput('This patient has an assessment in progress; continue it.', 'patientId');
        }
        const previous = all.find((a) => a.status === 'SIGNED');
        const start = previous ? domainsOf(previous) : EMPTY_DOMAINS;
        return em.create(Assessment, {
          patientId: input.patientId,
          sequence: (all[0]?.sequence ?? 0) + 1,
          previousId: previous?.id ?? null,
          clinical: { ...start.clinical },
          psychosocial: { ...start.psychosocial },
          financial: { ...start.financial },
          environmental: { ...start.environmental },
          startedById: access.viewer.userId,
        });
      },
      input.clientMutationId,
    );
    return assessmentView(created);
  }

  async update(caller: Caller, input: UpdateAssessmentInput): Promise<AssessmentView> {
    const { access } = await this.access.authorizeItem(
      caller,
      { entity: Assessment, id: input.id },
      'patient.update',
      'updateAssessment',
    );
    const updated = await this.writes.update(
      access.stamp,
      { entity: Assessment, id: input.id, expectedVersion: input.expectedVersion },
      (current) => {
        assertDraft(current);
        const patch: Partial<AssessmentDomains> = {};
        for (const domain of DOMAIN_NAMES) {
          const given = input[domain] as Record<string, unknown> | undefined;
          if (!given) continue;
          const next: Record<string, unknown> = { ...current[domain] };
          for (const [field, value] of Object.entries(given)) {
            if (value === undefined || !(field in EMPTY_DOMAINS[domain])) continue;
            next[field] = field === 'narrative' ? blankToNull(value as string | null) : value;
          }
          (patch as Record<string, unknown>)[domain] = next;
        }
        return patch as Partial<Assessment>;
      },
    );
    return assessmentView(updated);
  }

  /** The caller signs as the assessor; every required field must be answered. */
  async sign(caller: Caller, input: SignAssessmentInput): Promise<AssessmentView> {
    const { access } = await this.access.authorizeItem(
      caller,
      { entity: Assessment, id: input.id },
      'patient.update',
      'signAssessment',
    );
    const signed = await this.writes.update(
      access.stamp,
      { entity: Assessment, id: input.id, expectedVersion: input.expectedVersion },
      (current) => {
        assertDraft(current);
        const missing = unansweredToSign(domainsOf(current));
        if (missing.length) throw badInput(`Answer before signing: ${missing.join(', ')}.`, 'id');
        return { status: 'SIGNED' as const, signedById: access.viewer.userId, signedAt: new Date() };
      },
    );
    return assessmentView(signed);
  }
}

function assertDraft(assessment: Assessment): void {
  if (assessment.status !== 'DRAFT') {
    throw badInput('A signed assessment cannot change; start a reassessment.', 'id');
  }
}
