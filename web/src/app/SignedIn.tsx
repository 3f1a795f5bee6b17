import { useEffect } from 'react';
import { BrowserRouter } from 'react-router';
import { useViewer } from '../features/identity/viewer.js';
import { signedInAs } from '../platform/offline-status.js';
import { AppRoutes } from './routes.js';

/** The signed-in app at whatever address the browser holds (the API serves index.html for every path). */
export function SignedIn() {
  const viewer = useViewer();
  // The offline queue sends and shows only this user's changes, and none once they sign out.
  useEffect(() => {
    signedInAs(viewer);
    return () => signedInAs(null);
  }, [viewer]);
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
