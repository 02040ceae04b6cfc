import { beforeEach, describe, expect, expectTypeOf, it } from 'vitest';
import type { AccountApi } from './account';
import { Api } from './client';
import { ProblemError } from './problem';
import type { components } from './schema';
import { Session } from './session';

// The dashboard's calls as they go over the wire through openapi-fetch and the session: what each request
// carries, and what each kind of answer becomes.

const origin = 'http://localhost';

interface Sent {
  url: string;
  method: string;
  accept: string | null;
  authorization: string | null;
  contentType: string | null;
  body: string | null;
}

/** Answers login with numbered tokens; every other call gets the next queued answer, or `{}`. */
class Wire {
  sent: Sent[] = [];
  answers: (Response | Error)[] = [];
  issued = 0;

  fetch = async (request: Request): Promise<Response> => {
    const { pathname, search } = new URL(request.url);
    if (/^\/api\/auth\/(login|refresh|logout)$/.test(pathname)) {
      this.issued += 1;
      return Response.json({ accessToken: `access-${this.issued}`, tokenType: 'Bearer', expiresIn: 900, refreshTokenExpiresAt: '2026-12-27T00:00:00Z' });
    }
    this.sent.push({
      url: pathname + search,
      method: request.method,
      accept: request.headers.get('Accept'),
      authorization: request.headers.get('Authorization'),
      contentType: request.headers.get('Content-Type'),
      body: request.body === null ? null : await request.text(),
    });
    const answer = this.answers.shift() ?? Response.json({});
    if (answer instanceof Error) {
      throw answer;
    }
    return answer;
  };
}

const problem = (status: number, body: object, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

async function failure(call: Promise<unknown>): Promise<ProblemError> {
  const error: unknown = await call.then(
    () => null,
    (caught: unknown) => caught,
  );
  if (!(error instanceof ProblemError)) {
    throw new Error(`expected a ProblemError, got ${String(error)}`);
  }
  return error;
}

describe('Api', () => {
  let wire: Wire;
  let api: Api;

  beforeEach(async () => {
    wire = new Wire();
    const session = new Session({ fetch: wire.fetch, baseUrl: origin, schedule: () => () => {} });
    await session.signIn('a@b.c', 'pw');
    api = new Api(session, { baseUrl: origin });
  });

  it('asks for JSON with the bearer token, the path parameters encoded and the filters not set left out', async () => {
    wire.answers.push(Response.json({ items: [], page: 2, pageSize: 20, totalCount: 0 }));
    const page = await api.influencers({ platform: 'tiktok', search: 'chef bia', minFollowers: 1000, noFlags: true, category: undefined, page: 2, pageSize: 20 });
    await api.posts('a/b');

    expect(page.page).toBe(2);
    expect(wire.sent[0]).toMatchObject({ method: 'GET', accept: 'application/json', authorization: 'Bearer access-1', body: null });
    expect(wire.sent[0]!.url).toBe('/api/influencers?platform=tiktok&search=chef%20bia&minFollowers=1000&noFlags=true&page=2&pageSize=20');
    expect(wire.sent[1]!.url).toBe('/api/influencers/a%2Fb/posts?page=1&pageSize=20');
  });

  it('sends bodies as JSON, and a call without one without a content type', async () => {
    await api.addToList('list-1', ['i-1', 'i-2']);
    await api.recalculate('i-1');

    expect(wire.sent[0]).toMatchObject({ method: 'POST', url: '/api/lists/list-1/items', contentType: 'application/json', body: '{"influencerIds":["i-1","i-2"]}' });
    expect(wire.sent[1]).toMatchObject({ method: 'POST', url: '/api/influencers/i-1/metrics/recalculate', contentType: null, body: null });
  });

  it('renews the token after a 401 and sends the same body again', async () => {
    wire.answers.push(problem(401, { status: 401, title: 'Unauthorized' }), Response.json({ id: 'l-1', name: 'Picks', itemCount: 0 }, { status: 201 }));

    const created = await api.createList('Picks');

    expect(created.name).toBe('Picks');
    expect(wire.sent.map((sent) => [sent.authorization, sent.body])).toEqual([
      ['Bearer access-1', '{"name":"Picks"}'],
      ['Bearer access-2', '{"name":"Picks"}'],
    ]);
  });

  it('downloads CSV as a blob, every row (no paging)', async () => {
    wire.answers.push(new Response('handle\nchef.bia\n', { headers: { 'Content-Type': 'text/csv' } }));

    const csv = await api.influencersCsv({ platform: 'instagram', sort: '-followers', page: 3, pageSize: 20 });

    expect(await csv.text()).toBe('handle\nchef.bia\n');
    expect(wire.sent[0]).toMatchObject({ url: '/api/influencers?platform=instagram&sort=-followers', accept: 'text/csv' });
  });

  it('resolves a 204 with nothing', async () => {
    wire.answers.push(new Response(null, { status: 204 }));

    await expect(api.deleteList('l-1')).resolves.toBeUndefined();
    expect(wire.sent[0]).toMatchObject({ method: 'DELETE', url: '/api/lists/l-1' });
  });

  it('turns a problem answer into a ProblemError with its fields, status and Retry-After', async () => {
    wire.answers.push(
      problem(400, { status: 400, title: 'One or more validation errors occurred.', traceId: 't-1', errors: { minRelevance: ['Must be at most 100.'] } }),
      problem(503, { status: 503, title: 'Service unavailable', detail: 'Try again in a moment.' }, { 'Retry-After': '7' }),
    );

    const invalid = await failure(api.influencers({ minRelevance: 150 }));
    const busy = await failure(api.lists());

    expect(invalid.problem).toMatchObject({ status: 400, traceId: 't-1', errors: { minRelevance: ['Must be at most 100.'] } });
    expect(busy.status).toBe(503);
    expect(busy.message).toBe('Try again in a moment.');
    expect(busy.retryAfterSeconds).toBe(7);
  });

  it('keeps to the status line when the error body is not JSON', async () => {
    wire.answers.push(new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway', headers: { 'Content-Type': 'text/html' } }));

    const error = await failure(api.me());

    expect(error.problem).toEqual({ status: 502, title: 'Bad Gateway' });
  });

  it('says the server could not be reached when the request cannot be sent', async () => {
    wire.answers.push(new TypeError('Failed to fetch'));

    const error = await failure(api.influencer('i-1'));

    expect(error.status).toBe(0);
    expect(error.message).toBe('The server could not be reached. Check your connection and try again.');
  });
});

// Checked by tsc (npm run build), not at run time: every call's answer is the document's type, never `any`.
type IsAny<T> = 0 extends 1 & T ? true : false;
type AnswersAny<T> = { [K in keyof T]: T[K] extends (...args: never[]) => Promise<infer R> ? IsAny<R> : false }[keyof T];

describe('the calls\' types', () => {
  it('come from the document', () => {
    expectTypeOf<AnswersAny<Api>>().toEqualTypeOf<false>();
    expectTypeOf<AnswersAny<AccountApi>>().toEqualTypeOf<false>();
    expectTypeOf<Awaited<ReturnType<Api['categories']>>>().toEqualTypeOf<components['schemas']['Influencers.ListCategories.ListCategoriesResponse']>();
    expectTypeOf<Awaited<ReturnType<AccountApi['sessions']>>>().toEqualTypeOf<components['schemas']['Auth.ListSessions.ListSessionsResponse']>();
    expectTypeOf<Parameters<Api['influencers']>[0]['platform']>().toEqualTypeOf<components['schemas']['Influencers.Platform'] | undefined>();
  });
});
