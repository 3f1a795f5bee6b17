import { IsUUID } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../platform/graphql/enums.js';
import { OUTCOME_FIGURES } from './outcomes.figures.js';

export const OutcomeFigureEnum = enumOf(OUTCOME_FIGURES);
registerEnumType(OutcomeFigureEnum, { name: 'OutcomeFigure', description: 'One figure of the outcomes dashboard.' });

@ObjectType('OutcomeCount', { description: 'One row of a figure: what is counted, and how many.' })
export class OutcomeCountType {
  @Field()
  key!: string;

  @Field()
  label!: string;

  @Field(() => Float)
  value!: number;
}

@ObjectType('LengthOfStayFigure')
export class LengthOfStayFigureType {
  @Field(() => Int, { description: 'Stays discharged in the range that had an expected discharge date.' })
  discharged!: number;

  @Field(() => Float, { nullable: true })
  averageDays!: number | null;

  @Field(() => Float, { nullable: true })
  averageExpectedDays!: number | null;

  @Field(() => Int, { description: 'Stays that ended after their expected date.' })
  overExpected!: number;
}

@ObjectType('AuthorizationFigure')
export class AuthorizationFigureType {
  @Field(() => Int, { description: 'Payer decisions made in the range.' })
  decided!: number;

  @Field(() => Int, { description: 'Of them, denials (appealed or not).' })
  denied!: number;

  @Field(() => Float, { nullable: true })
  denialRate!: number | null;

  @Field(() => Float, { nullable: true, description: 'Mean hours from submission to decision.' })
  averageTurnaroundHours!: number | null;
}

@ObjectType('ReferralLoopFigure')
export class ReferralLoopFigureType {
  @Field(() => Int, { description: 'Referrals sent in the range.' })
  sent!: number;

  @Field(() => Int, { description: 'Of them, loops closed (completed or declined by the agency).' })
  closed!: number;

  @Field(() => Float, { nullable: true })
  closureRate!: number | null;
}

@ObjectType('ReadmissionFigure')
export class ReadmissionFigureType {
  @Field(() => Int, { description: 'Stays on the unit discharged in the range.' })
  discharged!: number;

  @Field(() => Int, { description: 'Of them, followed by an admission within 30 days.' })
  readmitted!: number;

  @Field(() => Float, { nullable: true })
  rate!: number | null;
}

@ObjectType('Outcomes', {
  description:
    'A unit’s outcomes over a date range; a figure not asked for (or not changed, on a live update) is null.',
})
export class OutcomesType {
  @Field(() => ID)
  unitId!: string;

  @Field(() => GraphQLDateTime)
  from!: string;

  @Field(() => GraphQLDateTime)
  to!: string;

  @Field(() => GraphQLDateTime)
  computedAt!: string;

  @Field(() => [OutcomeFigureEnum], { description: 'The figures this answer carries.' })
  figures!: string[];

  @Field(() => [OutcomeCountType], { nullable: true, description: 'Patients per lead case manager.' })
  caseload?: OutcomeCountType[];

  @Field(() => [OutcomeCountType], {
    nullable: true,
    description: 'Patients by LACE band (LOW, MODERATE, HIGH, INCOMPLETE).',
  })
  laceBands?: OutcomeCountType[];

  @Field(() => [OutcomeCountType], { nullable: true, description: 'Care-plan goals: ACHIEVED, NOT_ACHIEVED, OPEN.' })
  goals?: OutcomeCountType[];

  @Field(() => LengthOfStayFigureType, { nullable: true })
  lengthOfStay?: LengthOfStayFigureType;

  @Field(() => [OutcomeCountType], { nullable: true, description: 'Avoidable days by reason.' })
  avoidableDays?: OutcomeCountType[];

  @Field(() => AuthorizationFigureType, { nullable: true })
  authorizations?: AuthorizationFigureType;

  @Field(() => ReferralLoopFigureType, { nullable: true })
  referrals?: ReferralLoopFigureType;

  @Field(() => [OutcomeCountType], { nullable: true, description: 'Open cards past due, by discipline.' })
  overdueTasks?: OutcomeCountType[];

  @Field(() => ReadmissionFigureType, { nullable: true })
  readmissions?: ReadmissionFigureType;
}

@InputType()
export class OutcomesInput {
  @Field(() => ID)
  @IsUUID()
  unitId!: string;

  @Field(() => GraphQLDateTime, { description: 'Start of the range (inclusive).' })
  from!: Date;

  @Field(() => GraphQLDateTime, { description: 'End of the range (exclusive); after `from`.' })
  to!: Date;
}
