import { useEffect } from 'react';
import { useAuth } from '../auth';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { SessionsList } from '../components/SessionsList';
import { useLoad } from '../useLoad';
import './account.css';

/** The signed-in user's own account: who they are, their password, and where they are signed in. */
export function AccountPage() {
  const { account, user } = useAuth();
  const sessions = useLoad(() => account.sessions(), [account]);

  useEffect(() => {
    document.title = 'Your account · AnalisaAI';
  }, []);

  if (!user) {
    return null;
  }
  return (
    <main className="page account-page">
      <div className="page-head">
        <h1>Your account</h1>
      </div>
      <section className="card account-section" aria-labelledby="profile-title">
        <h2 id="profile-title">Profile</h2>
        <dl className="profile">
          <dt>Email</dt>
          <dd>{user.email}</dd>
          <dt>Display name</dt>
          <dd>{user.displayName}</dd>
          <dt>Role</dt>
          <dd>
            <span className="badge badge-role">{user.role}</span>
          </dd>
        </dl>
      </section>
      <section className="card account-section" aria-labelledby="change-password-title">
        <h2 id="change-password-title">Change password</h2>
        <p className="muted">Changing it signs out every other session of your account; this one stays signed in.</p>
        <ChangePasswordForm onChanged={() => void sessions.reload({ quiet: true })} />
      </section>
      <section className="card account-section" aria-labelledby="sessions-title">
        <SessionsList sessions={sessions} />
      </section>
    </main>
  );
}
