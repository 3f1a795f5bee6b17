import './portal.css';
import { useMutation } from '@apollo/client/react';
import { AcceptFamilyInvitationDocument } from '@carehub/schema/graphql';
import { Alert, Anchor, Button, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { apiError } from '../platform/errors.js';
import { usePageTitle } from '../ui/page-title.js';

/** Why an invitation no longer works, in plain words. */
const REFUSED: Record<string, { title: string; next: string }> = {
  INVITATION_EXPIRED: {
    title: 'This invitation has expired',
    next: 'Invitations work for a few days only. Please ask the care team to send you a new one.',
  },
  INVITATION_USED: {
    title: 'This invitation was already used',
    next: 'Your account is set up. Sign in with your email and password.',
  },
  INVITATION_REVOKED: {
    title: 'This invitation was withdrawn',
    next: 'It no longer gives access. If you think this is a mistake, please ask the care team.',
  },
  NOT_FOUND: {
    title: 'This invitation link is not valid',
    next: 'Check that you opened the whole link, or ask the care team for a new one.',
  },
};

/**
 * `/invitation#<code>`: a family member accepts the care team's invitation. New to CareHub: they
 * choose a password. Already have an account: they enter its password (or just accept while
 * signed in). Then they land on the portal. The code stays in the address's fragment, which the
 * browser never sends to the server.
 */
export function AcceptInvitation({
  code,
  signedInAs,
  onAccepted,
}: {
  code: string;
  signedInAs: string | null;
  onAccepted: () => void;
}) {
  usePageTitle('Accept your invitation — CareHub for families');
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [existing, setExisting] = useState(false);
  const [mismatch, setMismatch] = useState(false);
  const [accept, { loading, error }] = useMutation(AcceptFamilyInvitationDocument);
  const problem = apiError(error);
  const refused = problem ? REFUSED[problem.code] : code ? undefined : REFUSED.NOT_FOUND;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!signedInAs && !existing && password !== again) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    const result = await accept({
      variables: { input: { invitationCode: code, password: signedInAs && !password ? null : password } },
    }).catch((e: unknown) => {
      if (apiError(e)?.code === 'UNAUTHENTICATED') setExisting(true);
      return null;
    });
    if (result?.data?.acceptFamilyInvitation) onAccepted();
  }

  return (
    <div className="portal">
      <header className="portal-bar">
        <span className="brand">CareHub for families</span>
      </header>
      <main id="main">
        <Stack component="form" onSubmit={submit} gap="md" aria-labelledby="accept-title">
          <Title order={1} id="accept-title">
            Accept your invitation
          </Title>
          {refused ? (
            <Alert color="danger" role="alert" title={refused.title}>
              <Text>{refused.next}</Text>
              {problem?.code === 'INVITATION_USED' ? (
                <Anchor href="/" fw={700}>
                  Go to sign in
                </Anchor>
              ) : null}
            </Alert>
          ) : null}
          {problem && !refused ? (
            <Alert color="danger" role="alert">
              {problem.message}
            </Alert>
          ) : null}
          {mismatch ? (
            <Alert color="danger" role="alert">
              The two passwords are not the same. Please type them again.
            </Alert>
          ) : null}
          {refused ? null : (
            <>
              <Text>
                The care team has invited you to follow the news they share about your relative. It takes a minute.
              </Text>
              {signedInAs ? (
                <Text>
                  You are signed in as <strong>{signedInAs}</strong>. Accept to add this invitation to your account.
                </Text>
              ) : existing ? (
                <>
                  <Text>You already have a CareHub account. Enter its password to accept.</Text>
                  <PasswordInput
                    label="Your CareHub password"
                    size="lg"
                    autoComplete="current-password"
                    required
                    value={password}
                    onChange={(e) => setPassword(e.currentTarget.value)}
                  />
                </>
              ) : (
                <>
                  <PasswordInput
                    label="Choose a password"
                    description="At least 10 characters. A short sentence is easy to remember."
                    size="lg"
                    autoComplete="new-password"
                    required
                    minLength={10}
                    maxLength={200}
                    value={password}
                    onChange={(e) => setPassword(e.currentTarget.value)}
                  />
                  <PasswordInput
                    label="Type the password again"
                    size="lg"
                    autoComplete="new-password"
                    required
                    value={again}
                    onChange={(e) => setAgain(e.currentTarget.value)}
                  />
                </>
              )}
              <Button type="submit" size="lg" loading={loading}>
                Accept and continue
              </Button>
            </>
          )}
        </Stack>
      </main>
    </div>
  );
}
