import { useId } from 'react';
import { calendarDate, plural } from '../format';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';

export interface Point {
  at: string;
  value: number | null;
}

interface Props {
  title: string;
  points: Point[];
  format: (value: number | null) => string;
  color: string;
  domain?: [number, number];
  /**
   * What one point is: a calculation (an instant) or a day (yyyy-MM-dd, a UTC calendar day). Days are labelled
   * as calendar days in UTC, so a reader west of Greenwich does not see each one as the day before.
   */
  unit?: 'calculation' | 'day';
  /**
   * Why there are no points yet: still loading, or the request failed (its error and Retry are shown above the
   * charts). Either way the chart must not claim there is no data.
   */
  pending?: 'loading' | 'failed';
}

const day = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const utcDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const moment = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

/** A line chart over time, as a figure named by its caption, with a one-line text summary for screen readers. */
export function HistoryChart({ title, points, format, color, domain, unit = 'calculation', pending }: Props) {
  const summaryId = useId();
  const known = points.filter((point) => point.value !== null);
  const first = known[0];
  const last = known[known.length - 1];
  const byDay = unit === 'day';
  const label = (at: string) => (byDay ? calendarDate(at) : moment.format(new Date(at)));
  const summary =
    first && last
      ? `${plural(known.length, byDay ? 'day' : 'calculation')} from ${label(first.at)} (${format(first.value)}) to ${label(last.at)} (${format(last.value)}).`
      : pending === 'failed'
        ? 'Not available: the request failed.'
        : pending === 'loading'
          ? 'Loading.'
          : 'No values yet.';
  const empty =
    pending === 'failed'
      ? 'Not available: it could not be loaded (see the error above).'
      : pending === 'loading'
        ? 'Loading…'
        : byDay
          ? 'No daily data in this period.'
          : 'No history yet: it appears after the first successful calculation.';
  const tick = byDay ? utcDay : day;
  const data = points.map((point) => ({ at: Date.parse(point.at), value: point.value }));
  return (
    <figure className="chart card" aria-describedby={summaryId}>
      <figcaption>{title}</figcaption>
      {known.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <div className="chart-area" aria-hidden="true">
          <ResponsiveContainer width="100%" height={200}>
            <LineChart data={data} margin={{ top: 8, right: 12, bottom: 0, left: 0 }} accessibilityLayer={false}>
              <CartesianGrid stroke="#e5e7eb" vertical={false} />
              <XAxis
                dataKey="at"
                type="number"
                scale="time"
                domain={['dataMin', 'dataMax']}
                tickFormatter={(value: number) => tick.format(new Date(value))}
                tick={{ fontSize: 12, fill: '#6b7280' }}
                minTickGap={24}
              />
              <YAxis
                domain={domain ?? ['auto', 'auto']}
                tickFormatter={(value: number) => format(value)}
                tick={{ fontSize: 12, fill: '#6b7280' }}
                width={72}
              />
              <Tooltip
                labelFormatter={(value) => (byDay ? utcDay.format(new Date(Number(value))) : moment.format(new Date(Number(value))))}
                formatter={(value) => [format(typeof value === 'number' ? value : null), title]}
              />
              {/* Every day gets its dot, so a missing day shows as a gap between dots rather than hiding in the line. */}
              <Line type="monotone" dataKey="value" stroke={color} strokeWidth={2} dot={byDay ? { r: 1.5 } : data.length < 40} isAnimationActive={false} connectNulls />
            </LineChart>
          </ResponsiveContainer>
        </div>
      )}
      <p id={summaryId} className="sr-only">
        {summary}
      </p>
    </figure>
  );
}
