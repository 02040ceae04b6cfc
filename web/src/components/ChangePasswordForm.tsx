import { useRef, useState, type FormEvent } from 'react';
import { ProblemError } from '../api/problem';
import { confirmationProblem, fieldProblems } from '../accountForms';
import { useAuth } from '../auth';
import { useFocusFirstInvalid } from '../useFocusFirstInvalid';
import { FormField } from './FormField';
import { NewPasswordFields } from './NewPasswordFields';

const fields = ['currentPassword', 'newPassword'];


/** Current, new and confirmed password; the API's refusals go next to their fields. */
export function ChangePasswordForm({ onChanged }: { onChanged: () => void }) {
  const { account } = useAuth();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [byField, setByField] = useState<Record<string, string[]>>({});
  const [other, setOther] = useState<string[]>([]);
  const [mismatch, setMismatch] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  // The first field marked invalid gets the focus, and with it its message.
  const focusFirstInvalid = useFocusFirstInvalid(form);


  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    const differ = confirmationProblem(next, confirmation) ?? (confirmation === '' && next !== '' ? 'Type the new password again.' : null);
    setMismatch(differ);
    if (differ) {
      setByField({});
      setOther([]);
      focusFirstInvalid();
      return;
    }
    setBusy(true);
    try {
      await account.changePassword(current, next);
      setCurrent('');
      setNext('');
      setConfirmation('');
      setByField({});
      setOther([]);
      setDone('Password changed. Every other session of your account was signed out; this one stays signed in.');
      onChanged();
    } catch (caught) {
      const error = caught instanceof ProblemError ? caught : ProblemError.network();
      const split = fieldProblems(error.problem, fields);
      setByField(split.byField);
      setOther(split.other);
      focusFirstInvalid();
    } finally {
      setBusy(false);
    }
  };

  const invalid = Object.keys(byField).length > 0 || mismatch !== null;
  return (
    <form ref={form} className="account-form" onSubmit={submit} aria-labelledby="change-password-title" noValidate>
      <FormField
        id="current-password"
        label="Current password"
        type="password"
        autoComplete="current-password"
        required
        value={current}
        onChange={(e) => setCurrent(e.target.value)}
        errors={byField.currentPassword}
      />
      <NewPasswordFields
        id="new-password"
        label="New password"
        password={next}
        confirmation={confirmation}
        onPassword={setNext}
        onConfirmation={setConfirmation}
        errors={byField.newPassword}
        mismatch={mismatch}
      />
      <div role="alert">
        {invalid || other.length > 0 ? (
          <div className="problem">
            <p className="problem-title">The password was not changed.</p>
            {invalid ? <p>Check the fields marked above.</p> : null}
            {other.map((message) => (
              <p key={message}>{message}</p>
            ))}
          </div>
        ) : null}
      </div>
      <p className="notice success status-note" role="status">
        {done}
      </p>
      <button type="submit" className="button primary" disabled={busy}>
        {busy ? 'Changing…' : 'Change password'}
      </button>
    </form>
  );
}
