import { useMutation, useQuery } from '@apollo/client/react';
import { MarkPatientSeenDocument, PatientChangesDocument } from '@carehub/schema/graphql';
import { Anchor, Button, Group, List, Paper, Stack } from '@mantine/core';
import { useEffect, useId, useState } from 'react';
import { useDates } from '../../ui/use-dates.js';

const words = (entityType: string) => entityType.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();

/** Others' changes to this patient since you last marked it as seen: what to catch up on first. */
export function SinceLastLooked({ patientId, version }: { patientId: string; version: number }) {
  const dates = useDates();
  const listId = useId();
  const { data, refetch } = useQuery(PatientChangesDocument, {
    variables: { id: patientId },
    fetchPolicy: 'cache-and-network',
  });
  const [open, setOpen] = useState(false);
  const [mark, marking] = useMutation(MarkPatientSeenDocument);
  useEffect(() => {
    void refetch();
    const timer = setInterval(() => void refetch(), 20_000);
    return () => clearInterval(timer);
  }, [refetch, version]);
  const since = data?.patient.changesSinceLastSeen;
  // A first visit sets the baseline, so the next visit can say what changed in between.
  const firstVisit = since && !since.lastSeenAt && since.latestEventId ? since.latestEventId : null;
  useEffect(() => {
    if (firstVisit) void mark({ variables: { patientId, upToEventId: firstVisit } }).catch(() => null);
  }, [firstVisit, mark, patientId]);
  if (!since || since.changes.length === 0) return null;
  return (
    <Paper component="section" aria-label="Changed since you last looked">
      <Stack gap="xs">
        <Group justify="space-between">
          <Anchor
            component="button"
            type="button"
            aria-expanded={open}
            aria-controls={open ? listId : undefined}
            onClick={() => setOpen(!open)}
          >
            {since.changes.length} change{since.changes.length === 1 ? '' : 's'} since you last looked
            {since.lastSeenAt ? ` (${dates.dateTime(since.lastSeenAt)})` : ''}
          </Anchor>
          <Button
            variant="default"
            disabled={marking.loading || !since.latestEventId}
            onClick={() =>
              since.latestEventId &&
              void mark({ variables: { patientId, upToEventId: since.latestEventId } }).then(() => refetch())
            }
          >
            Mark as seen
          </Button>
        </Group>
        {open ? (
          <List size="sm" id={listId}>
            {since.changes.map((c) => (
              <List.Item key={c.eventId}>
                {dates.dateTime(c.at)} · {c.actorName} {c.kind.toLowerCase()} {words(c.entityType)}
                {c.fields.length ? ` (${c.fields.join(', ')})` : ''}
              </List.Item>
            ))}
          </List>
        ) : null}
      </Stack>
    </Paper>
  );
}
