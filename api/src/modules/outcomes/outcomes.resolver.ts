import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../platform/graphql/context.js';
import type { OutcomeFigure } from './outcomes.figures.js';
import type { OutcomesService, OutcomesView } from './outcomes.service.js';
import { OutcomeFigureEnum, OutcomesInput, OutcomesType } from './outcomes.types.js';

@Resolver(() => OutcomesType)
export class OutcomesResolver {
  constructor(private readonly service: OutcomesService) {}

  @Query(() => OutcomesType, {
    description: 'A unit’s outcomes over a date range (staff of the unit); `figures` narrows what is computed.',
  })
  outcomes(
    @Arg('input') input: OutcomesInput,
    @Arg('figures', () => [OutcomeFigureEnum], { nullable: true }) figures: OutcomeFigure[] | null,
    @Ctx() ctx: RequestContext,
  ): Promise<OutcomesView> {
    return this.service.outcomes(ctx, input, figures ?? undefined);
  }
}
