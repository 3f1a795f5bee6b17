import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import {
  GraphQLError,
  type GraphQLSchema,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  type ValidationRule,
  validate,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { LiveSockets } from '../auth/live-sockets.js';
import type { Viewer } from '../auth/viewer.js';
import type { Authenticate, ContextFor, RequestContext } from '../graphql/context.js';
import { createErrorFormatter } from '../graphql/format-error.js';
import { clientAddress, type ProxyTrust } from '../http/client-address.js';
import { tokenFromHeaders } from '../http/session-cookie.js';
import type { Logger } from '../logging/logger.js';
import { accessClassOf } from '../policy/read-access.js';
import { SharedExecution } from './shared-execution.js';

interface ConnectionState {
  viewer: Viewer;
  ip: string | null;
  userAgent: string | null;
  forget: () => void;
}

export interface GraphqlWsOptions {
  schema: GraphQLSchema;
  /** The same limits as HTTP (depth, cost, aliases…). */
  validationRules: ValidationRule[];
  liveSockets: LiveSockets;
  logger: Logger;
  exposeInternalErrors: boolean;
  /** Whether clients may read the schema (introspection, "Did you mean" hints): everywhere but production. */
  exposeSchema: boolean;
  /** Which proxies in front of the hub may name the client's address. */
  trustProxy: ProxyTrust;
  authenticate: Authenticate;
  contextFor: ContextFor;
  /**
   * Unsent bytes a socket may hold. Each subscription waits for its previous message to leave
   * before it sends the next, so a client that stops reading holds at most one message per
   * subscription here (its event feed then tells it to resync); past this bound, however many
   * subscriptions it opened, the socket is dropped and its client reconnects from its cursors.
   */
  maxBufferedBytes: number;
  /** A ping every this often; a socket that has not answered by the next one is ended. */
  keepAliveMs: number;
}

/**
 * graphql-ws on the hub's port. A connection must carry a live session (connectionParams.token,
 * a bearer header or the session cookie); every operation is validated with the same limits and
 * the same production rules (no introspection, no "Did you mean" hints) as HTTP, and its errors
 * carry the same codes; the socket closes when its session ends. Subscriptions of the same operation
 * and viewer class share each event's execution.
 */
export function createGraphqlWsServer(options: GraphqlWsOptions): WebSocketServer {
  const { schema, validationRules, liveSockets, authenticate, contextFor } = options;
  const wss = new WebSocketServer({ noServer: true, maxPayload: 256 * 1024 });
  const format = createErrorFormatter(options.logger, options.exposeInternalErrors, options.exposeSchema);
  const connections = new WeakMap<object, ConnectionState>();
  const shared = new SharedExecution();
  const rules = [
    ...specifiedRules,
    ...validationRules,
    ...(options.exposeSchema ? [] : [NoSchemaIntrospectionCustomRule]),
  ];

  useServer(
    {
      schema,
      // An event goes to every subscriber of its stream as one object: its selection is resolved
      // once per operation and viewer class, not once per subscriber (see SharedExecution).
      subscribe: (args) => {
        const viewer = (args.contextValue as RequestContext).viewer;
        return shared.subscribe(args, viewer ? accessClassOf(viewer) : 'anonymous');
      },
      onConnect: async (ctx) => {
        const request = ctx.extra.request as IncomingMessage;
        const param = ctx.connectionParams?.token;
        const token = typeof param === 'string' ? param : tokenFromHeaders(request.headers);
        const viewer = await authenticate(token);
        if (!viewer) return false;
        const socket = ctx.extra.socket;
        const forget = liveSockets.add(viewer.sessionId, () => socket.close(CloseCode.Forbidden, 'Session ended'));
        socket.once('close', forget);
        const ip = clientAddress(request, options.trustProxy);
        connections.set(ctx.extra, { viewer, ip, userAgent: request.headers['user-agent'] ?? null, forget });
        options.logger.info({ transport: 'graphql-ws', ip, userId: viewer.userId }, 'socket opened');
        return true;
      },
      onSubscribe: (ctx, _id, payload) => {
        const state = connections.get(ctx.extra);
        if (!state) return [new GraphQLError('Sign in to continue.', { extensions: { code: 'UNAUTHENTICATED' } })];
        let document: ReturnType<typeof parse>;
        try {
          document = parse(payload.query);
        } catch (error) {
          return [coded(error as GraphQLError, 'GRAPHQL_PARSE_FAILED')];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors.map((e) => coded(e, 'GRAPHQL_VALIDATION_FAILED'));
        const contextValue: RequestContext = contextFor({
          requestId: randomUUID(),
          viewer: state.viewer,
          ip: state.ip,
          userAgent: state.userAgent,
        });
        return {
          schema,
          document,
          operationName: payload.operationName,
          variableValues: payload.variables,
          contextValue,
        };
      },
      onNext: (ctx, _id, _payload, args, result) => {
        const socket = ctx.extra.socket;
        if (socket.bufferedAmount > options.maxBufferedBytes) {
          // Terminated, not closed: a close frame would wait behind what the client is not reading.
          const state = connections.get(ctx.extra);
          options.logger.warn(
            { transport: 'graphql-ws', ip: state?.ip, userId: state?.viewer.userId, buffered: socket.bufferedAmount },
            'socket dropped: its client stopped reading',
          );
          socket.terminate();
        }
        if (!result.errors?.length) return result;
        const requestId = (args.contextValue as RequestContext).requestId;
        return {
          ...result,
          errors: result.errors.map((e) => format(e.toJSON(), e, requestId)) as never,
        };
      },
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => format(e.toJSON(), e)) as never,
    },
    wss,
    options.keepAliveMs,
  );
  return wss;
}

/** The code Apollo gives the same failure on HTTP, so clients handle both transports alike. */
function coded(error: GraphQLError, code: string): GraphQLError {
  return new GraphQLError(error.message, {
    nodes: error.nodes,
    source: error.source,
    positions: error.positions,
    extensions: { ...error.extensions, code },
  });
}
