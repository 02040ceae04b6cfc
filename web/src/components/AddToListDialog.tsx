import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SavedList } from '../api/client';
import { ProblemError } from '../api/problem';
import { useAuth } from '../auth';
import { plural } from '../format';
import { useLoad } from '../useLoad';
import { Loading } from './Loading';
import { ProblemMessage } from './ProblemMessage';

export interface AddedToList {
  list: SavedList;
  added: number;
  requested: number;
}

interface Props {
  ids: string[];
  onClose: () => void;
  onAdded: (result: AddedToList) => void;
}

const newList = 'new';
/** The API takes at most this many ids per request. */
const idsPerRequest = 100;

/** A modal dialog: add the selected influencers to one of the user's lists, or to a new one named here. */
export function AddToListDialog({ ids, onClose, onAdded }: Props) {
  const { api } = useAuth();
  const dialog = useRef<HTMLDialogElement>(null);
  const lists = useLoad(() => api.lists(), [api]);
  const [choice, setChoice] = useState('');
  const [name, setName] = useState('');
  const [created, setCreated] = useState<SavedList | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ProblemError | null>(null);
  const [invalid, setInvalid] = useState<string | null>(null);

  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) {
      element.showModal();
    }
    return () => element?.close();
  }, []);

  // With no list yet, the only choice is a new one.
  useEffect(() => {
    if (lists.data && lists.data.items.length === 0 && !choice) {
      setChoice(newList);
    }
  }, [lists.data, choice]);

  // A list made by an earlier try whose adding failed is offered again, so a retry does not make a second one.
  const options = [...(created && !lists.data?.items.some((l) => l.id === created.id) ? [created] : []), ...(lists.data?.items ?? [])];

  async function submit(event: FormEvent) {
    event.preventDefault();
    setInvalid(null);
    const trimmed = name.trim();
    if (!choice) {
      setInvalid('Choose a list, or a new one.');
      return;
    }
    if (choice === newList && (trimmed.length < 1 || trimmed.length > 100)) {
      setInvalid('Name the new list: 1 to 100 characters.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      let list = options.find((l) => l.id === choice);
      if (!list) {
        list = await api.createList(trimmed);
        setCreated(list);
        setChoice(list.id);
      }
      let added = 0;
      for (let start = 0; start < ids.length; start += idsPerRequest) {
        added += (await api.addToList(list.id, ids.slice(start, start + idsPerRequest))).added;
      }
      onAdded({ list, added, requested: ids.length });
    } catch (caught) {
      setError(caught instanceof ProblemError ? caught : ProblemError.network());
    } finally {
      setBusy(false);
    }
  }

  return (
    <dialog
      ref={dialog}
      className="list-dialog card"
      aria-labelledby="add-to-list-title"
      onCancel={(e) => {
        e.preventDefault();
        if (!busy) {
          onClose();
        }
      }}
    >
      <form onSubmit={submit} noValidate>
        <h2 id="add-to-list-title">Add {plural(ids.length, 'influencer')} to a list</h2>
        {lists.loading && !lists.data ? <Loading label="Loading your lists…" /> : null}
        {lists.error ? (
          <>
            <ProblemMessage error={lists.error} context="Could not load your lists" />
            <button type="button" className="button secondary" onClick={() => void lists.reload()}>
              Retry
            </button>
          </>
        ) : null}
        {lists.data || created ? (
          <fieldset className="list-choices">
            <legend>List</legend>
            {options.map((list) => (
              <label key={list.id} className="choice">
                <input type="radio" name="list" value={list.id} checked={choice === list.id} onChange={() => setChoice(list.id)} />
                <span>
                  {list.name} <span className="muted">({plural(list.itemCount, 'influencer')})</span>
                </span>
              </label>
            ))}
            <label className="choice">
              <input type="radio" name="list" value={newList} checked={choice === newList} onChange={() => setChoice(newList)} />
              <span>A new list</span>
            </label>
            {choice === newList ? (
              <div className="field new-list">
                <label htmlFor="new-list-name">Name of the new list</label>
                <input id="new-list-name" value={name} maxLength={100} autoFocus onChange={(e) => setName(e.target.value)} />
              </div>
            ) : null}
          </fieldset>
        ) : null}
        {invalid ? (
          <p className="problem" role="alert">
            {invalid}
          </p>
        ) : null}
        {error ? <ProblemMessage error={error} context="Could not add to the list" /> : null}
        <div className="dialog-actions">
          <button type="submit" className="button primary" disabled={busy || (!lists.data && !created)}>
            {busy ? 'Adding…' : 'Add'}
          </button>
          <button type="button" className="button secondary" onClick={onClose} disabled={busy}>
            Cancel
          </button>
        </div>
      </form>
    </dialog>
  );
}
