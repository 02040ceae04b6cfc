import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ProblemError } from '../api/problem';
import { confirmationProblem, fieldProblems, registrationHint } from '../accountForms';
import { useAuth } from '../auth';
import { useFocusFirstInvalid } from '../useFocusFirstInvalid';
import { FormField } from '../components/FormField';
import { NewPasswordFields } from '../components/NewPasswordFields';
import './account.css';

const fields = ['displayName', 'email', 'password', 'invitationToken'];

interface Refusal {
  status: number;
  hint: string | null;
  messages: string[];
}

/** Creates an account, with the invitation from the link when there is one, then signs the new user in. */
export function RegisterPage() {
  const { account, signIn, signOut, status, user } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const invitation = params.get('invitation') ?? '';
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [byField, setByField] = useState<Record<string, string[]>>({});
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [mismatch, setMismatch] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [registered, setRegistered] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // The first field marked invalid gets the focus, and with it its message.
  const focusFirstInvalid = useFocusFirstInvalid(form);

  useEffect(() => {
    document.title = 'Create your account · AnalisaAI';
  }, []);

  if (status === 'signed-in' && user) {
    return (
      <main className="page">
        <h1>Create an account</h1>
        {registered ? (
          <p role="status">Account created. Opening the dashboard…</p>
        ) : (
          <>
            <p>
              You are signed in as {user.email}. To create another account{invitation ? ' with this invitation' : ''}, sign out first.
            </p>
            <p className="section-actions">
              <button type="button" className="button secondary" onClick={() => void signOut()}>
                Sign out
              </button>
              <Link to="/" className="button secondary">
                Back to the influencers
              </Link>
            </p>
          </>
        )}
      </main>
    );
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const differ = confirmationProblem(password, confirmation) ?? (confirmation === '' && password !== '' ? 'Type the password again.' : null);
    setMismatch(differ);
    setRefusal(null);
    if (differ) {
      setByField({});
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    let created: string;
    try {
      const registration = await account.register({
        displayName,
        email: email.trim() || undefined,
        password,
        invitationToken: invitation || undefined,
      });
      created = registration.email;
    } catch (caught) {
      const error = caught instanceof ProblemError ? caught : ProblemError.network();
      const split = fieldProblems(error.problem, fields);
      const { invitationToken = [], ...inputs } = split.byField;
      setByField(inputs);
      setRefusal({ status: error.status, hint: registrationHint(error.problem), messages: [...invitationToken, ...split.other] });
      setBusy(false);
      focusFirstInvalid();
      return;
    }
    setRegistered(true);
    try {
      await signIn(created, password);
      navigate('/', { replace: true });
    } catch {
      // The account exists; only the sign-in failed (a rate limit, say): the sign-in screen takes it from here.
      navigate('/', { replace: true, state: { email: created, registered: true } });
    }
  };

  const invalid = Object.keys(byField).length > 0 || mismatch !== null;
  return (
    <main className="sign-in">
      <div className="sign-in-card register-card card">
        <div className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">A</span>
          AnalisaAI
        </div>
        <h1>Create your account</h1>
        <p className="muted">
          {invitation
            ? 'You were invited to AnalisaAI. Choose your name and a password; the invitation gives your email and role.'
            : 'Accounts are usually made from an invitation link an admin sends you.'}
        </p>
        <form ref={form} onSubmit={submit} noValidate aria-label="Create your account">
          <FormField id="display-name" label="Display name" autoComplete="name" required maxLength={100} value={displayName} onChange={(e) => setDisplayName(e.target.value)} errors={byField.displayName} autoFocus />
          <FormField
            id="register-email"
            label={invitation ? 'Email (optional)' : 'Email'}
            type="email"
            autoComplete="username"
            required={!invitation}
            maxLength={254}
            value={email}
            onChange={(e) => setEmail(e.target.value)}
            hint={invitation ? 'Leave it empty to use the email the invitation was made for.' : undefined}
            errors={byField.email}
          />
          <NewPasswordFields
            id="register-password"
            label="Password"
            password={password}
            confirmation={confirmation}
            onPassword={setPassword}
            onConfirmation={setConfirmation}
            errors={byField.password}
            mismatch={mismatch}
          />
          <div role="alert">
            {invalid || refusal ? (
              <div className="problem">
                <p className="problem-title">
                  The account was not created{refusal && refusal.status > 0 ? ` (HTTP ${refusal.status})` : ''}.
                </p>
                {refusal?.messages.map((message) => (
                  <p key={message}>{message}</p>
                ))}
                {refusal?.hint ? <p>{refusal.hint}</p> : null}
                {invalid ? <p>Check the fields marked above.</p> : null}
              </div>
            ) : null}
          </div>
          <button type="submit" className="button primary wide" disabled={busy || registered}>
            {registered ? 'Signing you in…' : busy ? 'Creating your account…' : 'Create account'}
          </button>
        </form>
        <p className="sign-in-alt">
          Already have an account? <Link to="/">Sign in</Link>
        </p>
      </div>
    </main>
  );
}
