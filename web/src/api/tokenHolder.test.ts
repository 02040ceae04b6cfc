import { describe, expect, it } from 'vitest';
import { Session } from './session';
import { userFromAccessToken } from './tokenHolder';

const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const token = (claims: object) => `${part({ alg: 'HS256', typ: 'at+jwt' })}.${part(claims)}.signature`;

describe('userFromAccessToken', () => {
  it('reads the account from the claims the API puts in its tokens', () => {
    const claims = { sub: '0197a3b2-0000-7000-8000-000000000001', sid: 'x', email: 'ana@example.com', name: 'Ana', role: 'analyst', exp: 1 };

    expect(userFromAccessToken(token(claims))).toEqual({ id: claims.sub, email: 'ana@example.com', displayName: 'Ana', role: 'analyst' });
  });

  it('decodes names outside ASCII, which base64url carries as UTF-8', () => {
    const user = userFromAccessToken(token({ sub: 'id', email: 'j@example.com', name: 'João Ñúñez 🎯', role: 'admin' }));

    expect(user?.displayName).toBe('João Ñúñez 🎯');
  });

  it('says nothing for a token that is not a JWT or lacks a claim', () => {
    expect(userFromAccessToken('opaque-token')).toBeNull();
    expect(userFromAccessToken('a.!!!.c')).toBeNull();
    expect(userFromAccessToken(`x.${Buffer.from('[1]').toString('base64url')}.y`)).toBeNull();
    expect(userFromAccessToken(token({ sub: 'id', email: 'a@example.com', name: 'A' }))).toBeNull();
  });
});

describe('Session.holder', () => {
  it('names the holder of the current access token, and nobody once signed out', async () => {
    const claims = { sub: 'user-1', email: 'ana@example.com', name: 'Ana', role: 'analyst' };
    const session = new Session({
      baseUrl: 'http://localhost',
      fetch: async (request) =>
        new URL(request.url).pathname === '/api/auth/login'
          ? Response.json({ accessToken: token(claims), tokenType: 'Bearer', expiresIn: 900, refreshTokenExpiresAt: '2026-12-27T00:00:00Z' })
          : new Response(null, { status: 204 }),
      schedule: () => () => {},
    });
    expect(session.holder).toBeNull();

    await session.signIn('ana@example.com', 'secret password');
    expect(session.holder).toEqual({ id: 'user-1', email: 'ana@example.com', displayName: 'Ana', role: 'analyst' });

    await session.signOut();
    expect(session.holder).toBeNull();
  });
});
