// The account calls (docs/api.md, "Account and sessions" and "Invitations"): the signed-in user's password and
// sessions, the admin's accounts and invitations, and registration.
import type { Api } from './client';
import { dataOf, done } from './result';
import type { AdminUser, CreatedInvitation, Registration, Role, User, UsersPage, UsersQuery } from './types';

export { roles, type AccountSession, type AdminUser, type CreatedInvitation, type Invitation, type Registration, type Role, type UsersQuery } from './types';

/** The account calls, made through the dashboard's Api (its token, its renewal, its problem errors). */
export class AccountApi {
  private readonly client: Api['client'];

  constructor(api: Pick<Api, 'client'>) {
    this.client = api.client;
  }

  /** Anonymous: creates the account; the caller then signs in with it. Empty optional fields are left out. */
  async register({ displayName, password, email, invitationToken }: Registration): Promise<User> {
    const body = { displayName, password, ...(email ? { email } : {}), ...(invitationToken ? { invitationToken } : {}) };
    return dataOf(await this.client.POST('/api/auth/register', { body }));
  }

  /** 204; every other session of the account ends. */
  async changePassword(currentPassword: string, newPassword: string): Promise<void> {
    done(await this.client.POST('/api/auth/change-password', { body: { currentPassword, newPassword } }));
  }

  async sessions() {
    return dataOf(await this.client.GET('/api/auth/sessions'));
  }

  async endSession(id: string): Promise<void> {
    done(await this.client.DELETE('/api/auth/sessions/{id}', { params: { path: { id } } }));
  }

  /** Ends every other session; with `includeCurrent` this one too, after which the app must sign in again. */
  async endSessions(includeCurrent = false): Promise<void> {
    done(await this.client.DELETE('/api/auth/sessions', { params: { query: { includeCurrent: includeCurrent || undefined } } }));
  }

  async users({ search, page, pageSize }: UsersQuery): Promise<UsersPage> {
    return dataOf(await this.client.GET('/api/users', { params: { query: { search: search || undefined, page, pageSize } } }));
  }

  async disableUser(id: string): Promise<AdminUser> {
    return dataOf(await this.client.POST('/api/users/{id}/disable', { params: { path: { id } } }));
  }

  async enableUser(id: string): Promise<AdminUser> {
    return dataOf(await this.client.POST('/api/users/{id}/enable', { params: { path: { id } } }));
  }

  async endUserSessions(id: string): Promise<void> {
    done(await this.client.DELETE('/api/users/{id}/sessions', { params: { path: { id } } }));
  }

  async invite(email: string, role: Role): Promise<CreatedInvitation> {
    return dataOf(await this.client.POST('/api/invitations', { body: { email, role } }));
  }

  async invitations() {
    return dataOf(await this.client.GET('/api/invitations'));
  }

  async revokeInvitation(id: string): Promise<void> {
    done(await this.client.DELETE('/api/invitations/{id}', { params: { path: { id } } }));
  }
}
