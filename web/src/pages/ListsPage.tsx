import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import type { SavedList } from '../api/client';
import { ProblemError } from '../api/problem';
import { useAuth } from '../auth';
import { Loading } from '../components/Loading';
import { ProblemMessage } from '../components/ProblemMessage';
import { RelativeTime } from '../components/RelativeTime';
import { plural } from '../format';
import { useLoad } from '../useLoad';
import './lists.css';

const asProblem = (caught: unknown) => (caught instanceof ProblemError ? caught : ProblemError.network());

interface RowProps {
  list: SavedList;
  onChanged(message: string): Promise<void>;
}

/** One saved list: its name, size and last change, renamed in place, deleted after a confirmation. */
function ListRow({ list, onChanged }: RowProps) {
  const { api } = useAuth();
  const [mode, setMode] = useState<'view' | 'rename' | 'confirm-delete'>('view');
  const [name, setName] = useState(list.name);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ProblemError | null>(null);
  const renameButton = useRef<HTMLButtonElement>(null);

  const cancel = () => {
    setMode('view');
    setError(null);
    setName(list.name);
    // Back on the button that opened the form, so keyboard users keep their place.
    setTimeout(() => renameButton.current?.focus());
  };

  const rename = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const renamed = await api.renameList(list.id, name);
      setError(null);
      setMode('view');
      await onChanged(`Renamed to “${renamed.name}”.`);
    } catch (caught) {
      setError(asProblem(caught));
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    try {
      await api.deleteList(list.id);
      await onChanged(`Deleted “${list.name}”.`);
    } catch (caught) {
      setError(asProblem(caught));
      setBusy(false);
    }
  };

  const renameId = `rename-${list.id}`;
  return (
    <li className="card saved-list" data-testid="saved-list">
      {mode === 'rename' ? (
        <form className="saved-list-form" onSubmit={rename}>
          <label htmlFor={renameId}>New name for “{list.name}”</label>
          <div className="saved-list-inline">
            <input id={renameId} value={name} onChange={(e) => setName(e.target.value)} autoFocus maxLength={200} />
            <button type="submit" className="button primary" disabled={busy}>
              Save
            </button>
            <button type="button" className="button secondary" onClick={cancel}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="saved-list-main">
          <div>
            <Link to={`/lists/${list.id}`} className="saved-list-name">
              {list.name}
            </Link>
            <p className="muted saved-list-meta">
              {plural(list.itemCount, 'influencer')} · updated <RelativeTime iso={list.updatedAt} />
            </p>
          </div>
          {mode === 'view' ? (
            <div className="saved-list-actions">
              <button type="button" className="button secondary" ref={renameButton} onClick={() => setMode('rename')} aria-label={`Rename “${list.name}”`}>
                Rename
              </button>
              <button type="button" className="button secondary danger" onClick={() => setMode('confirm-delete')} aria-label={`Delete “${list.name}”`}>
                Delete
              </button>
            </div>
          ) : null}
        </div>
      )}
      {mode === 'confirm-delete' ? (
        <div className="confirm" role="group" aria-label={`Confirm deleting “${list.name}”`}>
          <p>
            Delete “{list.name}”?{' '}
            {list.itemCount === 0 ? 'It is empty.' : `Its ${plural(list.itemCount, 'influencer')} stay in the catalogue; only the list goes.`}
          </p>
          <button type="button" className="button danger-solid" onClick={remove} disabled={busy}>
            Delete list
          </button>
          <button type="button" className="button secondary" onClick={cancel} autoFocus>
            Keep it
          </button>
        </div>
      ) : null}
      {error ? <ProblemMessage error={error} context={mode === 'rename' ? 'Could not rename the list' : 'Could not delete the list'} /> : null}
    </li>
  );
}

/** The signed-in user's saved lists, newest first: create, rename, delete. */
export function ListsPage() {
  const { api } = useAuth();
  const lists = useLoad(() => api.lists(), [api]);
  const [name, setName] = useState('');
  const [creating, setCreating] = useState(false);
  const [createError, setCreateError] = useState<ProblemError | null>(null);
  const [status, setStatus] = useState('');

  useEffect(() => {
    document.title = 'My lists · AnalisaAI';
  }, []);

  const changed = async (message: string) => {
    await lists.reload();
    setStatus(message);
  };

  const create = async (event: FormEvent) => {
    event.preventDefault();
    setCreating(true);
    try {
      const list = await api.createList(name);
      setName('');
      setCreateError(null);
      await changed(`Created “${list.name}”.`);
    } catch (caught) {
      setCreateError(asProblem(caught));
    } finally {
      setCreating(false);
    }
  };

  const items = lists.data?.items ?? [];
  return (
    <main className="page">
      <div className="page-head">
        <h1>My lists</h1>
        {lists.data ? <p className="muted">{plural(items.length, 'list')}</p> : null}
      </div>
      <form className="card create-list" onSubmit={create} aria-label="Create a list">
        <label htmlFor="new-list-name">New list name</label>
        <div className="saved-list-inline">
          <input id="new-list-name" value={name} onChange={(e) => setName(e.target.value)} placeholder="e.g. Food creators for June" maxLength={200} />
          <button type="submit" className="button primary" disabled={creating}>
            {creating ? 'Creating…' : 'Create list'}
          </button>
        </div>
        {createError ? <ProblemMessage error={createError} context="Could not create the list" /> : null}
      </form>

      <p className="sr-only" role="status">
        {status}
      </p>
      {lists.error ? <ProblemMessage error={lists.error} context="Could not load your lists" /> : null}
      {lists.loading && !lists.data ? <Loading label="Loading your lists…" /> : null}
      {lists.data && items.length === 0 ? (
        <div className="empty card">
          <p>You have no lists yet.</p>
          <p>
            Create one above, then add influencers to it from the <Link to="/">catalogue</Link>: tick their rows and choose
            <strong> Add to list</strong>.
          </p>
        </div>
      ) : null}
      {items.length > 0 ? (
        <ul className="saved-lists" aria-label="Your lists, newest first">
          {items.map((list) => (
            <ListRow key={`${list.id}-${list.updatedAt}`} list={list} onChanged={changed} />
          ))}
        </ul>
      ) : null}
    </main>
  );
}
