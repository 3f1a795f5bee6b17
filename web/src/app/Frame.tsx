import { useApolloClient } from '@apollo/client/react';
import { LogoutDocument } from '@carehub/schema/graphql';
import { Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { Suspense, useEffect, useRef } from 'react';
import { Link, NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useViewer, type Viewer } from '../features/identity/viewer.js';
import { paths } from '../platform/paths.js';
import { Announcer } from '../ui/announcer.js';
import { ConnectionStatus } from '../ui/ConnectionStatus.js';
import { ConfirmProvider } from '../ui/confirm.js';
import { Notices } from '../ui/Notices.js';
import { NotificationsHost } from '../ui/notify.js';
import { usePageTitle } from '../ui/page-title.js';
import { TimeZoneProvider } from '../ui/time-zone.js';
import { useSignOut } from './session.js';

const NAV = [
  { label: 'My caseload', to: paths.caseload(), end: true },
  { label: 'Patients', to: paths.patients(), end: false },
  { label: 'Rounds', to: paths.rounds(), end: false },
  { label: 'High risk', to: paths.highRiskWorklist(), end: false },
  { label: 'Payer work', to: paths.payerWorklist(), end: false },
  { label: 'Unit board', to: paths.unitBoard(), end: false },
  { label: 'My work', to: paths.myWork(), end: false },
];
const ADMIN_NAV = [{ label: 'Administration', to: paths.admin(), end: false }];

/**
 * The signed-in app: a skip link, the brand bar with the main navigation, and <main> with the
 * current route's screen; dates read on the viewer's unit clock; confirmations, announcements
 * and notifications available to every screen.
 */
export function Frame() {
  const viewer = useViewer();
  const onSignedOut = useSignOut();
  return (
    <TimeZoneProvider zone={viewer.units[0]?.timeZone}>
      <ConfirmProvider>
        <Announcer>
          <NotificationsHost />
          <Chrome viewer={viewer} onSignedOut={onSignedOut} />
        </Announcer>
      </ConfirmProvider>
    </TimeZoneProvider>
  );
}

function Chrome({ viewer, onSignedOut }: { viewer: Viewer; onSignedOut: () => void }) {
  // A plain request, not the mutation hook: the frame is on every first screen and signs out once.
  const client = useApolloClient();
  const logout = () => client.mutate({ mutation: LogoutDocument });
  const navigate = useNavigate();
  const main = useMainFocusOnNavigation();
  return (
    <div className="frame">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="topbar">
        <Anchor component={Link} to={paths.caseload()} className="brand" underline="never">
          CareHub
        </Anchor>
        <nav aria-label="Main">
          {[...NAV, ...(viewer.role === 'ADMIN' ? ADMIN_NAV : [])].map((item) => (
            <NavLink key={item.to} to={item.to} end={item.end}>
              {item.label}
            </NavLink>
          ))}
        </nav>
        <ConnectionStatus />
        <Group gap="sm" className="who">
          <Text size="sm" c="inherit">
            {viewer.name}
            {viewer.discipline ? ` · ${viewer.discipline}` : ''}
          </Text>
          <Button
            variant="white"
            size="xs"
            onClick={() => {
              // The next person to sign in here starts on their caseload, not on this user's last patient.
              void navigate(paths.caseload());
              // Presence loads with the patient screen; if it never opened there is no socket to close.
              void import('../features/presence/usePresence.js').then((presence) => presence.closePresence());
              void logout().finally(onSignedOut);
            }}
          >
            Sign out
          </Button>
        </Group>
      </header>
      <main id="main" tabIndex={-1} ref={main}>
        <Notices />
        <Suspense fallback={<OpeningPage />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}

/**
 * After a client-side navigation, focus moves to <main>, so a keyboard or screen-reader user
 * starts reading the new page instead of staying on the link they pressed (as a page load would).
 */
function useMainFocusOnNavigation() {
  const main = useRef<HTMLElement>(null);
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus({ preventScroll: false });
  }, [pathname]);
  return main;
}

/** While a screen's code arrives (the first visit to it). */
function OpeningPage() {
  return (
    <Group role="status" gap="xs">
      <Loader size="sm" />
      <Text c="dimmed">Opening page…</Text>
    </Group>
  );
}

/** An address no screen answers. */
export function NotFound() {
  usePageTitle('Not found');
  return (
    <Stack>
      <Title order={1}>Nothing here</Title>
      <Text>
        This address is not a CareHub page.{' '}
        <Anchor component={Link} to={paths.caseload()}>
          Go to my caseload
        </Anchor>
        .
      </Text>
    </Stack>
  );
}
