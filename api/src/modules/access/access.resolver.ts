import { Args, Ctx, Mutation, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/graphql/context.js';
import type { AccessService } from './access.service.js';
import { BreakGlassAccessType, BreakGlassArgs } from './access.types.js';

@Resolver()
export class AccessResolver {
  constructor(private readonly access: AccessService) {}

  @Mutation(() => BreakGlassAccessType, {
    description: 'Emergency access to a patient outside your team, for one hour. Flagged on the audit trail.',
  })
  breakGlass(@Args() { patientId, reason }: BreakGlassArgs, @Ctx() ctx: RequestContext): Promise<BreakGlassAccessType> {
    return this.access.breakGlass(ctx, patientId, reason);
  }
}
