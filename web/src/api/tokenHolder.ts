import { isOneOf, roles, type User } from './types';

/**
 * Who the access token was issued to, read from its claims (sub, email, name, role): the same account that
 * GET /api/auth/me describes, as of the sign-in or refresh that just issued it. The dashboard shows it at once
 * instead of waiting for /me; the API still checks the token on every call. Null when the token does not say.
 */
export function userFromAccessToken(token: string): User | null {
  const payload = token.split('.')[1];
  if (!payload) {
    return null;
  }
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')), (c) => c.charCodeAt(0));
    const claims: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (typeof claims !== 'object' || claims === null || !('sub' in claims && 'email' in claims && 'name' in claims && 'role' in claims)) {
      return null;
    }
    const { sub, email, name, role } = claims;
    return typeof sub === 'string' && typeof email === 'string' && typeof name === 'string' && typeof role === 'string' && isOneOf(roles, role)
      ? { id: sub, email, displayName: name, role }
      : null;
  } catch {
    return null;
  }
}
