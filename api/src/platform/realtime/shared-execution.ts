import {
  createSourceEventStream,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  execute,
  getOperationAST,
  Kind,
} from 'graphql';

/**
 * Subscriptions that share their answers: a payload (one event object, handed by the event feed
 * to every follower of a stream) is executed once per operation, variables and access class, and
 * every subscription with the same ones receives that result — the selection is resolved once per
 * event instead of once per subscriber. The access class must name everything resolvers may read
 * about the viewer (see `accessClassOf`); each subscriber still passes its own feed's gates (session,
 * access, audit) before the payload reaches it. The variable bound to the root field's `after`
 * (a cursor, which only says where the feed starts) is left out of the key.
 */
export class SharedExecution {
  /** Per payload object: execution key → its result. Dropped with the payload. */
  readonly #results = new WeakMap<object, Map<string, Promise<ExecutionResult>>>();

  /** graphql-ws's `subscribe`: graphql-js's, with each payload's execution shared under `accessClass`. */
  async subscribe(
    args: ExecutionArgs,
    accessClass: string,
  ): Promise<AsyncGenerator<ExecutionResult> | ExecutionResult> {
    const source = await createSourceEventStream(args);
    if (!isAsyncIterable(source)) return source as ExecutionResult;
    const key = `${accessClass}\n${args.operationName ?? ''}\n${stableVariables(args)}`;
    return mapAsync(source, (payload) => this.#execute(args, key, payload));
  }

  #execute(args: ExecutionArgs, key: string, payload: unknown): Promise<ExecutionResult> {
    if (typeof payload !== 'object' || payload === null) {
      return Promise.resolve(execute({ ...args, rootValue: payload }));
    }
    let byKey = this.#results.get(payload);
    if (!byKey) {
      byKey = new Map();
      this.#results.set(payload, byKey);
    }
    // The document is part of the key by identity of its text: operations are parsed per subscription.
    const fullKey = `${key}\n${documentText(args.document)}`;
    let result = byKey.get(fullKey);
    if (!result) {
      result = Promise.resolve(execute({ ...args, rootValue: payload }));
      byKey.set(fullKey, result);
    }
    return result;
  }
}

const texts = new WeakMap<DocumentNode, string>();

/** The operation's source text (parsed documents keep it), computed once per document. */
function documentText(document: DocumentNode): string {
  let text = texts.get(document);
  if (text === undefined) {
    text = document.loc?.source.body ?? JSON.stringify(document);
    texts.set(document, text);
  }
  return text;
}

/** The variables as a key, without the one the root field takes as `after`. */
function stableVariables(args: ExecutionArgs): string {
  const variables = { ...(args.variableValues ?? {}) };
  const operation = getOperationAST(args.document, args.operationName);
  const root = operation?.selectionSet.selections.find((s) => s.kind === Kind.FIELD);
  const after = root?.kind === Kind.FIELD ? root.arguments?.find((a) => a.name.value === 'after') : undefined;
  if (after?.value.kind === Kind.VARIABLE) delete variables[after.value.name.value];
  return JSON.stringify(Object.entries(variables).sort(([a], [b]) => (a < b ? -1 : 1)));
}

function isAsyncIterable(value: unknown): value is AsyncIterable<unknown> {
  return typeof (value as AsyncIterable<unknown> | null)?.[Symbol.asyncIterator] === 'function';
}

/** Maps an async iterable, passing `return` through so the source stops when the client leaves. */
function mapAsync<T, U>(source: AsyncIterable<T>, map: (value: T) => Promise<U>): AsyncGenerator<U> {
  const iterator = source[Symbol.asyncIterator]();
  const mapped: AsyncGenerator<U> = {
    async next() {
      const step = await iterator.next();
      return step.done ? { done: true, value: undefined } : { done: false, value: await map(step.value) };
    },
    async return() {
      await iterator.return?.();
      return { done: true, value: undefined };
    },
    async throw(error: unknown) {
      if (iterator.throw) await iterator.throw(error);
      throw error;
    },
    [Symbol.asyncIterator]() {
      return mapped;
    },
  } as AsyncGenerator<U>;
  return mapped;
}
