import { useLayoutEffect, useRef, useState, type PointerEvent } from 'react';
import { linear, linePath, nearestIndex, timeTicks, valueAxis } from '../chartScale';

export interface PlotPoint {
  /** The instant, in ms. */
  at: number;
  value: number | null;
}

export interface LinePlotProps {
  points: PlotPoint[];
  format: (value: number | null) => string;
  /** The x axis labels and the tooltip's heading. */
  tickLabel: (at: number, daily: boolean) => string;
  pointLabel: (at: number) => string;
  color: string;
  domain?: [number, number];
  dots: 'none' | 'small' | 'normal';
  height: number;
}

const margin = { top: 8, right: 12, bottom: 24, left: 72 };
// About one x label per this many pixels, so that labels never run into each other.
const pixelsPerTick = 72;

/**
 * The drawing of a history chart: an SVG line over time with value and time axes, a dot per point when asked,
 * and the nearest point's value under the pointer. Only the drawing: HistoryChart names it and sums it up in
 * words, so this part is hidden from assistive technology.
 */
export default function LinePlot({ points, format, tickLabel, pointLabel, color, domain, dots, height }: LinePlotProps) {
  const area = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  const [active, setActive] = useState(-1);

  useLayoutEffect(() => {
    const element = area.current;
    if (!element) {
      return;
    }
    setWidth(element.clientWidth);
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  const known = points.flatMap((point) => (point.value === null ? [] : [point.value]));
  const plotWidth = Math.max(0, width - margin.left - margin.right);
  const plotBottom = height - margin.bottom;
  const first = points[0]?.at ?? 0;
  const last = points[points.length - 1]?.at ?? 0;
  const axis = valueAxis(known, domain);
  const x = linear(first, last, margin.left, margin.left + plotWidth);
  const y = linear(axis.min, axis.max, plotBottom, margin.top);
  const time = timeTicks(first, last, Math.floor(plotWidth / pixelsPerTick));
  const drawn = points.map((point) => ({ x: x(point.at), y: point.value === null ? null : y(point.value) }));
  const xs = drawn.map((point) => point.x);
  const activePoint = active >= 0 ? points[active] : undefined;
  const activeDrawn = active >= 0 ? drawn[active] : undefined;

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    setActive(nearestIndex(xs, event.clientX - box.left));
  };

  return (
    <div className="chart-area" ref={area}>
      {width > 0 && points.length > 0 ? (
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} onPointerMove={onPointerMove} onPointerLeave={() => setActive(-1)}>
          <g className="chart-grid">
            {axis.ticks.map((tick) => (
              <line key={tick} x1={margin.left} x2={margin.left + plotWidth} y1={y(tick)} y2={y(tick)} />
            ))}
          </g>
          <g className="chart-ticks" textAnchor="end">
            {axis.ticks.map((tick) => (
              <text key={tick} x={margin.left - 6} y={y(tick)} dy="0.32em">
                {format(tick)}
              </text>
            ))}
          </g>
          <g className="chart-ticks" textAnchor="middle">
            {time.ticks.map((tick) => (
              <text key={tick} x={x(tick)} y={height - 6}>
                {tickLabel(tick, time.daily)}
              </text>
            ))}
          </g>
          <path d={linePath(drawn)} fill="none" stroke={color} strokeWidth={2} strokeLinejoin="round" />
          {dots === 'none'
            ? null
            : drawn.map((point, index) =>
                point.y === null ? null : (
                  <circle key={index} className="chart-dot" cx={point.x} cy={point.y} r={dots === 'small' ? 1.5 : 3} fill={dots === 'small' ? color : '#fff'} stroke={color} />
                ),
              )}
          {activeDrawn && activeDrawn.y !== null ? (
            <g className="chart-cursor">
              <line x1={activeDrawn.x} x2={activeDrawn.x} y1={margin.top} y2={plotBottom} />
              <circle cx={activeDrawn.x} cy={activeDrawn.y} r={4} fill={color} />
            </g>
          ) : null}
        </svg>
      ) : null}
      {activePoint && activeDrawn && activePoint.value !== null ? (
        <div className={`chart-tooltip${activeDrawn.x > width / 2 ? ' left' : ''}`} style={{ left: activeDrawn.x }}>
          <div>{pointLabel(activePoint.at)}</div>
          <strong>{format(activePoint.value)}</strong>
        </div>
      ) : null}
    </div>
  );
}
