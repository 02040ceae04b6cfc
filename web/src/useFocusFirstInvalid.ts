import { useEffect, useState, type RefObject } from 'react';

/**
 * Returns a function that, once the form has re-rendered with its errors, moves the focus to the first field
 * marked invalid, so its message is read with it. (A plain timeout can run before React commits the errors.)
 */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>): () => void {
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt > 0) {
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
    }
  }, [attempt, form]);
  return () => setAttempt((n) => n + 1);
}
