import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { AccountApi } from './api/account';
import { Api, type User } from './api/client';
import { browserLock, browserSessionHint, Session } from './api/session';

type Status = 'loading' | 'signed-in' | 'signed-out';

interface Auth {
  api: Api;
  account: AccountApi;
  user: User | null;
  status: Status;
  /** Why the last session ended on its own, shown on the sign-in screen. */
  notice: string | null;
  signIn(email: string, password: string): Promise<void>;
  /** Signs out here; `notice` is then shown on the sign-in screen (after "Sign out everywhere", say). */
  signOut(notice?: string): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const session = useMemo(() => new Session({ fetch: (request) => fetch(request), withLock: browserLock, sessionHint: browserSessionHint }), []);
  const api = useMemo(() => new Api(session), [session]);
  const account = useMemo(() => new AccountApi(api), [api]);
  const [user, setUser] = useState<User | null>(null);
  const [status, setStatus] = useState<Status>('loading');
  const [notice, setNotice] = useState<string | null>(null);

  useEffect(() => {
    const unsubscribe = session.subscribe((state) => {
      if (state === 'signed-in') {
        return;
      }
      setUser(null);
      setStatus('signed-out');
      setNotice(state === 'expired' ? 'Your session has ended. Sign in again to continue.' : null);
    });
    let cancelled = false;
    // A reload loses the in-memory token; the HttpOnly cookie, if any, still holds the session. The new token
    // names its holder, so the pages start their own calls without waiting for /me.
    session
      .restore()
      .then(async (restored) => {
        const me = restored ? (session.holder ?? (await api.me())) : null;
        if (!cancelled) {
          setUser(me);
          setStatus(me ? 'signed-in' : 'signed-out');
        }
      })
      .catch(() => {
        if (!cancelled) {
          setStatus('signed-out');
        }
      });
    return () => {
      cancelled = true;
      unsubscribe();
    };
  }, [session, api]);

  const signIn = useCallback(
    async (email: string, password: string) => {
      await session.signIn(email, password);
      const me = session.holder ?? (await api.me());
      setNotice(null);
      setUser(me);
      setStatus('signed-in');
    },
    [session, api],
  );

  const signOut = useCallback(
    async (afterwards?: string) => {
      try {
        await session.signOut();
      } finally {
        // After the session's own 'signed-out' cleared the notice.
        setNotice(afterwards ?? null);
      }
    },
    [session],
  );

  const value = useMemo(
    () => ({ api, account, user, status, notice, signIn, signOut }),
    [api, account, user, status, notice, signIn, signOut],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): Auth {
  const auth = useContext(AuthContext);
  if (!auth) {
    throw new Error('useAuth must be used inside AuthProvider');
  }
  return auth;
}
