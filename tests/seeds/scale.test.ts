import { demoPatients, scalePatients, seededRandom, seededUuid } from '@carehub/seeds';
import { describe, expect, it } from 'vitest';

describe('the scale generator', () => {
  it('gives the same patients for the same seed, and different ones for another seed', () => {
    expect(scalePatients(500, 22)).toEqual(scalePatients(500, 22));
    expect(scalePatients(50, 23).map((p) => p.name)).not.toEqual(scalePatients(50, 22).map((p) => p.name));
  });

  it('makes unique MRNs and ids, each patient copying a demo chart', () => {
    const patients = scalePatients(5_000);
    expect(new Set(patients.map((p) => p.mrn)).size).toBe(5_000);
    const demo = new Set(demoPatients.map((p) => p.mrn));
    expect(patients.every((p) => demo.has(p.templateMrn))).toBe(true);
    // Every demo chart is used, so the unit has the demo's variety.
    expect(new Set(patients.map((p) => p.templateMrn)).size).toBe(demo.size);
    const random = seededRandom(1);
    const ids = Array.from({ length: 10_000 }, () => seededUuid(random));
    expect(new Set(ids).size).toBe(10_000);
    expect(ids.every((id) => /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id))).toBe(
      true,
    );
  });
});
