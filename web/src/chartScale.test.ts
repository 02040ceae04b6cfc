import { describe, expect, it } from 'vitest';
import { linear, linePath, nearestIndex, roundStep, timeTicks, valueAxis } from './chartScale';

const day = 86_400_000;

describe('valueAxis', () => {
  it('widens the values to round ticks', () => {
    expect(valueAxis([41.3, 58.9])).toEqual({ min: 40, max: 60, ticks: [40, 45, 50, 55, 60] });
    expect(valueAxis([0.0123, 0.0377])).toEqual({ min: 0.01, max: 0.04, ticks: [0.01, 0.015, 0.02, 0.025, 0.03, 0.035, 0.04] });
  });

  it('keeps a fixed range as it is, with round ticks inside it', () => {
    expect(valueAxis([12, 14], [0, 100])).toEqual({ min: 0, max: 100, ticks: [0, 20, 40, 60, 80, 100] });
  });

  it('gives a flat series room above and below', () => {
    const axis = valueAxis([12_000, 12_000]);
    expect(axis.min).toBeLessThan(12_000);
    expect(axis.max).toBeGreaterThan(12_000);
    expect(valueAxis([0]).ticks).toContain(0);
  });
});

describe('roundStep', () => {
  it('takes the nearest of 1, 2 and 5 times a power of ten', () => {
    expect(roundStep(100, 4)).toBe(20);
    expect(roundStep(10, 4)).toBe(2);
    expect(roundStep(40, 4)).toBe(10);
    expect(roundStep(0.3, 4)).toBe(0.1);
  });
});

describe('timeTicks', () => {
  const start = Date.UTC(2026, 4, 1, 0, 0);

  it('puts day ticks on UTC midnights, as few as the width allows', () => {
    const { ticks, daily } = timeTicks(start, start + 59 * day, 5);

    expect(daily).toBe(true);
    expect(ticks.length).toBeLessThanOrEqual(5);
    expect(ticks.length).toBeGreaterThan(1);
    expect(ticks.every((tick) => tick % day === 0 && tick >= start && tick <= start + 59 * day)).toBe(true);
  });

  it('uses hours within a day', () => {
    const { ticks, daily } = timeTicks(start + 3_600_000 * 9.5, start + 3_600_000 * 17, 6);

    expect(daily).toBe(false);
    expect(ticks.map((tick) => new Date(tick).getUTCHours())).toEqual([12, 15]);
  });

  it('gives a single instant its own tick', () => {
    expect(timeTicks(start, start, 5)).toEqual({ ticks: [start], daily: true });
  });
});

describe('drawing helpers', () => {
  it('maps a domain onto pixels, a single value to the middle', () => {
    expect(linear(0, 10, 100, 200)(5)).toBe(150);
    expect(linear(0, 10, 200, 100)(10)).toBe(100);
    expect(linear(3, 3, 0, 50)(3)).toBe(25);
  });

  it('joins the known values and skips the missing ones', () => {
    expect(linePath([{ x: 0, y: 10 }, { x: 5, y: null }, { x: 10.04, y: 2.26 }])).toBe('M0,10L10,2.3');
    expect(linePath([])).toBe('');
  });

  it('finds the nearest point to the pointer', () => {
    expect(nearestIndex([0, 10, 20, 30], 14)).toBe(1);
    expect(nearestIndex([0, 10, 20, 30], 16)).toBe(2);
    expect(nearestIndex([0, 10, 20, 30], -5)).toBe(0);
    expect(nearestIndex([0, 10, 20, 30], 99)).toBe(3);
    expect(nearestIndex([], 3)).toBe(-1);
  });
});
