import { useMutation } from '@apollo/client/react';
import { LogoutDocument } from '@carehub/schema/graphql';
import { useEffect } from 'react';
import { AdminPage } from '../features/admin/AdminPage.js';
import { AuditPage } from '../features/audit/AuditPage.js';
import { MyCaseload } from '../features/care-team/MyCaseload.js';
import { SignIn } from '../features/identity/SignIn.js';
import { useMe, type Viewer, ViewerProvider } from '../features/identity/viewer.js';
import { PatientList } from '../features/patient/PatientList.js';
import { PatientPage } from '../features/patient/PatientPage.js';
import { closePresence } from '../features/presence/usePresence.js';
import { resetSession, whenSignedOut } from '../platform/apollo.js';
import { signedInAs } from '../platform/live-mutation.js';
import { href, type Route, useRoute } from '../platform/router.js';
import { ConnectionStatus } from '../ui/ConnectionStatus.js';
import { Notices } from '../ui/Notices.js';

/** Signed out: the sign-in page. Signed in: the frame with one screen per job. */
export function App() {
  const { me, loading, refetch } = useMe();
  useEffect(() => {
    whenSignedOut(() => {
      void resetSession().then(() => refetch());
    });
  }, [refetch]);
  useEffect(() => {
    signedInAs(me);
  }, [me]);

  if (loading && !me) return null;
  if (!me) {
    return (
      <SignIn
        onSignedIn={() => {
          void resetSession().then(() => refetch());
        }}
      />
    );
  }
  return (
    <ViewerProvider value={me}>
      <Frame viewer={me} onSignedOut={() => void resetSession().then(() => refetch())} />
    </ViewerProvider>
  );
}

const ADMIN_NAV: { label: string; route: Route }[] = [{ label: 'Administration', route: { name: 'admin' } }];

const NAV: { label: string; route: Route }[] = [
  { label: 'My caseload', route: { name: 'caseload' } },
  { label: 'Patients', route: { name: 'patients' } },
];

function Frame({ viewer, onSignedOut }: { viewer: Viewer; onSignedOut: () => void }) {
  const route = useRoute();
  const [logout] = useMutation(LogoutDocument);
  const section = route.name === 'patient' || route.name === 'audit' ? 'patients' : route.name;
  return (
    <div className="frame">
      <header className="topbar">
        <a className="brand" href={href({ name: 'caseload' })}>
          CareHub
        </a>
        <nav aria-label="Main">
          {[...NAV, ...(viewer.role === 'ADMIN' ? ADMIN_NAV : [])].map((item) => (
            <a key={item.label} href={href(item.route)} aria-current={item.route.name === section ? 'page' : undefined}>
              {item.label}
            </a>
          ))}
        </nav>
        <ConnectionStatus />
        <div className="who">
          <span>
            {viewer.name}
            {viewer.discipline ? ` · ${viewer.discipline}` : ''}
          </span>
          <button
            type="button"
            className="secondary"
            onClick={() => {
              closePresence();
              void logout().finally(onSignedOut);
            }}
          >
            Sign out
          </button>
        </div>
      </header>
      <main>
        <Notices />
        {route.name === 'caseload' ? <MyCaseload /> : null}
        {route.name === 'patients' ? <PatientList /> : null}
        {route.name === 'patient' ? <PatientPage key={route.id} id={route.id} /> : null}
        {route.name === 'audit' ? <AuditPage patientId={route.patientId} /> : null}
        {route.name === 'admin' ? <AdminPage /> : null}
      </main>
    </div>
  );
}
