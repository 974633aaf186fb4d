import { useState } from 'react';
import { signIn, type Session } from '../api.ts';
import { useAction } from '../components/action.ts';
import { ErrorMessage } from '../components/error-message.tsx';

/**
 * Sign-in with username and password; the session lasts as the node
 * configures it. `signOutError` is why the node could not revoke the last
 * session when its officer signed out (this tab forgot it all the same).
 */
export function SignIn({ onSignedIn, signOutError = null }: { onSignedIn: (session: Session) => void; signOutError?: unknown }) {
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const { run, busy, error } = useAction(signIn);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const session = await run(username, password);
    if (session) onSignedIn(session);
  };
  return (
    <main id="main" className="sign-in">
      <h1>Liaison</h1>
      <p>Sign in to this node’s console.</p>
      {signOutError !== null && (
        <>
          <p>You are signed out of this tab, but the node could not be told: the last session ends on its own when it expires.</p>
          <ErrorMessage error={signOutError} />
        </>
      )}
      <form onSubmit={submit}>
        <label>
          Username
          <input autoComplete="username" value={username} onChange={(e) => setUsername(e.target.value)} required autoFocus />
        </label>
        <label>
          Password
          <input type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} required />
        </label>
        <button type="submit" disabled={busy}>{busy ? 'Signing in…' : 'Sign in'}</button>
      </form>
      <ErrorMessage error={error} />
    </main>
  );
}
