import { demoPatients } from './demo-unit.js';

/**
 * Deterministic data at scale, for benchmarks: the same `seed` gives the same patients, ids
 * and choices on every machine and every run, so two runs measure the same database.
 */

/** A seedable pseudo-random generator (mulberry32): numbers in [0, 1), the same sequence for the same seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** A version-4-shaped UUID drawn from `random`: deterministic under a seeded generator. */
export function seededUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16));
  hex[12] = '4';
  hex[16] = '89ab'[Math.floor(random() * 4)] ?? '8';
  const h = hex.join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const FIRST = ['Ada', 'Bo', 'Carmen', 'Dmitri', 'Esther', 'Farid', 'Grace', 'Hiro', 'Ines', 'Jamal', 'Kofi', 'Lena'];
const LAST = ['Abbott', 'Baptiste', 'Castillo', 'Duarte', 'Eriksen', 'Fofana', 'Gallagher', 'Haddad', 'Iyer', 'Jensen'];

/** One patient of a scaled unit: its own identity, and the demo patient whose chart it copies. */
export interface ScalePatient {
  mrn: string;
  name: string;
  dateOfBirth: string;
  bed: string;
  /** MRN of the demo patient (`demoPatients`) whose record, team, care plan, cards and discharge plan it copies. */
  templateMrn: string;
}

/**
 * `count` patients for a unit at scale (the 5,000-patient benchmarks): names, MRNs, beds and
 * birth dates drawn from `seed`, each copying one demo patient's chart so every page has the
 * demo's variety (plans of different sizes, open and done cards, discharge plans at three stages).
 */
export function scalePatients(count: number, seed = 22): ScalePatient[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  return Array.from({ length: count }, (_, i) => {
    const born = new Date(
      Date.UTC(1930 + Math.floor(random() * 70), Math.floor(random() * 12), 1 + Math.floor(random() * 28)),
    );
    return {
      mrn: `SC${String(seed).padStart(3, '0')}${String(i).padStart(6, '0')}`,
      name: `${pick(FIRST)} ${pick(LAST)}`,
      dateOfBirth: born.toISOString().slice(0, 10),
      bed: `${100 + Math.floor(i / 40)}${'ABCDEFGH'[i % 8]}${Math.floor(i / 8) % 5}`,
      templateMrn: pick(demoPatients).mrn,
    };
  });
}
