import { Args, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/graphql/context.js';
import type { PatientView } from './patient.entity.js';
import { PatientType } from './patient.types.js';
import type { SeenService } from './seen.service.js';
import { ChangesSinceLastSeenType, MarkPatientSeenArgs } from './seen.types.js';

@Resolver(() => PatientType)
export class PatientSeenResolver {
  constructor(private readonly seen: SeenService) {}

  @FieldResolver(() => ChangesSinceLastSeenType, {
    description: "Others' changes since you last marked this patient as seen.",
  })
  changesSinceLastSeen(@Root() patient: PatientView, @Ctx() ctx: RequestContext): Promise<ChangesSinceLastSeenType> {
    return this.seen.changesSinceLastSeen(ctx, patient.id);
  }

  @Mutation(() => ChangesSinceLastSeenType, { description: "Marks the patient's changes as seen up to an event." })
  markPatientSeen(
    @Args() { patientId, upToEventId }: MarkPatientSeenArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<ChangesSinceLastSeenType> {
    return this.seen.markSeen(ctx, patientId, upToEventId);
  }
}
