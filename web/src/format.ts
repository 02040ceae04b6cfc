const compact = new Intl.NumberFormat('en', { notation: 'compact', maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat('en');
const fine = new Intl.NumberFormat('en', { notation: 'compact', maximumSignificantDigits: 4 });
const calendarDay = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
const exactTime = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'medium' });

export const dash = '—';

/** "45 s", "3 min", "2 h", "1 day": a span of whole seconds in its largest unit. */
export function span(seconds: number): string {
  const magnitude = Math.abs(seconds);
  const [value, unit] =
    magnitude < 60 ? [magnitude, 's']
    : magnitude < 3600 ? [Math.floor(magnitude / 60), 'min']
    : magnitude < 86_400 ? [Math.floor(magnitude / 3600), 'h']
    : [Math.floor(magnitude / 86_400), magnitude < 172_800 ? 'day' : 'days'];
  return `${value} ${unit}`;
}

/** "3 min ago", "in 2 h", "just now": how long ago an ISO time was, relative to `now`. */
export function relativeTime(iso: string | null, now: number = Date.now()): string {
  if (!iso) {
    return 'never';
  }
  const seconds = Math.round((now - Date.parse(iso)) / 1000);
  if (Math.abs(seconds) < 10) {
    return 'just now';
  }
  return seconds >= 0 ? `${span(seconds)} ago` : `in ${span(seconds)}`;
}

/** "3 h old", "new" (under 10 s; a clock slightly ahead counts as new too), "no data yet". */
export function dataAge(iso: string | null, now: number = Date.now()): string {
  if (!iso) {
    return 'no data yet';
  }
  const seconds = Math.round((now - Date.parse(iso)) / 1000);
  return seconds < 10 ? 'new' : `${span(seconds)} old`;
}

/** Whether data is older than its target age; data that never arrived is past any target. */
export function isStale(iso: string | null, targetSeconds: number, now: number = Date.now()): boolean {
  return !iso || now - Date.parse(iso) > targetSeconds * 1000;
}

/** The exact local time, for tooltips. */
export function exact(iso: string | null): string {
  return iso ? exactTime.format(new Date(iso)) : '';
}

export function count(value: number | null | undefined, compactForm = false): string {
  if (value === null || value === undefined) {
    return dash;
  }
  return compactForm ? compact.format(value) : whole.format(value);
}

export function decimal(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined
    ? dash
    : value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** Compact with four significant digits, so axis ticks close together still differ ("512.3K"). */
export function countFine(value: number | null | undefined): string {
  return value === null || value === undefined ? dash : fine.format(value);
}

export function percent(value: number | null | undefined, digits = 2): string {
  return value === null || value === undefined ? dash : `${value.toFixed(digits)} %`;
}

/** "850 ms", "1.2 s", "2 min 5 s"; "running" while a run has no end. */
export function duration(startedAt: string, finishedAt: string | null): string {
  if (!finishedAt) {
    return 'running';
  }
  const ms = Math.max(0, Date.parse(finishedAt) - Date.parse(startedAt));
  if (ms < 1000) {
    return `${ms} ms`;
  }
  if (ms < 60_000) {
    return `${(ms / 1000).toFixed(1)} s`;
  }
  const seconds = Math.round(ms / 1000);
  return `${Math.floor(seconds / 60)} min ${seconds % 60} s`;
}

export function platformName(platform: string): string {
  const names: Record<string, string> = { instagram: 'Instagram', tiktok: 'TikTok', facebook: 'Facebook', youtube: 'YouTube' };
  return names[platform] ?? platform;
}

/** "3 May 2026": a calendar day (yyyy-MM-dd, a UTC day on the server) as the same day wherever the reader is. */
export function calendarDate(day: string): string {
  const time = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(time) ? day : calendarDay.format(new Date(time));
}

/** "1 calculation", "3 calculations", "1,200 followers": a count with its noun agreeing. */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${whole.format(n)} ${n === 1 ? one : many}`;
}
