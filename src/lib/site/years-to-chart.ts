/** One bar of the papers-per-year chart, in SVG user units. */
export interface Bar {
  year: number;
  count: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A papers-per-year bar chart laid out for an SVG of the given size. */
export interface Chart {
  width: number;
  height: number;
  bars: Bar[];
  max: number;
}

/**
 * Lays out a papers-per-year bar chart: one bar per year from the first to
 * the last year with papers (gaps shown as empty years), heights scaled to
 * the busiest year, leaving room below for the year labels.
 */
export function yearsToChart(years: readonly (number | undefined)[], width = 600, height = 160): Chart {
  const counts = new Map<number, number>();
  for (const year of years) if (year !== undefined) counts.set(year, (counts.get(year) ?? 0) + 1);
  if (counts.size === 0) return { width, height, bars: [], max: 0 };
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());
  const max = Math.max(...counts.values());
  const slots = last - first + 1;
  const labelRoom = 20;
  const topRoom = 16;
  const slot = width / slots;
  const barWidth = Math.max(2, slot * 0.7);
  const bars: Bar[] = [];
  for (let year = first; year <= last; year++) {
    const count = counts.get(year) ?? 0;
    const barHeight = round(((height - labelRoom - topRoom) * count) / max);
    bars.push({
      year,
      count,
      x: round((year - first) * slot + (slot - barWidth) / 2),
      y: round(height - labelRoom - barHeight),
      width: round(barWidth),
      height: barHeight,
    });
  }
  return { width, height, bars, max };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
