import { describe, expect, it } from 'vitest';
import { calendarDate, count, dataAge, duration, isStale, percent, relativeTime, span } from './format';

describe('format', () => {
  const now = Date.parse('2026-06-30T12:00:00Z');

  it('says how long ago a time was', () => {
    expect(relativeTime(null, now)).toBe('never');
    expect(relativeTime('2026-06-30T11:59:55Z', now)).toBe('just now');
    expect(relativeTime('2026-06-30T11:59:15Z', now)).toBe('45 s ago');
    expect(relativeTime('2026-06-30T11:57:00Z', now)).toBe('3 min ago');
    expect(relativeTime('2026-06-30T09:00:00Z', now)).toBe('3 h ago');
    expect(relativeTime('2026-06-29T11:00:00Z', now)).toBe('1 day ago');
    expect(relativeTime('2026-06-20T12:00:00Z', now)).toBe('10 days ago');
    expect(relativeTime('2026-06-30T12:05:00Z', now)).toBe('in 5 min');
  });

  it('formats run durations', () => {
    expect(duration('2026-06-30T12:00:00Z', null)).toBe('running');
    expect(duration('2026-06-30T12:00:00.000Z', '2026-06-30T12:00:00.250Z')).toBe('250 ms');
    expect(duration('2026-06-30T12:00:00Z', '2026-06-30T12:00:01.500Z')).toBe('1.5 s');
    expect(duration('2026-06-30T12:00:00Z', '2026-06-30T12:02:05Z')).toBe('2 min 5 s');
  });

  it('formats counts and rates, with a dash for unknowns', () => {
    expect(count(1_240_000, true)).toBe('1.2M');
    expect(count(1234)).toBe('1,234');
    expect(count(null)).toBe('—');
    expect(percent(3.456)).toBe('3.46 %');
    expect(percent(null)).toBe('—');
  });

  it('says how old data is', () => {
    expect(dataAge(null, now)).toBe('no data yet');
    expect(dataAge('2026-06-30T11:59:55Z', now)).toBe('new');
    expect(dataAge('2026-06-30T12:00:03Z', now)).toBe('new');
    expect(dataAge('2026-06-30T11:58:00Z', now)).toBe('2 min old');
    expect(dataAge('2026-06-30T09:00:00Z', now)).toBe('3 h old');
    expect(dataAge('2026-06-28T12:00:00Z', now)).toBe('2 days old');
    expect(span(3600)).toBe('1 h');
    expect(span(1800)).toBe('30 min');
  });

  it('marks data older than its target, and only that', () => {
    const hour = 3600;
    expect(isStale('2026-06-30T11:00:00Z', hour, now)).toBe(false);
    expect(isStale('2026-06-30T10:59:59Z', hour, now)).toBe(true);
    expect(isStale('2026-06-30T11:30:00Z', 1800, now)).toBe(false);
    expect(isStale('2026-06-30T11:29:00Z', 1800, now)).toBe(true);
    expect(isStale(null, hour, now)).toBe(true);
  });

  it('shows a calendar day as that day in every time zone', () => {
    expect(calendarDate('2026-05-03')).toBe('3 May 2026');
    expect(calendarDate('2026-12-31')).toBe('31 Dec 2026');
    expect(calendarDate('not a day')).toBe('not a day');
  });
});
