import { useMutation } from '@apollo/client/react';
import { LoginDocument } from '@carehub/schema/graphql';
import { Button, Paper, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { ErrorBanner } from '../../ui/ErrorBanner.js';
import { usePageTitle } from '../../ui/page-title.js';

/** Email and password; the session arrives as an HttpOnly cookie. */
export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useMutation(LoginDocument);
  usePageTitle('Sign in');

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await login({ variables: { email, password } }).catch(() => null);
    if (result?.data?.login) onSignedIn();
  }

  return (
    <main className="signin">
      <Paper component="form" onSubmit={submit} w="min(420px, 100%)" p="lg" shadow="md" aria-labelledby="signin-title">
        <Stack>
          <div>
            <Title order={1} id="signin-title">
              CareHub
            </Title>
            <Text c="dimmed">The care team's live picture. Sign in to continue.</Text>
          </div>
          <ErrorBanner error={apiError(error)} />
          <TextInput
            label="Email"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(e) => setEmail(e.currentTarget.value)}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.currentTarget.value)}
          />
          <Button type="submit" loading={loading}>
            Sign in
          </Button>
        </Stack>
      </Paper>
    </main>
  );
}
