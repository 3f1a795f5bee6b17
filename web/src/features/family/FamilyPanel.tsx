import {
  type FamilyShareScope,
  LinkFamilyMemberDocument,
  type PatientQuery,
  RevokeFamilyLinkDocument,
} from '@carehub/schema/graphql';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { useLiveMutation } from '../../platform/live-mutation.js';
import { paths } from '../../platform/paths.js';
import { useConfirm } from '../../ui/confirm.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { FormActions } from '../../ui/FormActions.js';
import { useDates } from '../../ui/use-dates.js';
import { linkFamilyMemberLive, revokeFamilyLinkLive } from './family.optimistic.js';
import { SCOPE_LABELS } from './ShareToggle.js';

type Link = NonNullable<PatientQuery['patient']>['familyLinks'][number];

/** What the panel shows of a new invitation: the code once, when it expires, and how it is accepted. */
interface Invitation {
  code: string;
  expiresAt: string | null;
  existingAccount: boolean;
}

/**
 * Family members and caregivers of the patient: link one with the patient's recorded consent
 * (they get a one-time invitation code that expires), or revoke a link — their access ends at once.
 */
export function FamilyPanel({ patientId, links }: { patientId: string; links: Link[] }) {
  const dates = useDates();
  const confirm = useConfirm();
  const [adding, setAdding] = useState(false);
  const [invitation, setInvitation] = useState<Invitation | null>(null);
  const [revoke, revoking] = useLiveMutation(RevokeFamilyLinkDocument, revokeFamilyLinkLive);
  return (
    <Paper component="section" aria-labelledby="family-title">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={2} id="family-title">
            Family and caregivers
          </Title>
          {adding ? null : (
            <Button variant="default" onClick={() => setAdding(true)}>
              Link family member
            </Button>
          )}
        </Group>
        {invitation ? (
          <Alert color="brand" role="status">
            <Text>Invitation link (shown once — send it to them):</Text>
            <InvitationLink code={invitation.code} />
            <Text size="sm">
              Valid until {dates.dateTime(invitation.expiresAt)}.{' '}
              {invitation.existingAccount
                ? 'They already have a CareHub account: they accept by signing in with their own password.'
                : 'With it they choose their password.'}
            </Text>
          </Alert>
        ) : null}
        {adding ? (
          <LinkForm
            patientId={patientId}
            onDone={(made) => {
              setAdding(false);
              if (made) setInvitation(made);
            }}
          />
        ) : null}
        <ErrorBanner error={apiError(revoking.error)} />
        {links.length === 0 ? <Text c="dimmed">No one linked.</Text> : null}
        <Stack component="ul" gap="xs" className="plain-list">
          {links.map((l) => (
            <li key={l.id}>
              <Group gap="xs">
                <Text span>
                  {l.user.name} ({l.relationship})
                </Text>
                <Badge color="gray">{statusOf(l)}</Badge>
                {l.status !== 'REVOKED' ? (
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    aria-label={`Revoke ${l.user.name}`}
                    onClick={async () => {
                      const ok = await confirm({
                        title: 'Revoke family access',
                        message: `Revoke ${l.user.name}’s access to this patient? They are signed out at once.`,
                        confirmLabel: 'Revoke access',
                      });
                      if (ok) {
                        void revoke({ variables: { input: { id: l.id, expectedVersion: l.version } } }).catch(
                          () => null,
                        );
                      }
                    }}
                  >
                    Revoke
                  </Anchor>
                ) : null}
              </Group>
              <Text c="dimmed" size="sm">
                Consent {dates.date(l.consentRecordedAt)}: {l.consentScope} (shares{' '}
                {l.shareScopes.map((s) => SCOPE_LABELS[s]).join(', ')})
              </Text>
            </li>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}

/** The one-time invitation as a link to copy; opening it lets the family member set a password. */
function InvitationLink({ code }: { code: string }) {
  const link = `${window.location.origin}${paths.invitation(code)}`;
  const [copied, setCopied] = useState(false);
  return (
    <Group gap="xs" wrap="nowrap" my={4}>
      <TextInput
        aria-label="Invitation link"
        readOnly
        value={link}
        onFocus={(e) => e.currentTarget.select()}
        style={{ flex: 1 }}
      />
      <Button
        variant="default"
        onClick={() =>
          void navigator.clipboard?.writeText(link).then(
            () => setCopied(true),
            () => setCopied(false),
          )
        }
      >
        {copied ? 'Copied' : 'Copy link'}
      </Button>
    </Group>
  );
}

const SHARE_CHOICES = Object.entries(SCOPE_LABELS) as [FamilyShareScope, string][];

/** An invitation past its expiry says so: the team revokes it and links again. */
function statusOf(link: Link): string {
  const expired =
    link.status === 'INVITED' &&
    link.invitationExpiresAt !== null &&
    Date.parse(link.invitationExpiresAt) <= Date.now();
  return expired ? 'invitation expired' : link.status.toLowerCase();
}

function LinkForm({ patientId, onDone }: { patientId: string; onDone: (invitation: Invitation | null) => void }) {
  const [clientMutationId] = useState(() => crypto.randomUUID());
  const [form, setForm] = useState({
    name: '',
    email: '',
    relationship: '',
    scope: 'Care plan updates and the discharge plan',
  });
  const [given, setGiven] = useState(false);
  const [shares, setShares] = useState<FamilyShareScope[]>(['UPDATES', 'CARE_PLAN', 'DISCHARGE']);
  const [link, { loading, error }] = useLiveMutation(LinkFamilyMemberDocument, linkFamilyMemberLive, {
    refetchQueries: ['Patient'],
  });
  const set = (key: keyof typeof form) => (e: { currentTarget: { value: string } }) =>
    setForm({ ...form, [key]: e.currentTarget.value });
  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await link({
      variables: {
        input: {
          clientMutationId,
          patientId,
          name: form.name,
          email: form.email,
          relationship: form.relationship,
          consent: { given, source: 'PATIENT', scope: form.scope, shares },
        },
      },
    }).catch(() => null);
    const made = result?.data?.linkFamilyMember;
    if (made) {
      onDone({
        code: made.invitationCode,
        expiresAt: made.link.invitationExpiresAt ?? null,
        existingAccount: made.existingAccount,
      });
    }
  }
  return (
    <Stack component="form" onSubmit={submit} aria-label="Link family member" gap="sm">
      <ErrorBanner error={apiError(error)} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput label="Name" required value={form.name} onChange={set('name')} />
        <TextInput label="Email" type="email" required value={form.email} onChange={set('email')} />
        <TextInput label="Relationship" required value={form.relationship} onChange={set('relationship')} />
        <TextInput label="What may be shared" required value={form.scope} onChange={set('scope')} />
      </SimpleGrid>
      <Checkbox.Group
        label="The patient agrees to share"
        value={shares}
        onChange={(value) => setShares(value as FamilyShareScope[])}
      >
        <Group gap="md" mt={4}>
          {SHARE_CHOICES.map(([value, label]) => (
            <Checkbox key={value} value={value} label={label} />
          ))}
        </Group>
      </Checkbox.Group>
      <Checkbox
        checked={given}
        onChange={(e) => setGiven(e.currentTarget.checked)}
        label="The patient has consented to share this with them"
      />
      <FormActions
        submit="Link and invite"
        busy={loading}
        disabled={!given || shares.length === 0}
        onCancel={() => onDone(null)}
      />
    </Stack>
  );
}
