import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { lazy, Suspense, useEffect } from 'react';
import { useMe, ViewerProvider } from '../features/identity/viewer.js';
import { resetSession, whenSignedOut } from '../platform/apollo.js';
import { SignOutContext } from './session.js';

// Each side of the door is its own chunk: the sign-in page carries neither the router nor any
// screen, and the signed-in app does not carry the sign-in page.
const SignIn = lazy(() => import('../features/identity/SignIn.js').then((m) => ({ default: m.SignIn })));
const SignedIn = lazy(() => import('./SignedIn.js').then((m) => ({ default: m.SignedIn })));

function Starting() {
  return (
    <Center mih="100vh" role="status">
      <Loader />
      <VisuallyHidden>Loading CareHub…</VisuallyHidden>
    </Center>
  );
}

/** Signed out: the sign-in page (at whatever address was asked for). Signed in: the app at that address. */
export function App() {
  const { me, loading, refetch } = useMe();
  useEffect(() => {
    whenSignedOut(() => {
      void resetSession().then(() => refetch());
    });
  }, [refetch]);
  const restart = () => void resetSession().then(() => refetch());

  if (loading && !me) return <Starting />;
  return (
    <Suspense fallback={<Starting />}>
      {me ? (
        <ViewerProvider value={me}>
          <SignOutContext.Provider value={restart}>
            <SignedIn />
          </SignOutContext.Provider>
        </ViewerProvider>
      ) : (
        <SignIn onSignedIn={restart} />
      )}
    </Suspense>
  );
}
