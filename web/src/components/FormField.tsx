import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  id: string;
  ref?: Ref<HTMLInputElement>;
  label: string;
  /** Standing advice under the field (the password rules), read with it. */
  hint?: ReactNode;
  /** The API's (or the form's) messages for this field; they mark it invalid and are read with it. */
  errors?: string[];
};

/** A labelled input with its hint and its errors tied to it, so a screen reader says them on focus. */
export function FormField({ id, ref, label, hint, errors = [], ...input }: Props) {
  const describedBy = [hint ? `${id}-hint` : null, errors.length > 0 ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="form-field">
      <label htmlFor={id}>{label}</label>
      <input id={id} ref={ref} aria-invalid={errors.length > 0 ? true : undefined} aria-describedby={describedBy || undefined} {...input} />
      {hint ? (
        <p id={`${id}-hint`} className="field-hint">
          {hint}
        </p>
      ) : null}
      {errors.length > 0 ? (
        <p id={`${id}-error`} className="field-error">
          {errors.join(' ')}
        </p>
      ) : null}
    </div>
  );
}
