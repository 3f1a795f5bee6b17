import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../logging/logger.js';
import { startRepeatingJob } from './repeating-job.js';

/** A logger whose lines land in `lines` (parsed), to check what a round logged. */
function capturingLogger() {
  const lines: { level: number; msg: string; made?: number; err?: string }[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: createLogger('info', sink), lines };
}

const job = (round: () => Promise<number>, logger = capturingLogger().logger) => ({
  round,
  everyMs: 1000,
  logger,
  madeMessage: 'made',
  failedMessage: 'failed',
});

describe('startRepeatingJob', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs a first round before it resolves, then one per interval, and none after stop', async () => {
    const round = vi.fn(async () => 0);
    const stop = await startRepeatingJob(job(round));
    expect(round).toHaveBeenCalledTimes(1);

    await vi.advanceTimersByTimeAsync(1000);
    expect(round).toHaveBeenCalledTimes(2);
    await vi.advanceTimersByTimeAsync(2000);
    expect(round).toHaveBeenCalledTimes(4);

    stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect(round).toHaveBeenCalledTimes(4);
  });

  it('a tick while a round still runs does not start a second one', async () => {
    let finish = () => {};
    const round = vi.fn(async () => 0);
    const stop = await startRepeatingJob(job(round));
    round.mockImplementation(
      () =>
        new Promise<number>((resolve) => {
          finish = () => resolve(0);
        }),
    );

    await vi.advanceTimersByTimeAsync(3000);
    expect(round).toHaveBeenCalledTimes(2);

    finish();
    await vi.advanceTimersByTimeAsync(1000);
    expect(round).toHaveBeenCalledTimes(3);
    stop();
  });

  it('logs what a round made, and a failed round is logged and retried on the next tick', async () => {
    const { logger, lines } = capturingLogger();
    const round = vi.fn<() => Promise<number>>().mockRejectedValueOnce(new Error('database away')).mockResolvedValue(3);
    const stop = await startRepeatingJob(job(round, logger));
    expect(lines).toMatchObject([{ msg: 'failed', err: 'database away' }]);

    await vi.advanceTimersByTimeAsync(1000);
    expect(round).toHaveBeenCalledTimes(2);
    expect(lines).toMatchObject([{ msg: 'failed' }, { msg: 'made', made: 3 }]);
    stop();
  });

  it('a round that made nothing logs nothing', async () => {
    const { logger, lines } = capturingLogger();
    const stop = await startRepeatingJob(job(async () => 0, logger));
    expect(lines).toEqual([]);
    stop();
  });
});
