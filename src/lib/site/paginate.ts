/** One page of a paginated list. */
export interface Page<T> {
  /** 1-based page number. */
  number: number;
  total: number;
  items: T[];
  /** Index of the first item on this page, 0-based. */
  start: number;
}

/** Splits items into pages of `size` (at least one page, even when empty). */
export function paginate<T>(items: readonly T[], size: number): Page<T>[] {
  const total = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: total }, (_, i) => ({
    number: i + 1,
    total,
    items: items.slice(i * size, (i + 1) * size),
    start: i * size,
  }));
}

/**
 * The page numbers a pagination bar shows: the first and last pages, the
 * current one and two either side, with a gap (null) where numbers are left
 * out, so a topic of 200 pages does not link all 200 from every page.
 */
export function pageWindow(current: number, total: number): (number | null)[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, total])]
    .filter((n) => n >= 1 && n <= total)
    .sort((a, b) => a - b);
  return shown.flatMap((n, i) => (i > 0 && n - (shown[i - 1] ?? n) > 1 ? [null, n] : [n]));
}
