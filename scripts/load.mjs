// `pnpm load [--subscribers N] [--rate N] [--seconds N]`: the load run of tests/load/load.ts —
// N websocket subscribers across two API processes (PostgreSQL and Redis of its own, loopback
// only) while edits flow; defaults 1,000 subscribers, 100 edits/s, 120 s. Prints its figures;
// exits 1 on any error, missed or repeated event.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { root } from './pnpm.mjs';

const result = spawnSync(
  process.execPath,
  ['--import', '@swc-node/register/esm-register', path.join(root, 'tests/load/load.ts'), ...process.argv.slice(2)],
  // From the API folder, so its TypeScript loader resolves (as the API processes run).
  { cwd: path.join(root, 'api'), stdio: 'inherit' },
);
process.exit(result.status ?? 1);
