// The account calls (docs/api.md, "Account and sessions" and "Invitations"): the signed-in user's password and
// sessions, the admin's accounts and invitations, and registration.
import type { Api, Page, User } from './client';

/** A signed-in session (a refresh-token family) of the caller (GET /api/auth/sessions). */
export interface AccountSession {
  id: string;
  /** The session of the access token that asked. */
  current: boolean;
  /** That of its last sign-in or refresh, at most 200 characters; null when unknown. */
  userAgent: string | null;
  address: string | null;
  createdAt: string;
  lastUsedAt: string;
  expiresAt: string;
}

/** An account as an admin sees it (GET /api/users). */
export interface AdminUser {
  id: string;
  email: string;
  displayName: string;
  role: 'admin' | 'analyst' | string;
  disabled: boolean;
  createdAt: string;
  lastSignInAt: string | null;
}

export interface UsersQuery {
  search?: string;
  page?: number;
  pageSize?: number;
}

export type Role = 'analyst' | 'admin';
export const roles: Role[] = ['analyst', 'admin'];

/** POST /api/invitations answers with the token, once; the list never shows it again. */
export interface CreatedInvitation {
  id: string;
  email: string;
  role: Role | string;
  token: string;
  expiresAt: string;
}

/** An invitation in the admin's list (GET /api/invitations). */
export interface Invitation {
  id: string;
  email: string;
  role: Role | string;
  createdAt: string;
  expiresAt: string;
  /** When it was used to create an account; null while unused. */
  usedAt: string | null;
  /** The admin who made it. */
  createdBy: string | null;
}

export interface Registration {
  displayName: string;
  /** Optional with an invitation: the account takes the invitation's email. */
  email?: string;
  password: string;
  invitationToken?: string;
}

const json = (method: string, body?: unknown): RequestInit => ({ method, body: body === undefined ? undefined : JSON.stringify(body) });
const id = (value: string) => encodeURIComponent(value);

/** The account calls, made through the dashboard's Api (its token, its renewal, its problem errors). */
export class AccountApi {
  constructor(private readonly api: Pick<Api, 'request'>) {}

  /** Anonymous: creates the account; the caller then signs in with it. */
  register(registration: Registration): Promise<User> {
    const body = Object.fromEntries(Object.entries(registration).filter(([, value]) => value !== undefined && value !== ''));
    return this.api.request('/api/auth/register', json('POST', body));
  }

  /** 204; every other session of the account ends. */
  changePassword(currentPassword: string, newPassword: string): Promise<void> {
    return this.api.request('/api/auth/change-password', json('POST', { currentPassword, newPassword }));
  }

  sessions(): Promise<{ items: AccountSession[] }> {
    return this.api.request('/api/auth/sessions', json('GET'));
  }

  endSession(sessionId: string): Promise<void> {
    return this.api.request(`/api/auth/sessions/${id(sessionId)}`, json('DELETE'));
  }

  /** Ends every other session; with `includeCurrent` this one too, after which the app must sign in again. */
  endSessions(includeCurrent = false): Promise<void> {
    return this.api.request(`/api/auth/sessions${includeCurrent ? '?includeCurrent=true' : ''}`, json('DELETE'));
  }

  users(query: UsersQuery): Promise<Page<AdminUser>> {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== '') {
        params.set(key, String(value));
      }
    }
    return this.api.request(`/api/users?${params}`, json('GET'));
  }

  disableUser(userId: string): Promise<AdminUser> {
    return this.api.request(`/api/users/${id(userId)}/disable`, json('POST'));
  }

  enableUser(userId: string): Promise<AdminUser> {
    return this.api.request(`/api/users/${id(userId)}/enable`, json('POST'));
  }

  endUserSessions(userId: string): Promise<void> {
    return this.api.request(`/api/users/${id(userId)}/sessions`, json('DELETE'));
  }

  invite(email: string, role: Role): Promise<CreatedInvitation> {
    return this.api.request('/api/invitations', json('POST', { email, role }));
  }

  invitations(): Promise<{ items: Invitation[] }> {
    return this.api.request('/api/invitations', json('GET'));
  }

  revokeInvitation(invitationId: string): Promise<void> {
    return this.api.request(`/api/invitations/${id(invitationId)}`, json('DELETE'));
  }
}
