import { apiClient, type ApiClient } from './client';
import { dataOf } from './result';
import { userFromAccessToken } from './tokenHolder';
import type { TokenResponse, User } from './types';

export type SessionState = 'signed-in' | 'signed-out' | 'expired';

export interface SessionOptions {
  fetch: (request: Request) => Promise<Response>;
  /** '' in the browser (the page's own origin); an absolute one where relative URLs do not resolve (tests). */
  baseUrl?: string;
  now?: () => number;
  /** Runs `callback` after `ms`; returns what cancels it. */
  schedule?: (callback: () => void, ms: number) => () => void;
  /** Runs a refresh under a lock shared with the app's other tabs, so they never present one cookie twice. */
  withLock?: <T>(work: () => Promise<T>) => Promise<T>;
  /** Whether the API's page-readable hint cookie says a session may exist; without it a fresh page skips /refresh. */
  sessionHint?: { exists(): boolean; clear(): void };
}

/** Seconds before expiry at which the access token is renewed: a minute, or half its life when that is shorter. */
export function refreshLeadSeconds(expiresIn: number): number {
  return Math.min(60, expiresIn / 2);
}

const cookieMode = { useCookies: true };

// A token this close to its expiry is renewed before use rather than sent to be refused.
const dueMarginMs = 5_000;

// After a refresh that failed for a passing reason (offline, 429, 5xx), the next try comes this much later.
const retryAfterFailureMs = 15_000;

/**
 * The signed-in session. The access token lives in this object's memory only (never in web storage); the
 * refresh token is an HttpOnly cookie the browser sends to /api/auth alone. The access token is renewed
 * shortly before it expires and once after a 401, and concurrent renewals share one request.
 */
export class Session {
  private accessToken: string | null = null;
  private expiresAt = 0;
  private cancelTimer: (() => void) | null = null;
  private pendingRefresh: Promise<boolean> | null = null;
  private readonly listeners = new Set<(state: SessionState) => void>();
  private readonly fetchImpl: (request: Request) => Promise<Response>;
  /** For login, refresh and logout, which go out without the bearer token and with the cookie. */
  private readonly auth: ApiClient;
  private readonly now: () => number;
  private readonly schedule: (callback: () => void, ms: number) => () => void;
  private readonly withLock: <T>(work: () => Promise<T>) => Promise<T>;
  private readonly sessionHint: { exists(): boolean; clear(): void };

  constructor(options: SessionOptions) {
    this.fetchImpl = options.fetch;
    this.auth = apiClient((request) => this.fetchImpl(request), { baseUrl: options.baseUrl, credentials: 'same-origin' });
    this.now = options.now ?? (() => Date.now());
    this.schedule =
      options.schedule ??
      ((callback, ms) => {
        const handle = setTimeout(callback, ms);
        return () => clearTimeout(handle);
      });
    this.withLock = options.withLock ?? ((work) => work());
    this.sessionHint = options.sessionHint ?? { exists: () => true, clear: () => {} };
  }

  get isSignedIn(): boolean {
    return this.accessToken !== null;
  }

  /** The account the current access token was issued to, when its claims say; null when signed out. */
  get holder(): User | null {
    return this.accessToken === null ? null : userFromAccessToken(this.accessToken);
  }

  /** Called with 'signed-in', 'signed-out' (sign-out) or 'expired' (the session could not be renewed). */
  subscribe(listener: (state: SessionState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  async signIn(email: string, password: string): Promise<void> {
    this.accept(dataOf(await this.auth.POST('/api/auth/login', { params: { query: cookieMode }, body: { email, password } })));
    this.notify('signed-in');
  }

  /** Renews the access token from the cookie; false when there is no session to renew. Concurrent calls share one request. */
  refresh(): Promise<boolean> {
    this.pendingRefresh ??= this.withLock(() => this.refreshOnce()).finally(() => {
      this.pendingRefresh = null;
    });
    return this.pendingRefresh;
  }

  /** Picks up the session the cookie still holds (after a reload); quiet when there is none. */
  async restore(): Promise<boolean> {
    if (!this.sessionHint.exists()) {
      return false;
    }
    const restored = await this.refresh();
    if (restored) {
      this.notify('signed-in');
    }
    return restored;
  }

  async signOut(): Promise<void> {
    this.forget();
    try {
      await this.auth.POST('/api/auth/logout', { params: { query: cookieMode }, body: {} });
    } finally {
      this.notify('signed-out');
    }
  }

  /** fetch with the bearer token: renewed first when due, and renewed and retried once after a 401. */
  async fetch(request: Request): Promise<Response> {
    if (this.accessToken !== null && this.now() >= this.expiresAt - dueMarginMs) {
      await this.refresh();
    }
    const sentWith = this.accessToken;
    // A copy goes first, so the request's body can still be sent again after a 401.
    const response = await this.send(request.clone(), sentWith);
    if (response.status !== 401 || sentWith === null) {
      return response;
    }
    // Another call may have renewed the token while this one was in flight: then use that, else renew.
    const renewed = this.accessToken !== null && this.accessToken !== sentWith ? true : await this.refresh();
    return renewed ? this.send(request, this.accessToken) : response;
  }

  private async refreshOnce(): Promise<boolean> {
    const answer = await this.auth.POST('/api/auth/refresh', { params: { query: cookieMode }, body: {} }).catch(() => null);
    if (answer === null) {
      this.retryLater();
      return false;
    }
    const { data, response } = answer;
    if (response.status === 400 || response.status === 401) {
      // The cookie is missing, expired or revoked: this session is over.
      const hadSession = this.accessToken !== null;
      this.forget();
      this.sessionHint.clear();
      if (hadSession) {
        this.notify('expired');
      }
      return false;
    }
    if (!response.ok || data === undefined) {
      this.retryLater();
      return false;
    }
    this.accept(data);
    return true;
  }

  private accept(tokens: TokenResponse): void {
    this.accessToken = tokens.accessToken;
    this.expiresAt = this.now() + tokens.expiresIn * 1000;
    this.scheduleRefresh(Math.max(0, (tokens.expiresIn - refreshLeadSeconds(tokens.expiresIn)) * 1000));
  }

  private retryLater(): void {
    if (this.accessToken !== null) {
      this.scheduleRefresh(retryAfterFailureMs);
    }
  }

  private scheduleRefresh(delayMs: number): void {
    this.cancelTimer?.();
    this.cancelTimer = this.schedule(() => {
      this.cancelTimer = null;
      void this.refresh();
    }, delayMs);
  }

  private forget(): void {
    this.accessToken = null;
    this.expiresAt = 0;
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  private notify(state: SessionState): void {
    for (const listener of this.listeners) {
      listener(state);
    }
  }

  private send(request: Request, token: string | null): Promise<Response> {
    if (token !== null) {
      request.headers.set('Authorization', `Bearer ${token}`);
    }
    return this.fetchImpl(request);
  }
}

const hintCookie = 'AnalisaAI-Session';

/** The API's hint cookie (no secret in it): set with the refresh cookie, cleared with it. */
export const browserSessionHint = {
  exists: () => document.cookie.split('; ').includes(`${hintCookie}=1`),
  clear: () => {
    document.cookie = `${hintCookie}=; Max-Age=0; Path=/; Secure; SameSite=Strict`;
  },
};

/** Serialises refreshes across the app's tabs where the browser has the Web Locks API. */
export async function browserLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? await locks.request('analisaai-token-refresh', work) : await work();
}
