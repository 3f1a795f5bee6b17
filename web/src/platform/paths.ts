/**
 * The address of every screen, built in one place; app/routes.tsx maps the same shapes to
 * screens. Real paths (the API serves index.html for any of them), so `#main` stays free for
 * the skip link.
 */
export const paths = {
  caseload: () => '/',
  patients: () => '/patients',
  patient: (id: string) => `/patients/${encodeURIComponent(id)}`,
  audit: (patientId: string) => `/patients/${encodeURIComponent(patientId)}/audit`,
  admin: () => '/admin',
  rounds: () => '/rounds',
  roundsSession: (id: string) => `/rounds/${encodeURIComponent(id)}`,
  roundsDisplay: (id: string) => `/rounds/${encodeURIComponent(id)}/display`,
  roundsSummary: (id: string) => `/rounds/${encodeURIComponent(id)}/summary`,
  careConference: (id: string) => `/conferences/${encodeURIComponent(id)}`,
  highRiskWorklist: () => '/worklist/high-risk',
  /** What is due with payers across the viewer's caseload or unit. */
  payerWorklist: () => '/worklist/payer',
  /** The task board of the viewer's unit. */
  unitBoard: () => '/board',
  /** Any task board, by id (a unit's or a patient's). */
  board: (id: string) => `/boards/${encodeURIComponent(id)}`,
  /** One patient's task board. */
  patientBoard: (patientId: string) => `/patients/${encodeURIComponent(patientId)}/tasks`,
  /** One card, open on its patient's board. */
  patientTask: (patientId: string, taskId: string) =>
    `/patients/${encodeURIComponent(patientId)}/tasks?task=${encodeURIComponent(taskId)}`,
  /** Tasks assigned to the viewer (or their discipline) on every board they can see. */
  myWork: () => '/my-work',
  /** A family invitation; the code rides in the fragment, which browsers never send to the server. */
  invitation: (code: string) => `/invitation#${encodeURIComponent(code)}`,
} as const;

/** The invitation code of the address, when it is an invitation link (`paths.invitation`); null otherwise. */
export function invitationCodeIn(location: { pathname: string; hash: string }): string | null {
  if (location.pathname !== '/invitation') return null;
  return decodeURIComponent(location.hash.replace(/^#/, ''));
}
