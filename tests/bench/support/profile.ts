import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';

/**
 * CPU profiling of a bench's measured run, when BENCH_PROFILE_DIR names a folder: `start` before
 * the run, `stop(name)` after it writes `<name>.cpuprofile` there (open it in Chrome DevTools).
 * Without the variable both do nothing, so a normal run measures unprofiled code.
 */
const dir = process.env.BENCH_PROFILE_DIR;
let session: Session | undefined;

export async function startProfile(): Promise<void> {
  if (!dir) return;
  session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 200 });
  await session.post('Profiler.start');
}

export async function stopProfile(name: string): Promise<void> {
  if (!dir || !session) return;
  const { profile } = await session.post('Profiler.stop');
  writeFileSync(path.join(dir, `${name}.cpuprofile`), JSON.stringify(profile));
  session.disconnect();
  session = undefined;
}
