import { useState, type FormEvent } from 'react';
import { Link, useLocation } from 'react-router';
import { ProblemError } from '../api/problem';
import { useAuth } from '../auth';
import { ProblemMessage } from '../components/ProblemMessage';

/** Turns the login's refusals into words a person can act on. */
function explain(error: ProblemError): string | null {
  if (error.status === 401) {
    return 'Wrong email or password, or the account is locked after too many failed attempts (it unlocks after a few minutes).';
  }
  if (error.status === 429) {
    const wait = error.retryAfterSeconds;
    return `Too many sign-in attempts from this address. Try again in ${wait ? `${wait} seconds` : 'a minute'}.`;
  }
  return null;
}

/** What the register page sends along in the navigation state: the new account's email, and that it was just made. */
function readArrival(state: unknown): { email?: string; registered: boolean } {
  if (typeof state !== 'object' || state === null) {
    return { registered: false };
  }
  return {
    email: 'email' in state && typeof state.email === 'string' ? state.email : undefined,
    registered: 'registered' in state && state.registered === true,
  };
}

export function SignInPage() {
  const { signIn, notice } = useAuth();
  // The register page sends a new user here with their email when it could not sign them in itself.
  const arrival = readArrival(useLocation().state);
  const [email, setEmail] = useState(arrival.email ?? '');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<ProblemError | null>(null);
  const [busy, setBusy] = useState(false);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await signIn(email, password);
    } catch (caught) {
      setError(caught instanceof ProblemError ? caught : ProblemError.network());
      setBusy(false);
    }
  };

  const plain = error ? explain(error) : null;
  return (
    <main className="sign-in">
      <div className="sign-in-card card">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">A</span>
          AnalisaAI
        </div>
        <h1>Sign in</h1>
        <p className="muted">Influencer analytics, refreshed every time someone signs in.</p>
        {(notice || arrival.registered) && !error ? (
          <p className="notice" role="status">
            {notice ?? 'Your account is ready. Sign in with your new password.'}
          </p>
        ) : null}
        <form onSubmit={onSubmit} noValidate={false}>
          <label htmlFor="email">Email</label>
          <input id="email" type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} autoFocus={!arrival.email} />
          <label htmlFor="password">Password</label>
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            autoFocus={Boolean(arrival.email)}
          />
          {error ? (
            plain ? (
              <div className="problem" role="alert">
                <p>{plain}</p>
              </div>
            ) : (
              <ProblemMessage error={error} context="Could not sign in" />
            )
          ) : null}
          <button type="submit" className="button primary wide" disabled={busy}>
            {busy ? 'Signing in…' : 'Sign in'}
          </button>
        </form>
        <p className="sign-in-alt">
          <Link to="/register">Have an invitation? Create your account</Link>
        </p>
      </div>
    </main>
  );
}
