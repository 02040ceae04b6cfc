import type { AudienceDay } from './api/client';
import { calendarDate, count, plural } from './format';

/**
 * The SVG polyline points ("x,y x,y …") of a series drawn in a width × height box with `pad` inside each edge:
 * first value on the left, last on the right, the lowest at the bottom. A flat series is drawn across the middle;
 * one value is a point in the middle. Empty for no values.
 */
export function sparklinePoints(values: number[], width: number, height: number, pad = 2): string {
  if (values.length === 0) {
    return '';
  }
  const low = Math.min(...values);
  const high = Math.max(...values);
  const innerWidth = width - 2 * pad;
  const innerHeight = height - 2 * pad;
  const round = (n: number) => Math.round(n * 100) / 100;
  return values
    .map((value, index) => {
      const x = values.length === 1 ? width / 2 : pad + (innerWidth * index) / (values.length - 1);
      const y = high === low ? height / 2 : pad + innerHeight * (1 - (value - low) / (high - low));
      return `${round(x)},${round(y)}`;
    })
    .join(' ');
}

/** "Followers over 60 days, from 12,300 on 1 May 2026 to 14,500 on 29 Jun 2026 (+17.9 %)": the line in words. */
export function followersSummary(days: AudienceDay[]): string {
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) {
    return 'No daily followers in the last 90 days.';
  }
  const change = first.followers === 0 ? '' : ` (${last.followers >= first.followers ? '+' : '−'}${(Math.abs(last.followers / first.followers - 1) * 100).toFixed(1)} %)`;
  return days.length === 1
    ? `Followers on 1 day: ${count(first.followers)} on ${calendarDate(first.date)}.`
    : `Followers over ${plural(days.length, 'day')}, from ${count(first.followers)} on ${calendarDate(first.date)} to ${count(last.followers)} on ${calendarDate(last.date)}${change}.`;
}
