import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where benches leave their figures for `scripts/bench.mjs`, which writes them into RESULTS.md. */
export const RESULTS_DIR =
  process.env.BENCH_RESULTS_DIR ?? path.join(path.dirname(fileURLToPath(import.meta.url)), '../.results');

/** One benchmark's figures: a table (first row the header), and lines saying how to read it. */
export interface Section {
  /** Sorts the sections in RESULTS.md. */
  order: number;
  title: string;
  table: string[][];
  notes: string[];
}

/** Prints a section and keeps it for RESULTS.md (one file per section, so bench files never race). */
export function record(key: string, section: Section): void {
  mkdirSync(RESULTS_DIR, { recursive: true });
  writeFileSync(path.join(RESULTS_DIR, `${key}.json`), JSON.stringify(section, null, 2));
  const widths = section.table[0]?.map((_, c) => Math.max(...section.table.map((row) => (row[c] ?? '').length))) ?? [];
  const lines = section.table.map((row) => row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
  console.log([`\n${section.title}`, ...lines, ...section.notes.map((n) => `  ${n}`)].join('\n'));
}

/** The value below which `p` (0–1) of the samples fall (nearest rank). */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1));
  return sorted[rank] as number;
}

export const ms = (value: number) => `${value < 10 ? value.toFixed(1) : Math.round(value)} ms`;
export const ratio = (value: number) => `${value.toFixed(2)}×`;

/** The median and 99th percentile of a set of latencies. */
export const p50p99 = (samples: readonly number[]): [number, number] => [
  percentile(samples, 0.5),
  percentile(samples, 0.99),
];
