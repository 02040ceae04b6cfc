import { useState } from 'react';
import type { AdminUser } from '../api/account';
import { ProblemError } from '../api/problem';
import { useAuth } from '../auth';
import { ConfirmButton } from './ConfirmButton';
import { ProblemMessage } from './ProblemMessage';

interface Props {
  user: AdminUser;
  /** Called after an action with what it did, for the page's status line. */
  onChanged: (message: string) => Promise<void>;
}

/** Disable (asks first) or enable an account, and end its sessions (asks first). */
export function UserActions({ user, onChanged }: Props) {
  const { account } = useAuth();
  const [enabling, setEnabling] = useState(false);
  const [error, setError] = useState<ProblemError | null>(null);
  const who = user.email;

  const enable = async () => {
    setEnabling(true);
    setError(null);
    try {
      await account.enableUser(user.id);
      await onChanged(`Enabled ${who}: they can sign in again.`);
    } catch (caught) {
      setError(caught instanceof ProblemError ? caught : ProblemError.network());
    } finally {
      setEnabling(false);
    }
  };

  return (
    <div className="row-actions">
      {user.disabled ? (
        <button type="button" className="button secondary small" onClick={() => void enable()} disabled={enabling} aria-label={`Enable ${who}`}>
          {enabling ? 'Enabling…' : 'Enable'}
        </button>
      ) : (
        <ConfirmButton
          label="Disable"
          ariaLabel={`Disable ${who}`}
          className="button secondary danger small"
          title={`Disable ${who}?`}
          confirmLabel="Disable the account"
          errorContext={`Could not disable ${who}`}
          onConfirm={async () => {
            await account.disableUser(user.id);
            await onChanged(`Disabled ${who}: they cannot sign in, and their sessions ended.`);
          }}
        >
          <p>
            {user.displayName} can no longer sign in, and every session of theirs ends within a few seconds. You can enable the account again
            later; their sessions stay ended.
          </p>
        </ConfirmButton>
      )}
      <ConfirmButton
        label="End sessions"
        ariaLabel={`End sessions of ${who}`}
        className="button secondary danger small"
        title={`End every session of ${who}?`}
        confirmLabel="End their sessions"
        errorContext={`Could not end the sessions of ${who}`}
        onConfirm={async () => {
          await account.endUserSessions(user.id);
          await onChanged(`Ended every session of ${who}.`);
        }}
      >
        <p>{user.displayName} is signed out everywhere within a few seconds, and can sign in again.</p>
      </ConfirmButton>
      {error ? <ProblemMessage error={error} context={`Could not enable ${who}`} /> : null}
    </div>
  );
}
