import { Equals, IsEmail, IsIn, IsUUID, Length, MaxLength, ValidateNested } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../platform/graphql/enums.js';
import { ClientMutationId, VersionedInput } from '../../platform/graphql/inputs.js';
import { CONSENT_SOURCES, FAMILY_LINK_STATUSES, type ConsentSource as Source } from './family-link.entity.js';

export const FamilyLinkStatus = enumOf(FAMILY_LINK_STATUSES);
export const ConsentSource = enumOf(CONSENT_SOURCES);
registerEnumType(FamilyLinkStatus, { name: 'FamilyLinkStatus' });
registerEnumType(ConsentSource, { name: 'ConsentSource', description: 'Who gave consent to share.' });

@ObjectType('FamilyLink', {
  description: "A family member or caregiver linked to a patient with the patient's consent.",
})
export class FamilyLinkType {
  @Field(() => ID)
  id!: string;

  patientId!: string;
  userId!: string;
  consentRecordedById!: string;

  @Field()
  relationship!: string;

  @Field(() => FamilyLinkStatus)
  status!: string;

  @Field()
  consentScope!: string;

  @Field(() => ConsentSource)
  consentSource!: string;

  @Field(() => GraphQLDateTime)
  consentRecordedAt!: string;

  @Field(() => GraphQLDateTime, { nullable: true })
  revokedAt!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'A new family link and the one-time code the family member uses to set a password.' })
export class FamilyInvitation {
  @Field(() => FamilyLinkType)
  link!: FamilyLinkType;

  @Field({ description: 'Shown once; give it to the family member. Only its hash is stored.' })
  invitationCode!: string;
}

@InputType()
export class ConsentInput {
  @Field({ description: 'Must be true: the patient (or their representative) agreed to share.' })
  @Equals(true, { message: 'consent.given must be true: record the consent before linking' })
  given!: boolean;

  @Field(() => ConsentSource)
  @IsIn(CONSENT_SOURCES)
  source!: Source;

  @Field({ description: 'What may be shared, e.g. "care plan updates and conference summaries".' })
  @Length(3, 500)
  scope!: string;
}

@InputType()
export class LinkFamilyMemberInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  patientId!: string;

  @Field()
  @Length(1, 200)
  name!: string;

  @Field()
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @Field()
  @Length(1, 60)
  relationship!: string;

  @Field(() => ConsentInput)
  @ValidateNested()
  consent!: ConsentInput;
}

@InputType()
export class RevokeFamilyLinkInput extends VersionedInput {}

@InputType()
export class AcceptFamilyInvitationInput {
  @Field()
  @Length(10, 200)
  invitationCode!: string;

  @Field()
  @Length(10, 200, { message: 'password must be 10 to 200 characters' })
  password!: string;
}
