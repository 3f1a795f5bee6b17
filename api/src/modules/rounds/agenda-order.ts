/** What the default agenda order looks at for one patient of the census. */
export interface CensusPatient {
  id: string;
  name: string;
  bed: string | null;
  expectedDischargeDate: string | null;
  /** A readmission-risk score when one is known (higher is riskier); absent on hubs without one. */
  risk?: number | null;
}

const byRoom = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/**
 * The census in the order rounds take it by default: whoever may go home first (expected today
 * or overdue, then the soonest expected discharge), then the highest risk when a score is known,
 * then by room, so the team walks the unit in a predictable way. Patients without an expected
 * discharge come after those with one.
 */
export function defaultAgendaOrder<T extends CensusPatient>(census: readonly T[], today: string): T[] {
  const dischargeKey = (p: CensusPatient) =>
    p.expectedDischargeDate === null ? '9999-12-31' : p.expectedDischargeDate < today ? today : p.expectedDischargeDate;
  return [...census].sort(
    (a, b) =>
      dischargeKey(a).localeCompare(dischargeKey(b)) ||
      (b.risk ?? Number.NEGATIVE_INFINITY) - (a.risk ?? Number.NEGATIVE_INFINITY) ||
      Number(a.bed === null) - Number(b.bed === null) ||
      byRoom.compare(a.bed ?? '', b.bed ?? '') ||
      a.name.localeCompare(b.name),
  );
}
