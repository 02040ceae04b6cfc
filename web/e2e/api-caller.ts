import type { APIRequestContext } from '@playwright/test';
import { expect } from './fixtures';

/**
 * The API asked with a bearer token; every answer must be a success, so a test that sets data up through it
 * fails where the setup failed. The callers differ only in how they get the token.
 */
export function apiCaller(request: APIRequestContext, authorization: string) {
  expect(authorization).toMatch(/^Bearer /);
  const headers = { authorization };
  const call = async <T>(method: 'get' | 'post', path: string, data?: unknown): Promise<T> => {
    const answer = await request[method](path, { headers, data });
    expect(answer.ok(), `${method} ${path}: ${answer.status()}`).toBe(true);
    return (await answer.json()) as T;
  };
  return {
    headers,
    get: <T>(path: string) => call<T>('get', path),
    post: <T>(path: string, data?: unknown) => call<T>('post', path, data),
    delete: async (path: string) => expect((await request.delete(path, { headers })).status(), `delete ${path}`).toBe(204),
  };
}

export type ApiCaller = ReturnType<typeof apiCaller>;
