import { IsOptional, Length, Min } from 'class-validator';
import { Field, Int } from 'type-graphql';

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
