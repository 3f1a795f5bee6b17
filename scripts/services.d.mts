export function freePort(): Promise<number>;
export function postgresBinDir(): string | null;
export function startPostgres(): Promise<{
  url: string;
  /** Suspends the server and its backends: connections stay open, nothing answers. */
  freeze(): void;
  thaw(): void;
  /** Stops the server and keeps its data (a database host restarting); `resume` starts it again on the same port. */
  halt(): void;
  resume(): void;
  stop(): Promise<void>;
}>;
export function startRedis(): Promise<{
  url: string;
  port: number;
  stop(): Promise<void>;
  restart(downMs?: number): Promise<void>;
}>;
