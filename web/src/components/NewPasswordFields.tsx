import { FormField } from './FormField';

/** The rules the API applies to a new password, said beside the field before anyone is refused. */
export const passwordRules =
  '12 to 128 characters. Any characters; no required mix. Not a common password (nor one with digits or symbols added, in leetspeak or said twice), and not your email’s name part.';

type Props = {
  /** Prefix of the two inputs' ids, unique on the page. */
  id: string;
  /** "New password" or "Password". */
  label: string;
  password: string;
  confirmation: string;
  onPassword: (value: string) => void;
  onConfirmation: (value: string) => void;
  /** The API's messages for the password field. */
  errors?: string[];
  /** The form's own message when the two differ. */
  mismatch: string | null;
};

/** A new password and its confirmation, as registration and change-password both ask for them. */
export function NewPasswordFields({ id, label, password, confirmation, onPassword, onConfirmation, errors, mismatch }: Props) {
  return (
    <>
      <FormField
        id={id}
        label={label}
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        maxLength={128}
        value={password}
        onChange={(e) => onPassword(e.target.value)}
        hint={passwordRules}
        errors={errors}
      />
      <FormField
        id={`${id}-confirm`}
        label={`Confirm ${label.toLowerCase()}`}
        type="password"
        autoComplete="new-password"
        required
        value={confirmation}
        onChange={(e) => onConfirmation(e.target.value)}
        errors={mismatch ? [mismatch] : undefined}
      />
    </>
  );
}
