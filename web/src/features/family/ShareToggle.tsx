import { useQuery } from '@apollo/client/react';
import {
  type FamilyShareable,
  type FamilyShareScope,
  FamilySharingDocument,
  SetFamilySharingDocument,
  type Visibility,
} from '@carehub/schema/graphql';
import { Anchor, Badge, Group, Text } from '@mantine/core';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { setFamilySharingLive } from './family.optimistic.js';

/** What each consent scope lets the team share, in the words the control uses. */
export const SCOPE_LABELS: Record<FamilyShareScope, string> = {
  UPDATES: 'updates written for family',
  CARE_PLAN: 'goals and interventions',
  CONTACTS: 'care-team contacts',
  DISCHARGE: 'discharge date and plan',
  CONFERENCES: 'conference summaries',
  EDUCATION: 'education',
};

/** The consent scopes the patient's family links allow now (shared by every toggle of the page). */
export function useFamilySharing(patientId: string) {
  const { data, error } = useQuery(FamilySharingDocument, { variables: { id: patientId } });
  return { patient: data?.patient ?? null, error };
}

/**
 * "Share with family" on one item: shows at a glance whether the family sees it, and shares or
 * takes it back in one click. Offered only when the patient's consent covers the item's scope.
 */
export function ShareToggle({
  patientId,
  entityType,
  id,
  version,
  visibility,
  scope,
  name,
}: {
  patientId: string;
  entityType: FamilyShareable;
  id: string;
  version: number;
  visibility: Visibility;
  scope: FamilyShareScope;
  /** What the item is, for the control's accessible name. */
  name: string;
}) {
  const { patient } = useFamilySharing(patientId);
  // Flips at once and waits out a lost connection (family.optimistic.ts); a refusal is named in the header.
  const [share, { error }] = useLiveMutation(SetFamilySharingDocument, setFamilySharingLive);
  const shared = visibility === 'FAMILY';
  const covered = patient?.familySharing.includes(scope) ?? false;
  if (!shared && !covered) return null;
  const problem = apiError(error);
  return (
    <Group gap={6} wrap="nowrap" className="share-toggle">
      {shared ? <Badge color="ok">Family sees this</Badge> : null}
      <Anchor
        component="button"
        type="button"
        size="sm"
        aria-label={`${shared ? 'Stop sharing' : 'Share with family'}: ${name}`}
        onClick={() =>
          void share({ variables: { input: { entityType, id, expectedVersion: version, shared: !shared } } }).catch(
            () => null,
          )
        }
      >
        {shared ? 'Stop sharing' : 'Share with family'}
      </Anchor>
      {problem ? (
        <Text size="sm" c="danger" role="alert">
          {problem.message}
        </Text>
      ) : null}
    </Group>
  );
}
