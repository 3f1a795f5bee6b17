import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/graphql/context.js';
import type { PatientView } from '../patient/patient.entity.js';
import { PatientType } from '../patient/patient.types.js';
import { emergencyVisitHistoryView } from './risk.entity.js';
import type { RiskService } from './risk.service.js';
import {
  EmergencyVisitHistoryType,
  ReadmissionRiskType,
  RecordEmergencyVisitsInput,
  WorklistKind,
} from './risk.types.js';

@Resolver(() => EmergencyVisitHistoryType)
export class RiskResolver {
  constructor(private readonly risk: RiskService) {}

  @Query(() => [PatientType], {
    description: 'A worklist across my caseload. HIGH_READMISSION_RISK: LACE ≥ 10, highest score first.',
  })
  worklist(@Arg('kind', () => WorklistKind) _kind: string, @Ctx() ctx: RequestContext): Promise<PatientView[]> {
    return this.risk.highRiskWorklist(ctx);
  }

  @Mutation(() => EmergencyVisitHistoryType, {
    description: 'Records the reviewed emergency department history (the whole list); LACE’s E reads it.',
  })
  recordEmergencyVisits(@Arg('input') input: RecordEmergencyVisitsInput, @Ctx() ctx: RequestContext) {
    return this.risk.recordVisits(ctx, input);
  }

  @FieldResolver(() => ReadmissionRiskType, { description: 'The risk as recomputed with this history.' })
  readmissionRisk(@Root() history: EmergencyVisitHistoryType, @Ctx() ctx: RequestContext) {
    return this.risk.riskOfPatient(ctx, history.patientId);
  }
}

@Resolver(() => PatientType)
export class PatientRiskResolver {
  constructor(private readonly risk: RiskService) {}

  @FieldResolver(() => ReadmissionRiskType, { description: 'LACE of the current (or last) stay, from the record.' })
  readmissionRisk(@Root() patient: PatientView, @Ctx() ctx: RequestContext): Promise<ReadmissionRiskType> {
    return this.risk.riskOf(ctx, patient, (id) => ctx.loaders.load(this.risk.historiesOf, id));
  }

  @FieldResolver(() => EmergencyVisitHistoryType, {
    nullable: true,
    description: 'Emergency department visits as reviewed; null until first reviewed.',
  })
  async emergencyVisitHistory(@Root() patient: PatientView, @Ctx() ctx: RequestContext) {
    const history = await this.risk.historyOf(ctx, patient.id);
    return history && emergencyVisitHistoryView(history);
  }
}
