import { ProblemError } from './problem';
import { userFromAccessToken } from './tokenHolder';
import type { User } from './types';

/** What /api/auth/login and /refresh answer in cookie mode: the refresh token is in an HttpOnly cookie. */
export interface TokenResponse {
  accessToken: string;
  tokenType: string;
  expiresIn: number;
  refreshTokenExpiresAt: string;
}

export type SessionState = 'signed-in' | 'signed-out' | 'expired';

export interface SessionOptions {
  fetch: typeof fetch;
  now?: () => number;
  setTimer?: (callback: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
  /** Runs a refresh under a lock shared with the app's other tabs, so they never present one cookie twice. */
  withLock?: <T>(work: () => Promise<T>) => Promise<T>;
  /** Whether the API's page-readable hint cookie says a session may exist; without it a fresh page skips /refresh. */
  sessionHint?: { exists(): boolean; clear(): void };
}

/** Seconds before expiry at which the access token is renewed: a minute, or half its life when that is shorter. */
export function refreshLeadSeconds(expiresIn: number): number {
  return Math.min(60, expiresIn / 2);
}

const cookieMode = '?useCookies=true';

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
  private timer: unknown = null;
  private pendingRefresh: Promise<boolean> | null = null;
  private readonly listeners = new Set<(state: SessionState) => void>();
  private readonly fetchImpl: typeof fetch;
  private readonly now: () => number;
  private readonly setTimer: (callback: () => void, ms: number) => unknown;
  private readonly clearTimer: (handle: unknown) => void;
  private readonly withLock: <T>(work: () => Promise<T>) => Promise<T>;
  private readonly sessionHint: { exists(): boolean; clear(): void };

  constructor(options: SessionOptions) {
    this.fetchImpl = options.fetch;
    this.now = options.now ?? (() => Date.now());
    this.setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
    this.clearTimer = options.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>));
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
    const response = await this.post(`/api/auth/login${cookieMode}`, { email, password });
    if (!response.ok) {
      throw await ProblemError.from(response);
    }
    this.accept((await response.json()) as TokenResponse);
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
      await this.post(`/api/auth/logout${cookieMode}`, {});
    } finally {
      this.notify('signed-out');
    }
  }

  /** fetch with the bearer token: renewed first when due, and renewed and retried once after a 401. */
  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    if (this.accessToken !== null && this.now() >= this.expiresAt - dueMarginMs) {
      await this.refresh();
    }
    const sentWith = this.accessToken;
    const response = await this.send(path, init, sentWith);
    if (response.status !== 401 || sentWith === null) {
      return response;
    }
    // Another call may have renewed the token while this one was in flight: then use that, else renew.
    const renewed = this.accessToken !== null && this.accessToken !== sentWith ? true : await this.refresh();
    return renewed ? this.send(path, init, this.accessToken) : response;
  }

  private async refreshOnce(): Promise<boolean> {
    let response: Response;
    try {
      response = await this.post(`/api/auth/refresh${cookieMode}`, {});
    } catch {
      this.retryLater();
      return false;
    }
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
    if (!response.ok) {
      this.retryLater();
      return false;
    }
    this.accept((await response.json()) as TokenResponse);
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
    if (this.timer !== null) {
      this.clearTimer(this.timer);
    }
    this.timer = this.setTimer(() => {
      this.timer = null;
      void this.refresh();
    }, delayMs);
  }

  private forget(): void {
    this.accessToken = null;
    this.expiresAt = 0;
    if (this.timer !== null) {
      this.clearTimer(this.timer);
      this.timer = null;
    }
  }

  private notify(state: SessionState): void {
    for (const listener of this.listeners) {
      listener(state);
    }
  }

  private send(path: string, init: RequestInit, token: string | null): Promise<Response> {
    const headers = new Headers(init.headers);
    if (token !== null) {
      headers.set('Authorization', `Bearer ${token}`);
    }
    return this.fetchImpl(path, { ...init, headers });
  }

  private post(path: string, body: unknown): Promise<Response> {
    return this.fetchImpl(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    });
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
export function browserLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
  return locks ? (locks.request('analisaai-token-refresh', work) as Promise<T>) : work();
}
