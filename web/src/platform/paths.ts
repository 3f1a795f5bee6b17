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
} as const;
