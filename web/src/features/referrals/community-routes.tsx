import { lazy } from 'react';
import { useParams } from 'react-router';
import { NotFound } from '../../app/Frame.js';
import { paths } from '../../platform/paths.js';

const ResourceDirectory = lazy(() => import('./ResourceDirectory.js').then((m) => ({ default: m.ResourceDirectory })));
const OutcomesDashboard = lazy(() =>
  import('../outcomes/OutcomesDashboard.js').then((m) => ({ default: m.OutcomesDashboard })),
);

/**
 * `/resources` and `/outcomes` (the app's `/:screen` route, so they cost the first screen one
 * route entry); any other single-segment address is not found. Each screen loads its own chunk.
 */
export default function CommunityRoute() {
  const path = `/${useParams().screen ?? ''}`;
  if (path === paths.resources()) return <ResourceDirectory />;
  if (path === paths.outcomes()) return <OutcomesDashboard />;
  return <NotFound />;
}
