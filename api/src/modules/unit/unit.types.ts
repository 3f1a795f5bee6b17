import { IsUUID } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';

@ObjectType('Unit', { description: 'A hospital unit or community team.' })
export class UnitType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Short code shown on boards, e.g. 4W.' })
  code!: string;

  @Field()
  name!: string;
}

@InputType()
export class UnitMemberInput {
  @Field(() => ID)
  @IsUUID()
  unitId!: string;

  @Field(() => ID)
  @IsUUID()
  userId!: string;
}
