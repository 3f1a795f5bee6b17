import { startBareServer } from './bare-server.js';

/**
 * The bare server as a process of its own (for memory figures that must not include the bench's
 * clients): `node … bare-process.ts '<goal as JSON>'` prints `ready <wsUrl> <httpUrl>` once listening.
 */
const server = await startBareServer(JSON.parse(process.argv[2] ?? '{}') as Record<string, unknown>);
console.log(`ready ${server.wsUrl} ${server.httpUrl}`);
process.once('SIGTERM', () => {
  void server.close().then(() => process.exit(0));
});
