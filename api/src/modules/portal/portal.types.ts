import { IsBoolean, IsIn, IsOptional, IsUUID, Length, Min } from 'class-validator';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../../platform/graphql/enums.js';
import { ClientMutationId, VersionedInput, Visibility } from '../../platform/graphql/inputs.js';
import { FamilyShareScope } from '../family/family.types.js';
import { Discipline } from '../identity/identity.types.js';
import { DISCIPLINES, type Discipline as DisciplineValue } from '../identity/user.entity.js';
import { QUESTION_STATUSES } from './family-question.entity.js';
import { PORTAL_ITEM_KINDS } from './portal.projections.js';

/** The longest question a family member can send (about a page of text). */
export const QUESTION_MAX_LENGTH = 2_000;
/** The longest update or reply the team can write for family. */
export const FAMILY_TEXT_MAX_LENGTH = 4_000;

export const PortalItemKind = enumOf(PORTAL_ITEM_KINDS);
registerEnumType(PortalItemKind, { name: 'PortalItemKind', description: 'What a portal entry shows.' });
export const FamilyQuestionStatus = enumOf(QUESTION_STATUSES);
registerEnumType(FamilyQuestionStatus, { name: 'FamilyQuestionStatus' });

/** The kinds of item the team shares and un-shares with `setFamilySharing`. */
export const FAMILY_SHAREABLE_TYPES = ['FamilyUpdate', 'Goal', 'Intervention', 'CareTeamMember'] as const;
export const FamilyShareable = enumOf(FAMILY_SHAREABLE_TYPES);
registerEnumType(FamilyShareable, { name: 'FamilyShareable', description: 'An item the team can share with family.' });

@ObjectType('PortalReply', { description: "The team's answer to a family member's question." })
export class PortalReplyType {
  @Field()
  text!: string;

  @Field({ description: 'Who answered.' })
  author!: string;

  @Field(() => GraphQLDateTime)
  at!: string;
}

@ObjectType('PortalItem', { description: 'One entry of the family portal, in plain words.' })
export class PortalItemType {
  @Field(() => ID, { description: "The shared item's id (the patient's, for the expected day home)." })
  id!: string;

  @Field(() => PortalItemKind)
  kind!: string;

  @Field()
  title!: string;

  @Field()
  text!: string;

  @Field(() => String, { nullable: true, description: 'Where things stand, in plain words.' })
  status!: string | null;

  @Field(() => String, { nullable: true, description: 'How often, or the aim, in plain words.' })
  detail!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'A day that matters (YYYY-MM-DD): target, or expected day home.',
  })
  date!: string | null;

  @Field(() => PortalReplyType, { nullable: true })
  reply!: PortalReplyType | null;

  @Field(() => GraphQLDateTime, { description: 'When it last changed.' })
  at!: string;
}

@ObjectType('PortalPatient', { description: 'What the team shares with this family member about one patient.' })
export class PortalPatientType {
  @Field(() => ID)
  patientId!: string;

  @Field()
  name!: string;

  @Field({ description: "The family member's relationship to the patient." })
  relationship!: string;

  @Field(() => [FamilyShareScope], { description: 'What the consent lets the team share with this family member.' })
  shareScopes!: string[];

  @Field(() => [PortalItemType], {
    description: 'Newest first: updates, goals, what the team does, contacts, questions.',
  })
  items!: PortalItemType[];

  @Field(() => ID, {
    description: "The patient stream's position this view reflects: subscribe to portalEvents `after` it.",
  })
  lastEventId!: string;
}

@ObjectType('Portal', { description: "A family member's view: the patients they are linked to." })
export class PortalType {
  @Field(() => [PortalPatientType])
  patients!: PortalPatientType[];
}

@ObjectType('PortalEvent', { description: 'A portal entry shown, changed or taken back, live.' })
export class PortalEventType {
  @Field(() => ID, { description: 'The event id: pass the last one as `after` to miss nothing.' })
  id!: string;

  @Field(() => ID)
  patientId!: string;

  @Field(() => ID)
  itemId!: string;

