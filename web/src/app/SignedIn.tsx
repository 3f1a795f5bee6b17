import { BrowserRouter } from 'react-router';
import { AppRoutes } from './routes.js';

/** The signed-in app at whatever address the browser holds (the API serves index.html for every path). */
export function SignedIn() {
  return (
    <BrowserRouter>
      <AppRoutes />
    </BrowserRouter>
  );
}
