import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema, type NonEmptyArray } from 'type-graphql';
import { setEventNodeTypes } from '../events/change-event.types.js';
import type { ResolverClass } from './container.js';
import type { RequestContext } from './context.js';

/** What the schema is built from: the modules' resolvers and the types `ChangeEvent.node` may take. */
export interface SchemaParts {
  resolvers: NonEmptyArray<ResolverClass>;
  nodeTypes: ReadonlyMap<string, ResolverClass>;
}

/**
 * type-graphql insists on a PubSub when a schema has subscriptions. CareHub's subscriptions all
 * follow the event log through `EventFeed` (the `subscribe` option), never topics, so this one refuses use.
 */
const noTopicPubSub = {
  publish(): never {
    throw new Error('Publish through the write path; topic subscriptions are not used');
  },
  subscribe(): never {
    throw new Error('Subscribe through EventFeed; topic subscriptions are not used');
  },
};

let built: Promise<GraphQLSchema> | undefined;

/**
 * The executable schema (built once per process; type-graphql metadata is global). Resolvers
 * are taken from the request's container, so each hub's resolvers use that hub's services.
 */
export function carehubSchema(parts: SchemaParts): Promise<GraphQLSchema> {
  if (!built) {
    setEventNodeTypes(parts.nodeTypes);
    built = buildSchema({
      resolvers: parts.resolvers,
      container: ({ context }) => (context as RequestContext).container,
      validate: { forbidUnknownValues: false },
      emitSchemaFile: false,
      pubSub: noTopicPubSub,
    });
  }
  return built;
}

/** The SDL committed as schema/schema.graphql: sorted, so it diffs cleanly. */
export async function printCarehubSchema(parts: SchemaParts): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await carehubSchema(parts)))}\n`;
}
