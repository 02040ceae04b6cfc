import { useCallback, useEffect, useRef, useState } from 'react';
import { ProblemError } from './api/problem';

export interface Loaded<T> {
  data: T | null;
  error: ProblemError | null;
  loading: boolean;
  /** Loads again; `quiet` keeps `loading` false (a background refresh the screen should not show as busy). */
  reload(options?: { quiet?: boolean }): Promise<void>;
}

/** Loads data for a screen, keeping the last good data while it reloads and dropping answers to stale requests. */
export function useLoad<T>(load: () => Promise<T>, deps: unknown[]): Loaded<T> {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ProblemError | null>(null);
  const [loading, setLoading] = useState(true);
  const latest = useRef(0);

  const run = useCallback(load, deps);

  const reload = useCallback(async ({ quiet = false }: { quiet?: boolean } = {}) => {
    const request = ++latest.current;
    if (!quiet) {
      setLoading(true);
    }
    try {
      const result = await run();
      if (request === latest.current) {
        setData(result);
        setError(null);
      }
    } catch (caught) {
      if (request === latest.current) {
        setError(caught instanceof ProblemError ? caught : new ProblemError({ status: 0, title: String(caught) }));
      }
    } finally {
      if (request === latest.current) {
        setLoading(false);
      }
    }
  }, [run]);

  useEffect(() => {
    void reload();
  }, [reload]);

  return { data, error, loading, reload };
}
