import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useEffect, useState } from 'react';
import { useMe, ViewerProvider } from '../features/identity/viewer.js';
import { resetSession, whenSignedOut } from '../platform/apollo.js';
import { invitationCodeIn } from '../platform/paths.js';
import { SignOutContext } from './session.js';

// Each side of the door is its own chunk: the sign-in page carries neither the router nor any
// screen, and the signed-in app does not carry the sign-in page.
const SignIn = lazy(() => import('../features/identity/SignIn.js').then((m) => ({ default: m.SignIn })));
const SignedIn = lazy(() => import('./SignedIn.js').then((m) => ({ default: m.SignedIn })));
// Family members get the portal, a bundle of its own; they never load the staff app.
const FamilyPortal = lazy(() => import('../portal/FamilyPortal.js').then((m) => ({ default: m.FamilyPortal })));
const AcceptInvitation = lazy(() =>
  import('../portal/AcceptInvitation.js').then((m) => ({ default: m.AcceptInvitation })),
);

function Starting() {
  return (
    <Center mih="100vh" role="status">
      <Loader />
      <VisuallyHidden>Loading CareHub…</VisuallyHidden>
    </Center>
  );
}

/**
 * Signed out: the sign-in page (at whatever address was asked for). Signed in: the app at that
 * address — the family portal for a family member. An invitation link opens the invitation page
 * either way.
 */
export function App() {
  const { me, loading, refetch } = useMe();
  const [invitation, setInvitation] = useState(() => invitationCodeIn(window.location));
  // Opening another invitation link while on this page changes only the address's fragment.
  useEffect(() => {
    const follow = () => setInvitation(invitationCodeIn(window.location));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    whenSignedOut(() => {
      void resetSession().then(() => refetch());
    });
  }, [refetch]);
  const restart = () => void resetSession().then(() => refetch());

  if (loading && !me) return <Starting />;
  if (invitation !== null) {
    const accepted = () => {
      window.history.replaceState(null, '', '/');
      setInvitation(null);
      restart();
    };
    return (
      <Suspense fallback={<Starting />}>
        <AcceptInvitation
          key={invitation}
          code={invitation}
          signedInAs={me?.kind === 'FAMILY' ? me.name : null}
          onAccepted={accepted}
        />
      </Suspense>
    );
  }
  return (
    <Suspense fallback={<Starting />}>
      {me ? (
        <ViewerProvider value={me}>
          <SignOutContext.Provider value={restart}>
            {me.kind === 'FAMILY' ? <FamilyPortal /> : <SignedIn />}
          </SignOutContext.Provider>
        </ViewerProvider>
      ) : (
        <SignIn onSignedIn={restart} />
      )}
    </Suspense>
  );
}