  @Field({ description: 'True when the entry is no longer shared: drop it.' })
  removed!: boolean;

  @Field(() => PortalItemType, { nullable: true, description: 'The entry as it is now; null when removed.' })
  item!: PortalItemType | null;
}

@ObjectType('FamilyUpdate', { description: 'A plain-language update the team wrote for the family.' })
export class FamilyUpdateType {
  @Field(() => ID)
  id!: string;

  @Field()
  text!: string;

  @Field()
  authorName!: string;

  @Field(() => Visibility, { description: 'FAMILY while the family sees it; TEAM once taken back.' })
  visibility!: string;

  @Field(() => GraphQLDateTime)
  createdAt!: string;

  @Field(() => GraphQLDateTime)
  updatedAt!: string;

  @Field(() => Int)
  version!: number;
}

@ObjectType('FamilyQuestion', { description: "A family member's question to the team, and the team's reply." })
export class FamilyQuestionType {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'As typed: show it as text, never as markup.' })
  text!: string;

  @Field()
  askedByName!: string;

  @Field(() => Discipline, { nullable: true, description: 'Who they asked; null: the lead case manager.' })
  discipline!: string | null;

  @Field(() => FamilyQuestionStatus)
  status!: string;

  @Field(() => String, { nullable: true })
  reply!: string | null;

  @Field(() => String, { nullable: true })
  repliedByName!: string | null;

  @Field(() => GraphQLDateTime, { nullable: true })
  repliedAt!: string | null;

  @Field(() => GraphQLDateTime)
  createdAt!: string;

  @Field(() => ID, { nullable: true, description: "The team's card for it on the patient's task board." })
  taskId!: string | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('FamilySharing', { description: 'An item shared with family, or taken back.' })
export class FamilySharingType {
  @Field(() => FamilyShareable)
  entityType!: string;

  @Field(() => ID)
  id!: string;

  @Field(() => Visibility)
  visibility!: string;

  @Field(() => Int)
  version!: number;
}

@InputType()
export class AskCareTeamInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  patientId!: string;

  @Field({ description: `The question, up to ${QUESTION_MAX_LENGTH} characters.` })
  @Length(1, QUESTION_MAX_LENGTH, { message: `text must be 1 to ${QUESTION_MAX_LENGTH} characters` })
  text!: string;

  @Field(() => Discipline, { nullable: true, description: 'Who to ask; left out: the lead case manager.' })
  @IsOptional()
  @IsIn(DISCIPLINES)
  discipline?: DisciplineValue | null;
}

@InputType()
export class WriteFamilyUpdateInput {
  @ClientMutationId()
  clientMutationId?: string;

  @Field(() => ID)
  @IsUUID()
  patientId!: string;

  @Field({ description: `Plain words for the family, up to ${FAMILY_TEXT_MAX_LENGTH} characters.` })
  @Length(1, FAMILY_TEXT_MAX_LENGTH, { message: `text must be 1 to ${FAMILY_TEXT_MAX_LENGTH} characters` })
  text!: string;
}

@InputType()
export class SetFamilySharingInput {
  @Field(() => FamilyShareable)
  @IsIn(FAMILY_SHAREABLE_TYPES)
  entityType!: (typeof FAMILY_SHAREABLE_TYPES)[number];

  @Field(() => ID)
  @IsUUID()
  id!: string;

  @Field(() => Int, { nullable: true, description: 'The version the choice was based on; a stale one is CONFLICT.' })
  @IsOptional()
  @Min(1)
  expectedVersion?: number | null;

  @Field({ description: 'True to share with family, false to take it back.' })
  @IsBoolean()
  shared!: boolean;
}

@InputType()
export class AnswerFamilyQuestionInput extends VersionedInput {
  @Field({ description: `The answer, up to ${FAMILY_TEXT_MAX_LENGTH} characters.` })
  @Length(1, FAMILY_TEXT_MAX_LENGTH, { message: `reply must be 1 to ${FAMILY_TEXT_MAX_LENGTH} characters` })
  reply!: string;
}
