import 'reflect-metadata';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import { resolvers } from '../../modules/index.js';

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

/** The executable schema (built once per process; type-graphql metadata is global). */
export function carehubSchema(): Promise<GraphQLSchema> {
  built ??= buildSchema({
    resolvers,
    validate: { forbidUnknownValues: false },
    emitSchemaFile: false,
    pubSub: noTopicPubSub,
  });
  return built;
}

/** The SDL committed as schema/schema.graphql: sorted, so it diffs cleanly. */
export async function printCarehubSchema(): Promise<string> {
  return `${printSchema(lexicographicSortSchema(await carehubSchema()))}\n`;
}
