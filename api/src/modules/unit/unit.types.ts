import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Unit', { description: 'A hospital unit or community team.' })
export class UnitType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'Short code shown on boards, e.g. 4W.' })
  code!: string;

  @Field()
  name!: string;
}
