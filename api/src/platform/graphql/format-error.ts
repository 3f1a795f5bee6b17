import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLError, GraphQLFormattedError } from 'graphql';
import { isDatabaseUnavailable } from '../database/unavailable.js';
import { ErrorCode, serviceUnavailable } from '../errors.js';
import type { Logger } from '../logging/logger.js';
import { currentRequestId } from '../logging/logger.js';

/** Codes raised by GraphQL itself or Apollo for malformed requests; they are safe to show. */
const PROTOCOL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);
const APP_CODES = new Set<string>(Object.values(ErrorCode));

interface ValidationFailure {
  property: string;
  constraints?: Record<string, string>;
  children?: ValidationFailure[];
}

/** GraphQL's "Did you mean …?" hints (fields, arguments, types, enum values) spell out the schema. */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;

/**
 * Turns any error into what a client may see: coded errors pass through (input validation
 * spelled out per field), a database that cannot be reached is SERVICE_UNAVAILABLE, anything else is logged with the request id and, outside
 * development, replaced by a generic message that carries only that id. Unless `exposeSchema`,
 * "Did you mean …?" hints are cut from every message. HTTP and graphql-ws both format with this.
 */
export function createErrorFormatter(logger: Logger, exposeInternalErrors: boolean, exposeSchema = true) {
  return (formatted: GraphQLFormattedError, error: unknown, requestId = currentRequestId()): GraphQLFormattedError => {
    const shown = format(formatted, error, requestId);
    return exposeSchema ? shown : { ...shown, message: shown.message.replace(SUGGESTION, '') };
  };

  function format(formatted: GraphQLFormattedError, error: unknown, requestId: string | undefined) {
    const original = unwrapResolverError(error);
    // Duck-typed: graphql's CommonJS and ESM builds can both be loaded, so instanceof is unreliable.
    const extensions = (hasExtensions(original) ? original.extensions : formatted.extensions) ?? {};
    const code = extensions.code as string | undefined;
    if (code && (APP_CODES.has(code) || PROTOCOL_CODES.has(code)) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
      const failures = extensions.validationErrors as ValidationFailure[] | undefined;
      if (failures) {
        const fields = flatten(failures);
        return {
          message: fields.map((f) => f.message).join('; '),
          locations: formatted.locations,
          path: formatted.path,
          extensions: { code: ErrorCode.BAD_USER_INPUT, fields },
        };
      }
      return { ...formatted, extensions: { ...formatted.extensions, code } };
    }
    if (isDatabaseUnavailable(original)) {
      // A fault of the moment, not of the request: said plainly, so clients retry rather than report a bug.
      logger.warn({ err: original, path: formatted.path, requestId }, 'database unavailable');
      const { message, extensions: coded } = serviceUnavailable();
      return { message, locations: formatted.locations, path: formatted.path, extensions: { ...coded, requestId } };
    }
    logger.error({ err: original, path: formatted.path, requestId }, 'unexpected error');
    return {
      message: exposeInternalErrors
        ? formatted.message
        : `Something went wrong on our side. Reference: ${requestId ?? 'unknown'}.`,
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR, requestId },
    };
  }
}

function hasExtensions(value: unknown): value is { extensions: Record<string, unknown> } {
  return typeof value === 'object' && value !== null && typeof (value as GraphQLError).extensions === 'object';
}

function flatten(failures: ValidationFailure[], prefix = ''): { field: string; message: string }[] {
  return failures.flatMap((f) => {
    const field = prefix ? `${prefix}.${f.property}` : f.property;
    const own = Object.values(f.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(f.children ?? [], field)];
  });
}
