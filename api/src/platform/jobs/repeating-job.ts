import type { Logger } from '../logging/logger.js';

/** A background job that makes things in rounds (cards, follow-ups…) until the hub shuts down. */
export interface RepeatingJob {
  /** One round; resolves to how many things it made. */
  round: () => Promise<number>;
  /** The time between the starts of two rounds. */
  everyMs: number;
  logger: Logger;
  /** Logged (with `made`) after a round that made something. */
  madeMessage: string;
  /** Logged (with the error) after a round that failed; the next round retries. */
  failedMessage: string;
}

/**
 * Runs a first round before it resolves (so the hub starts with nothing overdue), then one every
 * `everyMs`. A round never overlaps the previous one (a tick while it runs joins it), a failed
 * round is logged and left to the next, and the timer does not keep the process alive. Resolves
 * to the stop function the shutdown calls: no round starts after it.
 */
export async function startRepeatingJob(job: RepeatingJob): Promise<() => void> {
  let running: Promise<void> | null = null;
  const round = () => {
    running ??= job
      .round()
      .then((made) => {
        if (made > 0) job.logger.info({ made }, job.madeMessage);
      })
      .catch((error: Error) => job.logger.warn({ err: error.message }, job.failedMessage))
      .finally(() => {
        running = null;
      });
    return running;
  };
  await round();
  const timer = setInterval(() => void round(), job.everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
