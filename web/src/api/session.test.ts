import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { refreshLeadSeconds, Session, type SessionState } from './session';

/** The page's origin in these tests, where a relative URL does not resolve; /api/data stands for any API call. */
const origin = 'http://localhost';
const data = () => new Request(`${origin}/api/data`);

interface Call {
  url: string;
  method: string;
  authorization: string | null;
  contentType: string | null;
  body: string | null;
  credentials: RequestCredentials | undefined;
}

/**
 * A stand-in for the API: it issues numbered access tokens, accepts only the newest one on /api/data, and
 * counts the calls, so each test can say what went over the wire.
 */
class FakeApi {
  calls: Call[] = [];
  issued = 0;
  refreshStatus = 200;
  expiresIn = 900;
  /** Resolves pending refreshes only when released, to hold several callers on one refresh. */
  holdRefresh: Promise<void> | null = null;

  get current(): string {
    return `access-${this.issued}`;
  }

  callsTo(path: string): Call[] {
    return this.calls.filter((call) => call.url.startsWith(path));
  }

  fetch = async (request: Request): Promise<Response> => {
    const url = request.url.slice(origin.length);
    this.calls.push({
      url,
      method: request.method,
      authorization: request.headers.get('Authorization'),
      contentType: request.headers.get('Content-Type'),
      body: request.body === null ? null : await request.text(),
      credentials: request.credentials,
    });
    if (url.startsWith('/api/auth/login')) {
      return this.tokens();
    }
    if (url.startsWith('/api/auth/refresh')) {
      await this.holdRefresh;
      return this.refreshStatus === 200 ? this.tokens() : problem(this.refreshStatus);
    }
    if (url.startsWith('/api/auth/logout')) {
      return new Response(null, { status: 204 });
    }
    return request.headers.get('Authorization') === `Bearer ${this.current}` ? Response.json({ ok: true }) : problem(401);
  };

  private tokens(): Response {
    this.issued += 1;
    return Response.json({
      accessToken: this.current,
      tokenType: 'Bearer',
      expiresIn: this.expiresIn,
      refreshTokenExpiresAt: '2026-12-27T00:00:00Z',
    });
  }
}

function problem(status: number): Response {
  return new Response(JSON.stringify({ status, title: 'Unauthorized', traceId: 't' }), {
    status,
    headers: { 'Content-Type': 'application/problem+json' },
  });
}

