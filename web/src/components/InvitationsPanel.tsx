import { useRef, useState, type FormEvent } from 'react';
import { roles, type CreatedInvitation, type Invitation, type Role } from '../api/account';
import { isOneOf } from '../api/types';
import { ProblemError } from '../api/problem';
import { fieldProblems, invitationLink, invitationState } from '../accountForms';
import { useAuth } from '../auth';
import { exact } from '../format';
import { useLoad } from '../useLoad';
import { ConfirmButton } from './ConfirmButton';
import { FormField } from './FormField';
import { Loading } from './Loading';
import { ProblemMessage } from './ProblemMessage';
import { RelativeTime } from './RelativeTime';

const stateBadges = { pending: ['badge-active', 'Open'], used: ['badge-never', 'Used'], expired: ['badge-disabled', 'Expired'] } as const;

/** The sign-up link of a new invitation, shown this once: the API keeps only a hash of its token. */
function CreatedLink({ invitation, onDone }: { invitation: CreatedInvitation; onDone: () => void }) {
  const link = invitationLink(window.location.origin, invitation.token);
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState('');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setCopied('Link copied.');
    } catch {
      // No clipboard access (an insecure origin, a refused permission): the link is selected for copying by hand.
      input.current?.select();
      setCopied('Could not copy by itself: the link is selected, copy it with Ctrl+C (⌘C on a Mac).');
    }
  };

  return (
    <div className="invite-created notice success" role="group" aria-labelledby="invite-created-title">
      <div>
        <p id="invite-created-title">
          <strong>Invitation for {invitation.email}</strong> ({invitation.role}) created. Send them this sign-up link: it works once, until{' '}
          {exact(invitation.expiresAt)}. <strong>It will not be shown again.</strong>
        </p>
        <div className="invite-link">
          <label htmlFor="invite-link" className="sr-only">
            Sign-up link for {invitation.email}
          </label>
          <input id="invite-link" ref={input} readOnly value={link} onFocus={(e) => e.target.select()} />
          <button type="button" className="button primary" onClick={() => void copy()}>
            Copy link
          </button>
          <button type="button" className="button secondary" onClick={onDone}>
            Done
          </button>
        </div>
        <p role="status" className="status-note">
          {copied}
        </p>
      </div>
    </div>
  );
}

function InvitationItem({ invitation, onRevoked }: { invitation: Invitation; onRevoked: (message: string) => Promise<void> }) {
  const { account } = useAuth();
  const state = invitationState(invitation);
  const [badge, label] = stateBadges[state];
  return (
    <li className="session" data-testid="invitation">
      <div className="session-top">
        <p className="session-name">
          {invitation.email} <span className="badge">{invitation.role}</span> <span className={`badge ${badge}`}>{label}</span>
        </p>
        {state === 'pending' ? (
          <ConfirmButton
            label="Revoke"
            ariaLabel={`Revoke the invitation for ${invitation.email}`}
            className="button secondary danger small"
            title={`Revoke the invitation for ${invitation.email}?`}
            confirmLabel="Revoke the invitation"
            errorContext="Could not revoke the invitation"
            onConfirm={async () => {
              await account.revokeInvitation(invitation.id);
              await onRevoked(`Revoked the invitation for ${invitation.email}.`);
            }}
          >
            <p>Its link stops working at once. You can invite the same email again later.</p>
          </ConfirmButton>
        ) : null}
      </div>
      <dl className="session-facts">
        <div>
          <dt>Created</dt>
          <dd>
            <RelativeTime iso={invitation.createdAt} />
          </dd>
        </div>
        <div>
          <dt>By</dt>
          <dd>{invitation.createdBy}</dd>
        </div>
        <div>
          <dt>{state === 'expired' ? 'Expired' : 'Expires'}</dt>
          <dd>
            <RelativeTime iso={invitation.expiresAt} />
          </dd>
        </div>
        <div>
          <dt>Used</dt>
          <dd>{invitation.usedAt ? <RelativeTime iso={invitation.usedAt} /> : <span className="muted">not yet</span>}</dd>
        </div>
      </dl>
    </li>
  );
}

/** Invite someone by email with a role; the sign-up link shows once; the invitations so far, revocable while open. */
export function InvitationsPanel() {
  const { account } = useAuth();
  const invitations = useLoad(() => account.invitations(), [account]);
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('analyst');
  const chooseRole = (chosen: string) => {
    if (isOneOf(roles, chosen)) {
      setRole(chosen);
    }
  };
  const [busy, setBusy] = useState(false);
  const [byField, setByField] = useState<Record<string, string[]>>({});
  const [other, setOther] = useState<string[]>([]);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [status, setStatus] = useState('');
  const emailInput = useRef<HTMLInputElement>(null);

  const invite = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setCreated(null);
    try {
      const invitation = await account.invite(email.trim(), role);
      setByField({});
      setOther([]);
      setEmail('');
      setCreated(invitation);
      await invitations.reload({ quiet: true });
    } catch (caught) {
      const error = caught instanceof ProblemError ? caught : ProblemError.network();
      const split = fieldProblems(error.problem, ['email', 'role']);
      setByField(split.byField);
      setOther(split.other);
      if (split.byField.email) {
        emailInput.current?.focus();
      }
    } finally {
      setBusy(false);
    }
  };

  const revoked = async (message: string) => {
    await invitations.reload({ quiet: true });
    setStatus(message);
  };

  const items = invitations.data?.items ?? [];
  return (
    <section className="card account-section invitations" aria-labelledby="invitations-title">
      <h2 id="invitations-title">Invitations</h2>
      <p className="muted">An invitation is a sign-up link for one person: it works once and for a limited time, and the account it makes gets the email and role chosen here. Inviting an email again replaces its open invitation.</p>
      <form className="invite-form" onSubmit={invite} aria-label="Invite someone" noValidate>
        <FormField id="invite-email" ref={emailInput} label="Email" type="email" required maxLength={254} value={email} onChange={(e) => setEmail(e.target.value)} errors={byField.email} />
        <div className="form-field">
          <label htmlFor="invite-role">Role</label>
          <select id="invite-role" value={role} onChange={(e) => chooseRole(e.target.value)} aria-invalid={byField.role ? true : undefined}>
            {roles.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          {byField.role ? <p className="field-error">{byField.role.join(' ')}</p> : null}
        </div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? 'Inviting…' : 'Create invitation'}
        </button>
      </form>
      <div role="alert">
        {other.length > 0 ? (
          <div className="problem">
            <p className="problem-title">The invitation was not created.</p>
            {other.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        ) : null}
      </div>
      {created ? <CreatedLink invitation={created} onDone={() => setCreated(null)} /> : null}
      <p className="sr-only" role="status">
        {status}
      </p>
      <h3 className="invitations-list-title">Sent invitations</h3>
      {invitations.error ? <ProblemMessage error={invitations.error} context="Could not load the invitations" onRetry={() => void invitations.reload()} /> : null}
      {invitations.loading && !invitations.data ? <Loading label="Loading the invitations…" /> : null}
      {invitations.data && items.length === 0 ? <p className="muted">No invitations yet.</p> : null}
      {items.length > 0 ? (
        <ul className="session-list" aria-label="Sent invitations">
          {items.map((invitation) => (
            <InvitationItem key={invitation.id} invitation={invitation} onRevoked={revoked} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
