import './portal.css';
import { useMutation, useQuery, useSubscription } from '@apollo/client/react';
import { LogoutDocument, PortalDocument, PortalEventsDocument, type PortalQuery } from '@carehub/schema/graphql';
import { Button, Loader, SegmentedControl, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useSignOut } from '../app/session.js';
import { useViewer } from '../features/identity/viewer.js';
import { apiError } from '../platform/errors.js';
import { signedInAs } from '../platform/offline-status.js';
import { ErrorBanner } from '../ui/ErrorBanner.js';
import { usePageTitle } from '../ui/page-title.js';
import { AskTheTeam } from './AskTheTeam.js';
import { FeedItem } from './FeedItem.js';
import { applyPortalEvent, itemsOf, type PortalItem, SECTIONS, sortNewestFirst } from './portal-feed.js';

type PortalPatient = PortalQuery['portal']['patients'][number];

/**
 * What a signed-in family member sees — and all they see: for each patient they are linked to,
 * what the care team shares with them, live, and their questions. Never the staff app.
 */
export function FamilyPortal() {
  const viewer = useViewer();
  const onSignedOut = useSignOut();
  const [logout] = useMutation(LogoutDocument);
  const { data, loading, error, refetch } = useQuery(PortalDocument, { fetchPolicy: 'network-only' });
  // Questions kept while offline are sent, and shown, only in their author's session.
  useEffect(() => {
    signedInAs(viewer);
    return () => signedInAs(null);
  }, [viewer]);
  const patients = data?.portal.patients ?? [];
  const [chosen, setChosen] = useState<string | null>(null);
  const patient = patients.find((p) => p.patientId === chosen) ?? patients[0];
  usePageTitle(patient ? `${patient.name} — CareHub for families` : 'CareHub for families');
  return (
    <div className="portal">
      <a className="skip-link" href="#main">
        Skip to main content
      </a>
      <header className="portal-bar">
        <span className="brand">CareHub for families</span>
        <span>{viewer.name}</span>
        <Button variant="white" size="sm" onClick={() => void logout().finally(onSignedOut)}>
          Sign out
        </Button>
      </header>
      <main id="main" tabIndex={-1}>
        {loading && !data ? (
          <Stack align="center" role="status">
            <Loader />
            <Text>Loading the latest news…</Text>
          </Stack>
        ) : null}
        <ErrorBanner error={apiError(error)} />
        {data && patients.length === 0 ? (
          <Text>
            Your account is not linked to anyone in hospital right now. If you think this is wrong, please call the ward
            and ask for the case manager.
          </Text>
        ) : null}
        {patients.length > 1 ? (
          <SegmentedControl
            fullWidth
            size="md"
            aria-label="Whose news to show"
            value={patient?.patientId ?? ''}
            onChange={setChosen}
            data={patients.map((p) => ({ value: p.patientId, label: p.name }))}
          />
        ) : null}
        {patient ? (
          <PatientNews key={patient.patientId} patient={patient} onEnded={() => void refetch().catch(() => null)} />
        ) : null}
      </main>
    </div>
  );
}

/**
 * One patient's news: sections of what the team shares, kept current as the team publishes. When
 * the hub ends the stream (access revoked, session ended) `onEnded` reads the portal again: the
 * patient leaves it, or the family member is back at sign-in.
 */
function PatientNews({ patient, onEnded }: { patient: PortalPatient; onEnded: () => void }) {
  const [items, setItems] = useState<PortalItem[]>(() => sortNewestFirst([...patient.items]));
  const [fresh, setFresh] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  // Replays from the position the first read reflects, so nothing published in between is missed.
  useSubscription(PortalEventsDocument, {
    variables: { patientId: patient.patientId, after: patient.lastEventId },
    onData: ({ data }) => {
      const event = data.data?.portalEvents;
      if (!event) return;
      setItems((current) => applyPortalEvent(current, event));
      if (event.item) {
        setFresh(event.itemId);
        setAnnouncement(`New from the care team: ${event.item.title}`);
      }
    },
    onComplete: onEnded,
    onError: onEnded,
  });
  return (
    <Stack gap="xs">
      <Title order={1}>{patient.name}</Title>
      <Text>
        The care team shares news about {patient.name.split(' ')[0]} here. This page updates by itself when they add
        something.
      </Text>
      <VisuallyHidden aria-live="polite">{announcement}</VisuallyHidden>
      {SECTIONS.map((section) => {
        const inSection = itemsOf(items, section.kinds);
        if (section.key !== 'news' && section.key !== 'questions' && inSection.length === 0) return null;
        return (
          <section key={section.key} aria-labelledby={`section-${section.key}`}>
            <Title order={2} id={`section-${section.key}`}>
              {section.title}
            </Title>
            {section.key === 'questions' ? <AskTheTeam patientId={patient.patientId} /> : null}
            {inSection.length === 0 && section.key === 'news' ? <Text>Nothing new has been shared yet.</Text> : null}
            <Stack component="ul" gap="sm" className="plain-list" mt="sm">
              {inSection.map((item) => (
                <li key={item.id}>
                  <FeedItem item={item} fresh={item.id === fresh} />
                </li>
              ))}
            </Stack>
          </section>
        );
      })}
    </Stack>
  );
}
