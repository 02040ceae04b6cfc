import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import type { AdminUser } from '../api/account';
import { useAuth } from '../auth';
import { DebouncedInput } from '../components/DebouncedInput';
import { InvitationsPanel } from '../components/InvitationsPanel';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';
import { UserActions } from '../components/UserActions';
import { count } from '../format';
import { useLoad } from '../useLoad';
import { useMediaQuery } from '../useMediaQuery';
import './account.css';

const pageSize = 20;

function StatusBadge({ user }: { user: AdminUser }) {
  return user.disabled ? <span className="badge badge-disabled">Disabled</span> : <span className="badge badge-active">Active</span>;
}

function Name({ user, me }: { user: AdminUser; me: boolean }) {
  return (
    <>
      {user.displayName}
      {me ? <span className="muted"> (you)</span> : null}
    </>
  );
}

interface RowsProps {
  items: AdminUser[];
  meId: string;
  onChanged: (message: string) => Promise<void>;
}

function UsersTable({ items, meId, onChanged }: RowsProps) {
  return (
    <div className="table-scroll card" role="region" aria-label="Users table" tabIndex={0}>
      <table>
        <thead>
          <tr>
            <th scope="col">Email</th>
            <th scope="col">Display name</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Created</th>
            <th scope="col">Last sign-in</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {items.map((user) => (
            <tr key={user.id} data-user-id={user.id}>
              <td>{user.email}</td>
              <td>
                <Name user={user} me={user.id === meId} />
              </td>
              <td>{user.role}</td>
              <td>
                <StatusBadge user={user} />
              </td>
              <td>
                <RelativeTime iso={user.createdAt} />
              </td>
              <td>
                <RelativeTime iso={user.lastSignInAt} />
              </td>
              <td>
                <UserActions user={user} onChanged={onChanged} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function UserCards({ items, meId, onChanged }: RowsProps) {
  return (
    <ul className="cards" aria-label="Users">
      {items.map((user) => (
        <li key={user.id} className="card user-card" data-user-id={user.id}>
          <p className="user-card-email">{user.email}</p>
          <dl>
            <div>
              <dt>Display name</dt>
              <dd>
                <Name user={user} me={user.id === meId} />
              </dd>
            </div>
            <div>
              <dt>Role</dt>
              <dd>{user.role}</dd>
            </div>
            <div>
              <dt>Status</dt>
              <dd>
                <StatusBadge user={user} />
              </dd>
            </div>
            <div>
              <dt>Created</dt>
              <dd>
                <RelativeTime iso={user.createdAt} />
              </dd>
            </div>
            <div>
              <dt>Last sign-in</dt>
              <dd>
                <RelativeTime iso={user.lastSignInAt} />
              </dd>
            </div>
          </dl>
          <UserActions user={user} onChanged={onChanged} />
        </li>
      ))}
    </ul>
  );
}

/** The admin's accounts screen: find an account, disable or enable it, end its sessions; invite new people. */
export function UsersPage() {
  const { user } = useAuth();

  useEffect(() => {
    document.title = 'Users · AnalisaAI';
  }, []);

  if (!user || user.role !== 'admin') {
    return (
      <main className="page">
        <h1>Users</h1>
        <div className="problem" role="alert">
          <p>Only admins can manage accounts. Your own account is under Account.</p>
        </div>
      </main>
    );
  }
  return <AdminUsers meId={user.id} />;
}

function AdminUsers({ meId }: { meId: string }) {
  const { account } = useAuth();
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const phone = useMediaQuery('(max-width: 599.98px)');
  const users = useLoad(() => account.users({ search, page, pageSize }), [account, search, page]);
  const [status, setStatus] = useState('');

  const update = (changes: Record<string, string>, typed = false) => {
    const next = new URLSearchParams(window.location.search);
    for (const [key, value] of Object.entries(changes)) {
      if (value === '' || (key === 'page' && value === '1')) {
        next.delete(key);
      } else {
        next.set(key, value);
      }
    }
    setParams(next, { replace: typed });
  };

  const changed = async (message: string) => {
    await users.reload({ quiet: true });
    setStatus(message);
  };

  const shown = users.error ? null : users.data;
  const totalPages = shown ? Math.max(1, Math.ceil(shown.totalCount / pageSize)) : 1;
  return (
    <main className="page users-page">
      <div className="page-head">
        <div>
          <h1>Users</h1>
          {shown ? <p className="muted">{count(shown.totalCount)} {search ? 'matching' : 'accounts'}</p> : null}
        </div>
      </div>
      <div className="users-search">
        <label htmlFor="users-search">Search by email or name</label>
        <DebouncedInput id="users-search" type="search" value={search} onCommit={(text) => update({ search: text.trim(), page: '1' }, true)} maxLength={100} />
      </div>
      <p className="sr-only" role="status">
        {status}
      </p>
      {users.error ? <ProblemMessage error={users.error} context="Could not load the accounts" onRetry={() => void users.reload()} /> : null}
      {users.loading && !shown ? <Loading label="Loading the accounts…" /> : null}
      {shown && shown.items.length === 0 ? (
        <div className="empty card">
          <p>{page > 1 ? `There is no page ${page}.` : search ? `No account matches “${search}”.` : 'No accounts.'}</p>
          {page > 1 ? (
            <button type="button" className="button secondary" onClick={() => update({ page: '1' })}>
              Back to the first page
            </button>
          ) : null}
        </div>
      ) : null}
      {shown && shown.items.length > 0 ? (
        <>
          {phone ? <UserCards items={shown.items} meId={meId} onChanged={changed} /> : <UsersTable items={shown.items} meId={meId} onChanged={changed} />}
          <nav className="pager" aria-label="Pages of accounts">
            <button type="button" className="button secondary" disabled={page <= 1} onClick={() => update({ page: String(page - 1) })}>
              Previous
            </button>
            <span aria-live="polite">
              Page {page} of {totalPages}
            </span>
            <button type="button" className="button secondary" disabled={page >= totalPages} onClick={() => update({ page: String(page + 1) })}>
              Next
            </button>
          </nav>
        </>
      ) : null}
      <InvitationsPanel />
    </main>
  );
}
