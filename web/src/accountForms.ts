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
 * Registration's refusals in words a visitor can act on, beside the API's own detail: 403 is the policy
 * (registration closed), 409 a taken email, 429 the rate limit. A 400 names its field (or the invitation).
 */
export function registrationHint(problem: Problem): string | null {
  switch (problem.status) {
    case 403:
      return 'New accounts cannot be created on this server. Ask an admin of AnalisaAI if you need one.';
    case 409:
      return 'An account with this email already exists: sign in instead, or use another email.';
    case 429:
      return 'Too many attempts from this address. Wait a minute and try again.';
    default:
      return null;
  }
}
