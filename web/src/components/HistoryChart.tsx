import { lazy, Suspense, useId } from 'react';
import { calendarDate, plural } from '../format';

// The drawing loads only where charts are drawn, and starts loading with the page that draws them (see
// loadChartDrawing), alongside that page's data rather than after it.
const loadLinePlot = () => import('./LinePlot');
const LinePlot = lazy(loadLinePlot);

/** Starts loading the charts' drawing code ahead of the first chart. */
export function loadChartDrawing(): void {
  void loadLinePlot();
}

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

const utcDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const localDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short' });
const localTime = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' });
const moment = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short' });
const chartHeight = 200;

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
  const data = points.map((point) => ({ at: Date.parse(point.at), value: point.value }));
  return (
    <figure className="chart card" aria-describedby={summaryId}>
      <figcaption>{title}</figcaption>
      {known.length === 0 ? (
        <p className="empty">{empty}</p>
      ) : (
        <div aria-hidden="true">
          {/* The placeholder holds the drawing's height, so nothing below moves when it arrives. */}
          <Suspense fallback={<div className="chart-area" />}>
            <LinePlot
              points={data}
              format={format}
              tickLabel={(at, daily) => (byDay ? utcDay.format(at) : daily ? localDay.format(at) : localTime.format(at))}
              pointLabel={(at) => (byDay ? utcDay.format(at) : moment.format(at))}
              color={color}
              domain={domain}
              // Every day gets its dot, so a missing day shows as a gap between dots rather than hiding in the line.
              dots={byDay ? 'small' : data.length < 40 ? 'normal' : 'none'}
              height={chartHeight}
            />
          </Suspense>
        </div>
      )}
      <p id={summaryId} className="sr-only">
        {summary}
      </p>
    </figure>
  );
}