describe('Session', () => {
  let api: FakeApi;
  let session: Session;
  let states: SessionState[];

  beforeEach(() => {
    vi.useFakeTimers();
    api = new FakeApi();
    session = new Session({ fetch: api.fetch, baseUrl: origin });
    states = [];
    session.subscribe((state) => states.push(state));
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('sends refresh and logout as application/json, which the API requires in cookie mode (no cross-origin call without a preflight)', async () => {
    await session.signIn('admin@analisaai.demo', 'secret password');
    await session.refresh();
    await session.signOut();

    const refresh = api.callsTo('/api/auth/refresh')[0]!;
    const logout = api.callsTo('/api/auth/logout')[0]!;
    expect(refresh.url).toBe('/api/auth/refresh?useCookies=true');
    expect(refresh.contentType).toBe('application/json');
    expect(refresh.body).toBe('{}');
    expect(logout.url).toBe('/api/auth/logout?useCookies=true');
    expect(logout.contentType).toBe('application/json');
  });

  it('signs in in cookie mode and sends the access token as a bearer header', async () => {
    await session.signIn('admin@analisaai.demo', 'secret password');

    const login = api.callsTo('/api/auth/login')[0]!;
    expect(login.url).toBe('/api/auth/login?useCookies=true');
    expect(login.credentials).toBe('same-origin');
    expect(states).toEqual(['signed-in']);

    const response = await session.fetch(data());
    expect(response.status).toBe(200);
    expect(api.callsTo('/api/data')[0]!.authorization).toBe('Bearer access-1');
  });

  it('refreshes a minute before the access token expires', async () => {
    await session.signIn('a@b.c', 'pw');

    await vi.advanceTimersByTimeAsync((900 - 61) * 1000);
    expect(api.callsTo('/api/auth/refresh')).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(2_000);
    const refresh = api.callsTo('/api/auth/refresh');
    expect(refresh).toHaveLength(1);
    expect(refresh[0]!.url).toBe('/api/auth/refresh?useCookies=true');
    expect(refresh[0]!.body).toBe('{}');

    await session.fetch(data());
    expect(api.callsTo('/api/data')[0]!.authorization).toBe('Bearer access-2');
  });

  it('refreshes short-lived tokens at half their life', async () => {
    expect(refreshLeadSeconds(900)).toBe(60);
    expect(refreshLeadSeconds(60)).toBe(30);
    api.expiresIn = 60;
    await session.signIn('a@b.c', 'pw');

    await vi.advanceTimersByTimeAsync(29_000);
    expect(api.callsTo('/api/auth/refresh')).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(api.callsTo('/api/auth/refresh')).toHaveLength(1);
  });

  it('renews a token that is already due before sending it', async () => {
    const now = { value: 0 };
    session = new Session({ fetch: api.fetch, baseUrl: origin, now: () => now.value, schedule: () => () => {} });
    await session.signIn('a@b.c', 'pw');
    now.value = 900_000;

    await session.fetch(data());

    expect(api.callsTo('/api/auth/refresh')).toHaveLength(1);
    expect(api.callsTo('/api/data').map((call) => call.authorization)).toEqual(['Bearer access-2']);
  });

  it('refreshes once on a 401 and retries the request with the new token', async () => {
    await session.signIn('a@b.c', 'pw');
    api.issued += 1; // the server no longer takes access-1, as after an expiry

    const response = await session.fetch(data());

    expect(response.status).toBe(200);
    expect(api.callsTo('/api/auth/refresh')).toHaveLength(1);
    expect(api.callsTo('/api/data').map((call) => call.authorization)).toEqual(['Bearer access-1', 'Bearer access-3']);
  });

  it('coalesces the refreshes of concurrent 401s into one request', async () => {
    await session.signIn('a@b.c', 'pw');
    api.issued += 1;
    let release!: () => void;
    api.holdRefresh = new Promise((resolve) => (release = resolve));

    const responses = Promise.all([session.fetch(data()), session.fetch(data()), session.fetch(data())]);
    await vi.advanceTimersByTimeAsync(0);
    release();

    expect((await responses).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(api.callsTo('/api/auth/refresh')).toHaveLength(1);
  });

  it('gives up after one retry instead of looping on 401', async () => {
    await session.signIn('a@b.c', 'pw');
    const forbiddenEverywhere = async (request: Request) => (request.url.startsWith(`${origin}/api/auth`) ? api.fetch(request) : problem(401));
    session = new Session({ fetch: forbiddenEverywhere, baseUrl: origin });
    await session.signIn('a@b.c', 'pw');

    const response = await session.fetch(data());

    expect(response.status).toBe(401);
    expect(api.callsTo('/api/auth/refresh')).toHaveLength(1);
  });

  it('ends the session when the refresh token is refused', async () => {
    await session.signIn('a@b.c', 'pw');
    api.issued += 1;
    api.refreshStatus = 401;

    const response = await session.fetch(data());

    expect(response.status).toBe(401);
    expect(session.isSignedIn).toBe(false);
    expect(states).toEqual(['signed-in', 'expired']);
  });

  it('keeps the session through a passing refresh failure and tries again later', async () => {
    await session.signIn('a@b.c', 'pw');
    api.refreshStatus = 503;

    expect(await session.refresh()).toBe(false);
    expect(session.isSignedIn).toBe(true);

    api.refreshStatus = 200;
    await vi.advanceTimersByTimeAsync(15_000);
    expect(api.callsTo('/api/auth/refresh')).toHaveLength(2);
    await session.fetch(data());
    expect(api.callsTo('/api/data')[0]!.authorization).toBe('Bearer access-2');
  });

  it('restores a session from the cookie after a reload, and is quiet without one', async () => {
    expect(await session.restore()).toBe(true);
    expect(states).toEqual(['signed-in']);

    const fresh = new Session({ fetch: api.fetch, baseUrl: origin });
    const freshStates: SessionState[] = [];
    fresh.subscribe((state) => freshStates.push(state));
    api.refreshStatus = 401;
    expect(await fresh.restore()).toBe(false);
    expect(freshStates).toEqual([]);
  });

  it('skips the refresh on a fresh page without the session hint, and clears the hint when the session is over', async () => {
    let hint = false;
    let cleared = 0;
    const hinted = new Session({ fetch: api.fetch, baseUrl: origin, sessionHint: { exists: () => hint, clear: () => (cleared += 1) } });

    expect(await hinted.restore()).toBe(false);
    expect(api.callsTo('/api/auth/refresh')).toHaveLength(0);

    hint = true;
    api.refreshStatus = 401;
    expect(await hinted.restore()).toBe(false);
    expect(api.callsTo('/api/auth/refresh')).toHaveLength(1);
    expect(cleared).toBe(1);
  });

  it('signs out through logout in cookie mode and forgets the token', async () => {
    await session.signIn('a@b.c', 'pw');

    await session.signOut();

    const logout = api.callsTo('/api/auth/logout');
    expect(logout).toHaveLength(1);
    expect(logout[0]!.url).toBe('/api/auth/logout?useCookies=true');
    expect(session.isSignedIn).toBe(false);
    expect(states).toEqual(['signed-in', 'signed-out']);
    await session.fetch(data());
    expect(api.callsTo('/api/data')[0]!.authorization).toBeNull();
    await vi.advanceTimersByTimeAsync(3_600_000);
    expect(api.callsTo('/api/auth/refresh')).toHaveLength(0);
  });

  it('never touches web storage', async () => {
    const storage = { getItem: vi.fn(), setItem: vi.fn(), removeItem: vi.fn(), clear: vi.fn(), key: vi.fn(), length: 0 };
    vi.stubGlobal('localStorage', storage);
    vi.stubGlobal('sessionStorage', storage);

    await session.signIn('a@b.c', 'pw');
    await session.refresh();
    await session.fetch(data());
    await session.signOut();

    for (const method of [storage.getItem, storage.setItem, storage.removeItem, storage.clear, storage.key]) {
      expect(method).not.toHaveBeenCalled();
    }
  });

  it('runs refreshes under the cross-tab lock', async () => {
    let locked = 0;
    const withLock = <T,>(work: () => Promise<T>) => {
      locked += 1;
      return work();
    };
    session = new Session({ fetch: api.fetch, baseUrl: origin, withLock });
    await session.signIn('a@b.c', 'pw');

    await session.refresh();

    expect(locked).toBe(1);
    expect(api.callsTo('/api/auth/refresh')).toHaveLength(1);
  });
});
