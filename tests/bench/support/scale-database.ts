import { type ScalePatient, seededRandom, seededUuid } from '@carehub/seeds';
import type Database from 'better-sqlite3';

/**
 * Tables holding one patient's chart, in the order their rows can be inserted: the record, its
 * care team, care plan, cards (and the patient's own board with its columns) and discharge plan.
 */
const CHART = [
  'patient',
  'care_team_member',
  'care_plan',
  'care_problem',
  'care_goal',
  'care_intervention',
  'task_board',
  'task_board_column',
  'task',
  'discharge_plan',
  'discharge_checklist_item',
  'discharge_barrier',
] as const;

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

type Row = Record<string, unknown>;

/**
 * Grows the hub's SQLite database (the demo unit loaded) to a unit at scale: each of `patients`
 * gets a copy of its template demo patient's chart under new ids drawn from `seed`, with its own
 * MRN, name, birth date and bed. Rows are written directly in one transaction (no events: the
 * benches that use it read pages, they do not replay history). Returns the new patients' ids.
 */
export function growToScale(db: Database.Database, patients: ScalePatient[], seed = 22): string[] {
  const random = seededRandom(seed);
  const templates = new Map<string, Map<string, Row[]>>();
  const chartOf = (mrn: string) => {
    const known = templates.get(mrn);
    if (known) return known;
    const patient = db.prepare('select * from patient where mrn = ?').get(mrn) as Row | undefined;
    if (!patient) throw new Error(`no demo patient ${mrn}`);
    const chart = new Map<string, Row[]>([['patient', [patient]]]);
    for (const table of CHART.slice(1)) {
      const rows =
        table === 'task_board_column'
          ? (db
              .prepare(
                'select c.* from task_board_column c join task_board b on b.id = c.board_id where b.patient_id = ?',
              )
              .all(patient.id) as Row[])
          : (db.prepare(`select * from ${table} where patient_id = ?`).all(patient.id) as Row[]);
      chart.set(table, rows);
    }
    templates.set(mrn, chart);
    return chart;
  };
  const inserts = new Map<string, Database.Statement>();
  const insert = (table: string, row: Row) => {
    let statement = inserts.get(table);
    if (!statement) {
      const columns = Object.keys(row);
      statement = db.prepare(
        `insert into ${table} (${columns.join(', ')}) values (${columns.map((c) => `@${c}`).join(', ')})`,
      );
      inserts.set(table, statement);
    }
    statement.run(row);
  };
  const ids: string[] = [];
  db.transaction(() => {
    for (const scaled of patients) {
      const chart = chartOf(scaled.templateMrn);
      // Every id of the template's chart gets a new one; any value naming one (a foreign key, a
      // board's scope, a card's recurrence key, ids inside JSON) names the copy instead.
      const renamed = new Map<string, string>();
      for (const rows of chart.values()) for (const row of rows) renamed.set(String(row.id), seededUuid(random));
      const rename = (value: unknown) =>
        typeof value === 'string' ? value.replace(UUID, (id) => renamed.get(id) ?? id) : value;
      for (const [table, rows] of chart) {
        for (const row of rows) {
          const copy = Object.fromEntries(Object.entries(row).map(([k, v]) => [k, rename(v)]));
          if (table === 'patient') {
            Object.assign(copy, {
              mrn: scaled.mrn,
              name: scaled.name,
              date_of_birth: scaled.dateOfBirth,
              bed: scaled.bed,
            });
            ids.push(String(copy.id));
          }
          insert(table, copy);
        }
      }
    }
  })();
  return ids;
}
