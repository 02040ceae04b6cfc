import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { ProblemError } from '../api/problem';
import { ProblemMessage } from './ProblemMessage';
import './ConfirmButton.css';

interface Props {
  /** The button's text, and its accessible name unless `ariaLabel` gives a longer one. */
  label: string;
  ariaLabel?: string;
  className?: string;
  /** The confirmation's heading: a question ("Sign out this session?"). */
  title: string;
  /** What will happen, in a sentence or two. */
  children: ReactNode;
  /** The confirming button's text ("Sign out"); the other one is "Cancel". */
  confirmLabel: string;
  /** Runs on confirmation; a throw keeps the dialog open with the API's message. */
  onConfirm: () => Promise<void>;
  errorContext: string;
  disabled?: boolean;
}

/**
 * A button for a destructive action that asks first, in a modal alert dialog: the safe choice (Cancel) has the
 * focus, Escape cancels, and focus goes back to the button afterwards (or to the page's heading when the action
 * removed the button's row).
 */
export function ConfirmButton({ label, ariaLabel, className = 'button secondary danger', title, children, confirmLabel, onConfirm, errorContext, disabled }: Props) {
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ProblemError | null>(null);
  const trigger = useRef<HTMLButtonElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    const element = dialog.current;
    if (open && element && !element.open) {
      element.showModal();
      cancelButton.current?.focus();
    }
  }, [open]);

  const close = () => {
    dialog.current?.close();
    setOpen(false);
    setError(null);
    setTimeout(() => {
      if (trigger.current?.isConnected) {
        trigger.current.focus();
        return;
      }
      const heading = document.querySelector<HTMLElement>('main h1');
      if (heading) {
        heading.tabIndex = -1;
        heading.focus();
      }
    });
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setBusy(false);
      close();
    } catch (caught) {
      setError(caught instanceof ProblemError ? caught : ProblemError.network());
      setBusy(false);
    }
  };

  return (
    <>
      <button type="button" ref={trigger} className={className} aria-label={ariaLabel} onClick={() => setOpen(true)} disabled={disabled}>
        {label}
      </button>
      {open ? (
        <dialog
          ref={dialog}
          className="confirm-dialog card"
          role="alertdialog"
          aria-labelledby={`${id}-title`}
          aria-describedby={`${id}-text`}
          onCancel={(event) => {
            event.preventDefault();
            if (!busy) {
              close();
            }
          }}
        >
          <h2 id={`${id}-title`}>{title}</h2>
          <div id={`${id}-text`}>{children}</div>
          {error ? <ProblemMessage error={error} context={errorContext} /> : null}
          <div className="dialog-actions">
            <button type="button" className="button danger-solid" onClick={() => void confirm()} disabled={busy}>
              {busy ? 'Working…' : confirmLabel}
            </button>
            <button type="button" ref={cancelButton} className="button secondary" onClick={close} disabled={busy}>
              Cancel
            </button>
          </div>
        </dialog>
      ) : null}
    </>
  );
}
