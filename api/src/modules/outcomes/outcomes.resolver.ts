import { Arg, Ctx, Query, Resolver, Root, Subscription } from 'type-graphql';
import type { SubscribeData } from '../../platform/graphql/container.js';
import type { RequestContext } from '../../platform/graphql/context.js';
import type { OutcomeFigure } from './outcomes.figures.js';
import type { OutcomesService, OutcomesView } from './outcomes.service.js';
import { OutcomeFigureEnum, OutcomesInput, OutcomesType } from './outcomes.types.js';

type FollowArgs = SubscribeData<{ input: OutcomesInput }>;

@Resolver(() => OutcomesType)
export class OutcomesResolver {
  constructor(readonly service: OutcomesService) {}

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

  @Subscription(() => OutcomesType, {
    description:
      'The dashboard, live: every figure first, then only the figures a change on the unit moved (null: unchanged).',
    subscribe: ({ args, context }: FollowArgs) =>
      context.container.get(OutcomesResolver).service.follow(context, args.input),
  })
  outcomesEvents(@Arg('input') _input: OutcomesInput, @Root() outcomes: OutcomesView): OutcomesView {
    return outcomes;
  }
}
