import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/graphql/context.js';
import type { AuditService } from './audit.service.js';
import { AuditChainCheck, AuditFilterInput, AuditPage, AuditPageInput } from './audit.types.js';

@Resolver()
export class AuditResolver {
  constructor(private readonly audit: AuditService) {}

  @Query(() => AuditPage, {
    description: "Every read and write of the patient's data, newest first. For the lead case manager and admins.",
  })
  auditTrail(
    @Arg('patientId', () => ID) patientId: string,
    @Arg('filter', () => AuditFilterInput, { nullable: true }) filter: AuditFilterInput | null,
    @Arg('page', () => AuditPageInput, { nullable: true }) page: AuditPageInput | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AuditPage> {
    return this.audit.trail(ctx, patientId, filter ?? {}, page ?? { first: 50 });
  }

  @Query(() => AuditChainCheck, { description: 'Recomputes a hash chain and reports the first broken link.' })
  verifyAuditChain(
    @Arg('patientId', () => ID, { nullable: true }) patientId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<AuditChainCheck> {
    return this.audit.verify(ctx, patientId);
  }
}
