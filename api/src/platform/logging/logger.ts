import { AsyncLocalStorage } from 'node:async_hooks';
import { type DestinationStream, type Logger, pino } from 'pino';

export type { Logger };

const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/**
 * Structured JSON logs (to stdout unless `destination` is given). Every line written while a
 * request is being served carries that request's id, without passing loggers around.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'carehub-api' },
    mixin: () => {
      const scope = requestScope.getStore();
      return scope ? { requestId: scope.requestId } : {};
    },
    redact: ['req.headers.authorization', 'req.headers.cookie', 'password', '*.password'],
  };
  return destination ? pino(options, destination) : pino(options);
}

/** Runs `fn` with `requestId` attached to every log line it writes (including async work it starts). */
export function withRequestId<T>(requestId: string, fn: () => T): T {
  return requestScope.run({ requestId }, fn);
}

export function currentRequestId(): string | undefined {
  return requestScope.getStore()?.requestId;
}
