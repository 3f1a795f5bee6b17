import { Arg, Ctx, FieldResolver, Int, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../platform/graphql/context.js';
import type { PatientView } from '../patient/patient.entity.js';
import { PatientType } from '../patient/patient.types.js';
import type { UtilizationReviewView } from './utilization-review.entity.js';
import type { UtilizationReviewService } from './utilization-review.service.js';
import {
  RecordUtilizationReviewInput,
  UpdateUtilizationReviewInput,
  UtilizationReviewType,
} from './utilization-review.types.js';

@Resolver(() => UtilizationReviewType)
export class UtilizationReviewResolver {
  constructor(private readonly reviews: UtilizationReviewService) {}

  @Mutation(() => UtilizationReviewType, {
    description:
      "Records a utilization review of the patient's stay; a next review date puts a card on the patient's board in the same write.",
  })
  recordUtilizationReview(@Arg('input') input: RecordUtilizationReviewInput, @Ctx() ctx: RequestContext) {
    return this.reviews.record(ctx, input);
  }

  @Mutation(() => UtilizationReviewType, {
    description: 'Changes a review’s result, notes, next review date, physician-advisor referral or avoidable days.',
  })
  updateUtilizationReview(@Arg('input') input: UpdateUtilizationReviewInput, @Ctx() ctx: RequestContext) {
    return this.reviews.update(ctx, input);
  }

  @FieldResolver(() => Int)
  avoidableDayCount(@Root() review: UtilizationReviewView): number {
    return review.avoidableDays.length;
  }
}

@Resolver(() => PatientType)
export class PatientUtilizationReviewResolver {
  constructor(private readonly reviews: UtilizationReviewService) {}

  @FieldResolver(() => [UtilizationReviewType], { description: 'Utilization reviews, newest review date first.' })
  utilizationReviews(@Root() patient: PatientView, @Ctx() ctx: RequestContext) {
    return this.reviews.reviewsOf(ctx, patient.id);
  }
}
