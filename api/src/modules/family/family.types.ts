import {
  ArrayMaxSize,
  ArrayMinSize,
  Equals,
  IsEmail,
  IsIn,
  IsOptional,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../platform/graphql/enums.js';
import { ClientMutationId, VersionedInput } from '../../platform/graphql/inputs.js';
import {
  CONSENT_SOURCES,
  FAMILY_LINK_STATUSES,
  FAMILY_SHARE_SCOPES,
  type FamilyShareScope as Scope,
  type ConsentSource as Source,
} from './family-link.entity.js';

export const FamilyLinkStatus = enumOf(FAMILY_LINK_STATUSES);
export const ConsentSource = enumOf(CONSENT_SOURCES);
registerEnumType(FamilyLinkStatus, { name: 'FamilyLinkStatus' });
registerEnumType(ConsentSource, { name: 'ConsentSource', description: 'Who gave consent to share.' });
export const FamilyShareScope = enumOf(FAMILY_SHARE_SCOPES);
registerEnumType(FamilyShareScope, {
  name: 'FamilyShareScope',
  description: 'What the consent lets the team share with a family member.',
});

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

  @Field(() => [FamilyShareScope], { description: 'What the consent lets the team share with this family member.' })
  shareScopes!: string[];

  @Field(() => GraphQLDateTime)
  consentRecordedAt!: string;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the invitation code stops working (while the link is INVITED).',
  })
  invitationExpiresAt!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  revokedAt!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType({ description: 'A new family link and the one-time code with which the family member accepts it.' })
export class FamilyInvitation {
  @Field(() => FamilyLinkType)
  link!: FamilyLinkType;

  @Field({
    description:
      'Shown once; give it to the family member. Only its hash is stored. Expires at link.invitationExpiresAt.',
  })
  invitationCode!: string;

  @Field({
    description:
      'The email already belongs to a family account with a password: they accept by signing in with it (their password stays as it is) instead of choosing one.',
  })
  existingAccount!: boolean;
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

  @Field(() => [FamilyShareScope], {
    nullable: true,
    description: 'What may be shared, as the sharing rules read it; left out: plain-language updates only.',
  })
  @IsOptional()
  @ArrayMinSize(1)
  @ArrayMaxSize(FAMILY_SHARE_SCOPES.length)
  @IsIn(FAMILY_SHARE_SCOPES, { each: true })
  shares?: Scope[] | null;
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

  @Field(() => String, {
    nullable: true,
    description:
      'A new account: the password to set. An account that already has one: its current password (or leave it out when signed in as that account); it is never changed here.',
  })
  @IsOptional()
  @Length(10, 200, { message: 'password must be 10 to 200 characters' })
  password?: string | null;
}
