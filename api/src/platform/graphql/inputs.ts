import { IsIn, IsOptional, IsUUID, Length, Min } from 'class-validator';
import { Field, ID, InputType, Int, registerEnumType } from 'type-graphql';
import { VISIBILITIES } from '../events/change-event.entity.js';
import { enumOf } from './enums.js';

/** Who may see an item: the team only, or also the patient's linked family. */
export const Visibility = enumOf(VISIBILITIES);
registerEnumType(Visibility, { name: 'Visibility', description: 'TEAM only, or also shared with linked family.' });

/**
 * `clientMutationId` on a create input: optional, 8–100 characters; the write path returns the
 * first result when the same actor sends the same id again.
 */
export function ClientMutationId(): PropertyDecorator {
  return (target, key) => {
    Field(() => String, {
      nullable: true,
      description: 'Client-generated id; sending the same one again returns the first result.',
    })(target, key);
    IsOptional()(target, key);
    Length(8, 100)(target, key);
  };
}

/** `expectedVersion` on an update input: the version the edit was based on; a stale one is CONFLICT. */
export function ExpectedVersion(): PropertyDecorator {
  return (target, key) => {
    Field(() => Int, { description: 'The version the edit was based on; a stale one is refused with CONFLICT.' })(
      target,
      key,
    );
    Min(1)(target, key);
  };
}

/** An optional `visibility` on an input: TEAM or FAMILY; left out, a create shares with the team only. */
export function VisibilityField(): PropertyDecorator {
  return (target, key) => {
    Field(() => Visibility, { nullable: true })(target, key);
    IsOptional()(target, key);
    IsIn(VISIBILITIES)(target, key);
  };
}

// biome-ignore lint/suspicious/noExplicitAny: a mixin's base must take any constructor arguments
type Constructor = abstract new (...args: any[]) => object;

/**
 * Adds the fields of a versioned edit — the item's `id` and the `expectedVersion` the edit was
 * based on — to an input class; the write path's `update`, `move` and `archive` take them as
 * they are.
 */
export function Versioned<TBase extends Constructor>(Base: TBase) {
  // Never an argument itself, so never in the schema; the name only keeps type-graphql's registry unambiguous.
  @InputType(`Versioned${Base.name}`)
  abstract class VersionedFields extends Base {
    @Field(() => ID)
    @IsUUID()
    id!: string;

    @ExpectedVersion()
    expectedVersion!: number;
  }
  return VersionedFields;
}

/** The base of an input that edits one item: `id` and `expectedVersion`. */
@InputType('VersionedInput')
export abstract class VersionedInput extends Versioned(class Input {}) {}
