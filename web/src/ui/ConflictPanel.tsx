import { Alert, Button, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';

export interface ConflictRow {
  label: string;
  theirs: string;
  mine: string;
  /** Changed by them since the version you started from. */
  theyChanged: boolean;
  /** Changed by you. */
  youChanged: boolean;
}

/**
 * Shown when someone else saved first: their saved version beside yours, and the choice of
 * merging (your changes on theirs), keeping yours as shown, or taking theirs. Nothing is
 * overwritten silently.
 */
export function ConflictPanel({
  who,
  rows,
  busy,
  onMerge,
  onKeepMine,
  onTakeTheirs,
}: {
  who: string;
  rows: ConflictRow[];
  busy: boolean;
  onMerge: () => void;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}) {
  return (
    <Stack component="section" aria-label="Conflict">
      <Alert color="danger" role="alert">
        {who} changed this while you were editing. Nothing of yours was saved yet — compare and choose.
      </Alert>
      <Text size="sm" c="dimmed">
        Merge saves the fields you changed on top of their version, so their other changes stay. Keep mine saves your
        version as shown, undoing their changes. Take theirs discards your edit.
      </Text>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <div>
          <Title order={3}>Their version (saved)</Title>
          <dl className="versions">
            {rows.map((r) => (
              <Row key={r.label} label={r.label} value={r.theirs} highlight={r.theyChanged} />
            ))}
          </dl>
        </div>
        <div>
          <Title order={3}>Your version (not saved)</Title>
          <dl className="versions">
            {rows.map((r) => (
              <Row key={r.label} label={r.label} value={r.mine} highlight={r.youChanged} />
            ))}
          </dl>
        </div>
      </SimpleGrid>
      <Group>
        <Button onClick={onMerge} loading={busy}>
          Merge
        </Button>
        <Button variant="default" onClick={onKeepMine} disabled={busy}>
          Keep mine
        </Button>
        <Button variant="default" onClick={onTakeTheirs}>
          Take theirs
        </Button>
      </Group>
    </Stack>
  );
}

/** A changed value is marked with more than colour: a "changed" note read out too. */
function Row({ label, value, highlight }: { label: string; value: string; highlight: boolean }) {
  return (
    <>
      <dt>{label}</dt>
      <dd className={highlight ? 'changed' : undefined}>
        {value || '—'}
        {highlight ? <span className="changed-note"> (changed)</span> : null}
      </dd>
    </>
  );
}
