// `pnpm bench`: runs the benchmarks under tests/bench one file at a time (each measures its
// baseline side by side in the same run), then writes their figures and the machine they ran
// on into tests/bench/RESULTS.md. Extra arguments go to vitest (`pnpm bench tests/bench/fan-out.bench.ts`).
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pnpm, root } from './pnpm.mjs';

const resultsDir = path.join(root, 'tests/bench/.results');
const resultsFile = path.join(root, 'tests/bench/RESULTS.md');
rmSync(resultsDir, { recursive: true, force: true });

const started = new Date();
const loadBefore = os.loadavg();
// One file at a time: two benchmarks sharing two cores would measure each other.
const status = pnpm(
  ['exec', 'vitest', 'bench', '--run', '--project', 'tests', '--no-file-parallelism', ...process.argv.slice(2)],
  { env: { BENCH_RESULTS_DIR: resultsDir } },
);
const loadAfter = os.loadavg();
const minutes = ((Date.now() - started.getTime()) / 60_000).toFixed(1);

const sections = existsSync(resultsDir)
  ? readdirSync(resultsDir)
      .filter((f) => f.endsWith('.json'))
      .map((f) => JSON.parse(readFileSync(path.join(resultsDir, f), 'utf8')))
      .sort((a, b) => a.order - b.order)
  : [];

const cpus = os.cpus();
const gib = (bytes) => `${(bytes / 2 ** 30).toFixed(1)} GiB`;
const load = (l) => l.map((v) => v.toFixed(2)).join(' / ');
const table = (rows) => {
  const [head = [], ...body] = rows;
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...body.map((r) => `| ${r.join(' | ')} |`),
  ];
};

const lines = [
  '# Benchmark results',
  '',
  `Written by \`pnpm bench\` (scripts/bench.mjs) on ${started.toISOString()}; the run took ${minutes} min${
    status === 0 ? '' : ` and **failed (exit ${status})**: sections below are the ones that finished`
  }.`,
  '',
  '## Machine',
  '',
  `- CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} cores`,
  `- Memory: ${gib(os.totalmem())} (free at the end: ${gib(os.freemem())})`,
  `- Node ${process.version}, ${os.type()} ${os.release()} ${os.arch()}`,
  `- Load average (1 / 5 / 15 min) before: ${load(loadBefore)}; after: ${load(loadAfter)} — the machine is shared,`,
  '  so figures move with what else runs; each ratio compares two measurements taken in the same run.',
  '',
];
for (const section of sections) {
  lines.push(`## ${section.title}`, '', ...table(section.table), '', ...section.notes.map((n) => `${n}`), '');
}
writeFileSync(resultsFile, lines.join('\n'));
console.log(`\nwrote ${path.relative(root, resultsFile)} (${sections.length} sections)`);
process.exit(status);
