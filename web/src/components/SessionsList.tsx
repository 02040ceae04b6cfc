import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { AccountSession } from '../api/account';
import { useAuth } from '../auth';
import { exact, plural } from '../format';
import { describeUserAgent } from '../userAgent';
import type { Loaded } from '../useLoad';
import { ConfirmButton } from './ConfirmButton';
import { Loading } from './Loading';
import { ProblemMessage } from './ProblemMessage';
import { RelativeTime } from './RelativeTime';

function SessionItem({ session, onEnded }: { session: AccountSession; onEnded: (message: string) => Promise<void> }) {
  const { account, signOut } = useAuth();
  const navigate = useNavigate();
  const device = describeUserAgent(session.userAgent);
  const headingId = `session-${session.id}`;
  return (
    <li className={`session${session.current ? ' current' : ''}`} aria-labelledby={headingId} data-testid="session">
      <div className="session-top">
        <h3 className="session-name" id={headingId}>
          {device}
          {session.current ? <span className="badge badge-current">This device</span> : null}
        </h3>
        {session.current ? (
          <ConfirmButton
            label="Sign out"
            ariaLabel={`Sign out this device (${device})`}
            className="button secondary danger small"
            title="Sign out on this device?"
            confirmLabel="Sign out"
            errorContext="Could not sign out"
            onConfirm={async () => {
              await signOut();
              navigate('/');
            }}
          >
            <p>This is the session you are using now. You will go back to the sign-in screen; your other sessions stay signed in.</p>
          </ConfirmButton>
        ) : (
          <ConfirmButton
            label="Sign out"
            ariaLabel={`Sign out ${device}, last used ${exact(session.lastUsedAt)}`}
            className="button secondary danger small"
            title={`Sign out ${device}?`}
            confirmLabel="Sign out that session"
            errorContext="Could not sign out that session"
            onConfirm={async () => {
              await account.endSession(session.id);
              await onEnded(`Signed out ${device}.`);
            }}
          >
            <p>
              Whoever uses that session ({session.address ?? 'address unknown'}) will have to sign in again; it stops working within a few
              seconds.
            </p>
          </ConfirmButton>
        )}
      </div>
      <dl className="session-facts">
        <div>
          <dt>Address</dt>
          <dd>{session.address ?? <span className="muted">unknown</span>}</dd>
        </div>
        <div>
          <dt>Signed in</dt>
          <dd>
            <RelativeTime iso={session.createdAt} />
          </dd>
        </div>
        <div>
          <dt>Last used</dt>
          <dd>
            <RelativeTime iso={session.lastUsedAt} />
          </dd>
        </div>
        <div>
          <dt>Expires</dt>
          <dd>
            <RelativeTime iso={session.expiresAt} />
          </dd>
        </div>
      </dl>
      {session.userAgent ? (
        <details>
          <summary>Browser details</summary>
          <code>{session.userAgent}</code>
        </details>
      ) : null}
    </li>
  );
}

/** The user's sessions, this one marked, each signed out on its own, or all the others, or every one. */
export function SessionsList({ sessions }: { sessions: Loaded<{ items: AccountSession[] }> }) {
  const { account, signOut } = useAuth();
  const navigate = useNavigate();
  const [status, setStatus] = useState('');
  const items = sessions.data?.items ?? [];
  const others = items.filter((session) => !session.current).length;

  const ended = async (message: string) => {
    await sessions.reload({ quiet: true });
    setStatus(message);
  };

  return (
    <>
      <div className="section-head">
        <h2 id="sessions-title">Sessions</h2>
        {sessions.data ? (
          <div className="section-actions">
            <ConfirmButton
              label="Sign out all other sessions"
              title="Sign out all other sessions?"
              confirmLabel="Sign out the others"
              errorContext="Could not sign out the other sessions"
              disabled={others === 0}
              onConfirm={async () => {
                await account.endSessions(false);
                await ended(`Signed out ${plural(others, 'other session')}.`);
              }}
            >
              <p>Every browser and device signed in to your account, except this one, will have to sign in again.</p>
            </ConfirmButton>
            <ConfirmButton
              label="Sign out everywhere"
              title="Sign out everywhere?"
              confirmLabel="Sign out everywhere"
              errorContext="Could not sign out everywhere"
              onConfirm={async () => {
                await account.endSessions(true);
                await signOut('You were signed out everywhere, on this device too. Sign in again to continue.');
                navigate('/');
              }}
            >
              <p>Every session of your account ends, this one included: you go back to the sign-in screen.</p>
            </ConfirmButton>
          </div>
        ) : null}
      </div>
      <p className="muted">Where your account is signed in now, most recently used first. A session lasts until it is signed out or unused for a while.</p>
      <p className="sr-only" role="status">
        {status}
      </p>
      {sessions.error ? <ProblemMessage error={sessions.error} context="Could not load your sessions" onRetry={() => void sessions.reload()} /> : null}
      {sessions.loading && !sessions.data ? <Loading label="Loading your sessions…" /> : null}
      {items.length > 0 ? (
        <ul className="session-list" aria-labelledby="sessions-title">
          {items.map((session) => (
            <SessionItem key={session.id} session={session} onEnded={ended} />
          ))}
        </ul>
      ) : null}
    </>
  );
}
