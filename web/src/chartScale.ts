/** The scales of the history charts (components/LinePlot.tsx): round value ticks and calendar-aligned time ticks. */

export interface ValueAxis {
  min: number;
  max: number;
  ticks: number[];
}

/** The round step (1, 2 or 5 times a power of ten) nearest to cutting `span` into `parts` parts. */
export function roundStep(span: number, parts: number): number {
  const raw = span / Math.max(1, parts);
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  // The geometric midpoints between 1, 2, 5 and 10.
  return (fraction >= Math.sqrt(50) ? 10 : fraction >= Math.sqrt(10) ? 5 : fraction >= Math.sqrt(2) ? 2 : 1) * power;
}

// Sums of steps drift (0.1 + 0.2); twelve significant digits are far beyond what a label shows.
const tidy = (value: number) => Number(value.toPrecision(12));

/**
 * The value axis: the fixed range when there is one, else the values' range widened to round ticks. A flat
 * series gets room above and below, so its line sits in the middle rather than on an edge.
 */
export function valueAxis(values: number[], fixed?: [number, number], parts = 4): ValueAxis {
  let low = fixed ? fixed[0] : Math.min(...values);
  let high = fixed ? fixed[1] : Math.max(...values);
  if (!fixed && low === high) {
    const room = Math.abs(low) / 10 || 1;
    low -= room;
    high += room;
  }
  const step = roundStep(high - low, parts);
  const min = fixed ? low : tidy(Math.floor(low / step) * step);
  const max = fixed ? high : tidy(Math.ceil(high / step) * step);
  const ticks: number[] = [];
  for (let tick = Math.ceil(min / step) * step; tick <= max + step / 1e6; tick += step) {
    ticks.push(tidy(tick));
  }
  return { min, max, ticks };
}

const hour = 3_600_000;
const day = 24 * hour;
const timeSteps = [hour, 3 * hour, 6 * hour, 12 * hour, day, 2 * day, 7 * day, 14 * day, 28 * day, 91 * day, 364 * day];

/**
 * Ticks between two instants (ms), no more than `most`: at whole hours or UTC midnights, on the smallest step
 * that keeps them that few. A single instant is its own tick. `daily` tells whether the labels can be days.
 */
export function timeTicks(from: number, to: number, most: number): { ticks: number[]; daily: boolean } {
  if (to <= from) {
    return { ticks: [from], daily: true };
  }
  const limit = Math.max(1, most);
  const step = timeSteps.find((candidate) => (to - from) / candidate < limit) ?? timeSteps[timeSteps.length - 1]!;
  const ticks: number[] = [];
  for (let tick = Math.ceil(from / step) * step; tick <= to; tick += step) {
    ticks.push(tick);
  }
  return { ticks: ticks.length > 0 ? ticks : [from], daily: step >= day };
}

/** Maps [from, to] onto [start, end] pixels; a zero-width domain maps to the middle. */
export function linear(from: number, to: number, start: number, end: number): (value: number) => number {
  return to === from ? () => (start + end) / 2 : (value) => start + ((value - from) / (to - from)) * (end - start);
}

/** The SVG path through the points in order, skipping missing values (the line joins their neighbours). */
export function linePath(points: { x: number; y: number | null }[]): string {
  const round = (n: number) => Math.round(n * 10) / 10;
  return points
    .filter((point): point is { x: number; y: number } => point.y !== null)
    .map((point, index) => `${index === 0 ? 'M' : 'L'}${round(point.x)},${round(point.y)}`)
    .join('');
}

/** The index of the point whose x is nearest to `x` (points sorted by x), or -1 for none. */
export function nearestIndex(xs: number[], x: number): number {
  if (xs.length === 0) {
    return -1;
  }
  let low = 0;
  let high = xs.length - 1;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (xs[middle]! <= x) {
      low = middle;
    } else {
      high = middle;
    }
  }
  return Math.abs(xs[high]! - x) < Math.abs(xs[low]! - x) ? high : low;
}
