import { useRef, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { compareUrl, maxCompare, minCompare } from '../compare';
import { canCompare } from '../listQuery';
import type { Picked } from '../selection';
import { AddToListDialog, type AddedToList } from './AddToListDialog';

interface Props {
  selection: Picked[];
  onClear: () => void;
}

/** What can be done with the selected influencers: add them to a list, compare them, or clear the selection. */
export function SelectionBar({ selection, onClear }: Props) {
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<AddedToList | null>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const count = selection.length;

  if (count === 0 && !added) {
    return null;
  }

  const closeDialog = () => {
    setAdding(false);
    // The dialog is gone with its focus; give it back to the button that opened it.
    requestAnimationFrame(() => addButton.current?.focus());
  };

  const already = added ? added.requested - added.added : 0;
  return (
    <section className="selection-bar card" aria-label="Selection">
      {count > 0 ? (
        <>
          <p className="selection-count">{count.toLocaleString('en')} selected</p>
          <div className="selection-actions">
            <button ref={addButton} type="button" className="button primary" onClick={() => { setAdded(null); setAdding(true); }}>
              Add to list
            </button>
            <button
              type="button"
              className="button secondary"
              disabled={!canCompare(count)}
              aria-describedby="compare-note"
              onClick={() => navigate(compareUrl(selection.map((s) => s.id)))}
            >
              Compare
            </button>
            <button type="button" className="button secondary" onClick={() => { setAdded(null); onClear(); }}>
              Clear selection
            </button>
          </div>
          <p id="compare-note" className="field-note">
            {canCompare(count) ? `Compare these ${count} side by side.` : `Compare takes ${minCompare} to ${maxCompare} influencers.`}
          </p>
        </>
      ) : null}
      <p className="selection-status" role="status">
        {added ? (
          <>
            Added {added.added.toLocaleString('en')} to <Link to={`/lists/${added.list.id}`}>{added.list.name}</Link>
            {already > 0 ? ` (${already.toLocaleString('en')} already there)` : ''}.
          </>
        ) : null}
      </p>
      {adding ? (
        <AddToListDialog
          ids={selection.map((s) => s.id)}
          onClose={closeDialog}
          onAdded={(result) => {
            setAdded(result);
            closeDialog();
          }}
        />
      ) : null}
    </section>
  );
}
