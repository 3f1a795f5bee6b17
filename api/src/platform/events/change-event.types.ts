import { GraphQLDateTime } from 'graphql-scalars';
import { createUnionType, Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { enumOf } from '../graphql/enums.js';
import { CHANGE_KINDS } from './change-event.entity.js';
import type { Delivery } from './event-feed.js';

const ChangeKind = enumOf(CHANGE_KINDS);
registerEnumType(ChangeKind, { name: 'ChangeKind' });

// biome-ignore lint/complexity/noBannedTypes: type-graphql object types are plain classes
const nodeTypes = new Map<string, Function>();

/** Makes a module's GraphQL type a possible `ChangeEvent.node`; `entityType` is the name the write path records. */
// biome-ignore lint/complexity/noBannedTypes: type-graphql object types are plain classes
export function registerNodeType(entityType: string, type: Function): void {
  nodeTypes.set(entityType, type);
}

export const ChangeEventNode = createUnionType({
  name: 'ChangeEventNode',
  description: 'The changed item, as it was right after the change.',
  types: () => [...nodeTypes.values()] as never,
  resolveType: (value) => (value as { __entityType: string }).__entityType,
});

@ObjectType({ description: 'Who made a change.' })
export class EventActor {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;
}

@ObjectType({
  description:
    'One entry of a stream. Subscribers pass the last id they saw as `after` to receive exactly what they missed.',
})
export class ChangeEvent {
  @Field(() => ID, { description: 'Increases in commit order within a stream.' })
  id!: string;

  @Field()
  stream!: string;

  @Field(() => ChangeKind)
  kind!: string;

  @Field()
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => Int)
  version!: number;

  @Field(() => EventActor)
  actor!: EventActor;

  @Field(() => GraphQLDateTime)
  at!: string;

  @Field(() => ChangeEventNode, {
    nullable: true,
    description:
      'The changed item, as it was right after the change. Null for items that are not shown on streams, and ' +
      'for an item the viewer may no longer see (a patient who moved to a unit the viewer is not on): the ' +
      'envelope still says which item left.',
  })
  node!: Record<string, unknown> | null;
}

/** Shapes a stored or published event for GraphQL; a withheld event keeps its envelope but not its item. */
export function toChangeEvent(payload: Delivery): ChangeEvent {
  return {
    id: payload.id,
    stream: payload.stream,
    kind: payload.kind,
    entityType: payload.entityType,
    entityId: payload.entityId,
    version: payload.version,
    actor: { id: payload.actorId, name: payload.actorName },
    at: payload.at,
    node:
      nodeTypes.has(payload.entityType) && !payload.withheld
        ? { ...payload.snapshot, __entityType: payload.entityType }
        : null,
  };
}
