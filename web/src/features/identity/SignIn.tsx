import { useMutation } from '@apollo/client/react';
import { LoginDocument } from '@carehub/schema/graphql';
import { type FormEvent, useState } from 'react';
import { apiError } from '../../platform/errors.js';
import { ErrorBanner, Field } from '../../ui/controls.js';

/** Email and password; the session arrives as an HttpOnly cookie. */
export function SignIn({ onSignedIn }: { onSignedIn: () => void }) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useMutation(LoginDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await login({ variables: { email, password } }).catch(() => null);
    if (result?.data?.login) onSignedIn();
  }

  return (
    <div className="signin">
      <form className="card stack" onSubmit={submit}>
        <div>
          <h1>CareHub</h1>
          <p className="muted">The care team's live picture. Sign in to continue.</p>
        </div>
        <ErrorBanner error={apiError(error)} />
        <Field
          label="Email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
        <Field
          label="Password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <button type="submit" disabled={loading}>
          {loading ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}
