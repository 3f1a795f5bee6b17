// `npm start`: installs, builds the web app and the API, and starts the hub on the embedded
// defaults (SQLite under data/, in-process bus, demo data on first start). Environment variables
// pass through: PORT, DATABASE_URL, REDIS_URL, … (see README). The hub prints its URL and logins.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { root, runPnpm, step } from './run.mjs';

await step('install', () => runPnpm(['install', '--frozen-lockfile']));
await step('build', () => runPnpm(['run', 'build']));

// `production` makes workspace packages resolve to their built JavaScript (see seeds/package.json).
const hub = spawn(process.execPath, ['--conditions=production', 'dist/main.js'], {
  cwd: path.join(root, 'api'),
  stdio: 'inherit',
  env: { NODE_ENV: 'production', ...process.env },
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => hub.kill(signal));
// A signal we forwarded is a normal stop; any other is a crash.
hub.on('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1)));
