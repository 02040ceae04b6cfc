// Pure helpers of the account screens: the API's validation errors placed next to their fields, the
// invitation link and an invitation's state.
import type { Problem } from './api/problem';

export interface FieldProblems {
  /** Messages for the form's own fields, by the API's (camelCase) field name. */
  byField: Record<string, string[]>;
  /** Everything else: other fields' errors ("field: message"), or the problem's detail or title. */
  other: string[];
}

/**
 * Splits a problem into messages for the named fields and the rest. Field names match ignoring case, since
 * the API names a field as its validator does (`currentPassword`, and `CurrentPassword` in older answers).
 */
export function fieldProblems(problem: Problem, fields: string[]): FieldProblems {
  const byField: Record<string, string[]> = {};
  const other: string[] = [];
  const errors = problem.errors ?? {};
  for (const [key, messages] of Object.entries(errors)) {
    const field = fields.find((name) => name.toLowerCase() === key.toLowerCase());
    if (field) {
      byField[field] = [...(byField[field] ?? []), ...messages];
    } else {
      other.push(...messages.map((message) => (key ? `${key}: ${message}` : message)));
    }
  }
  if (Object.keys(errors).length === 0) {
    other.push(problem.detail ?? problem.title ?? `Request failed (HTTP ${problem.status}).`);
  }
  return { byField, other };
}

/** The message for a password and its confirmation that differ; null when they match or nothing is typed yet. */
export function confirmationProblem(password: string, confirmation: string): string | null {
  return confirmation !== '' && password !== confirmation ? 'The two passwords differ.' : null;
}

/** The sign-up link an invitation's token opens: the register page of this dashboard. */
export function invitationLink(origin: string, token: string): string {
  return `${origin.replace(/\/+$/, '')}/register?invitation=${encodeURIComponent(token)}`;
}

export type InvitationState = 'used' | 'expired' | 'pending';

/** Used once an account was made from it; else expired after its expiry; else still open. */
export function invitationState(invitation: { usedAt: string | null; expiresAt: string }, now: number = Date.now()): InvitationState {
  if (invitation.usedAt) {
    return 'used';
  }
  return Date.parse(invitation.expiresAt) <= now ? 'expired' : 'pending';
}

/**
 * Registration's refusals in words a visitor can act on, with the API's own detail kept: 403 is the
 * registration policy (closed, or an invitation needed), 409 a taken email, 400 a bad field or invitation.
 */
export function registrationHint(problem: Problem, hasInvitation: boolean): string | null {
  switch (problem.status) {
    case 403:
      return hasInvitation
        ? 'Accounts cannot be created here right now. Ask the admin who invited you.'
        : 'Accounts are created by invitation only. Ask an admin to invite you, then open the link they send.';
    case 409:
      return 'An account with this email already exists: sign in instead, or use another email.';
    case 429:
      return 'Too many attempts from this address. Wait a minute and try again.';
    default:
      return null;
  }
}
