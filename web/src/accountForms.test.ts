import { describe, expect, it } from 'vitest';
import { confirmationProblem, fieldProblems, invitationLink, invitationState, registrationHint } from './accountForms';

describe('fieldProblems', () => {
  it('puts the named fields’ messages by their field, ignoring case, and the rest aside', () => {
    const problem = {
      status: 400,
      title: 'One or more validation errors occurred.',
      errors: { CurrentPassword: ['The current password is incorrect.'], newPassword: ['Too short.', 'Too common.'], id: ['Nope.'] },
    };
    expect(fieldProblems(problem, ['currentPassword', 'newPassword'])).toEqual({
      byField: { currentPassword: ['The current password is incorrect.'], newPassword: ['Too short.', 'Too common.'] },
      other: ['id: Nope.'],
    });
  });

  it('gives the detail, else the title, else the status, when no field is named', () => {
    expect(fieldProblems({ status: 403, title: 'Forbidden', detail: 'Registration is closed.' }, ['email'])).toEqual({ byField: {}, other: ['Registration is closed.'] });
    expect(fieldProblems({ status: 409, title: 'Conflict' }, ['email']).other).toEqual(['Conflict']);
    expect(fieldProblems({ status: 500 }, []).other).toEqual(['Request failed (HTTP 500).']);
    expect(fieldProblems({ status: 400, errors: {} }, []).other).toEqual(['Request failed (HTTP 400).']);
  });

  it('keeps a message without a field name as it is', () => {
    expect(fieldProblems({ status: 400, errors: { '': ['The body is not valid JSON.'] } }, ['email']).other).toEqual(['The body is not valid JSON.']);
  });
});

describe('confirmationProblem', () => {
  it('speaks only once both are typed and differ', () => {
    expect(confirmationProblem('correct horse battery', '')).toBeNull();
    expect(confirmationProblem('correct horse battery', 'correct horse battery')).toBeNull();
    expect(confirmationProblem('correct horse battery', 'correct horse')).toBe('The two passwords differ.');
  });
});

describe('invitationLink', () => {
  it('opens the register page with the token, escaped', () => {
    expect(invitationLink('https://analisa.example', 'abc_DEF-123')).toBe('https://analisa.example/register?invitation=abc_DEF-123');
    expect(invitationLink('http://127.0.0.1:5080/', 'a+b/c=')).toBe('http://127.0.0.1:5080/register?invitation=a%2Bb%2Fc%3D');
  });
});

describe('invitationState', () => {
  const now = Date.parse('2026-06-30T12:00:00Z');
  it('is used once used, else expired after its expiry, else pending', () => {
    expect(invitationState({ usedAt: '2026-06-29T12:00:00Z', expiresAt: '2026-06-01T00:00:00Z' }, now)).toBe('used');
    expect(invitationState({ usedAt: null, expiresAt: '2026-06-30T12:00:00Z' }, now)).toBe('expired');
    expect(invitationState({ usedAt: null, expiresAt: '2026-07-07T12:00:00Z' }, now)).toBe('pending');
  });
});

describe('registrationHint', () => {
  it('explains the policy, a taken email and the rate limit; nothing for a field error', () => {
    expect(registrationHint({ status: 403 })).toMatch(/cannot be created on this server/);
    expect(registrationHint({ status: 409 })).toMatch(/already exists/);
    expect(registrationHint({ status: 429 })).toMatch(/Too many attempts/);
    expect(registrationHint({ status: 400 })).toBeNull();
  });
});
